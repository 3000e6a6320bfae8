package io.segmentation.viz;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.LinearGradientPaint;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.AttributedCharacterIterator;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A {@link Graphics2D} that records what is painted as SVG elements: every shape becomes a {@code <path>} in
 * device coordinates (two decimals), strokes keep their width, dashes, caps and joins, clips become
 * {@code <clipPath>}s, and images are embedded as PNG data. XChart draws its text as glyph outlines, so text
 * arrives here as filled shapes and looks the same in every viewer, with no font needed.
 *
 * <p>One instance (and the copies made by {@link #create()}) writes into one shared document; it is not
 * thread-safe. Written for this library: it needs no third-party SVG library.
 */
final class SvgGraphics extends Graphics2D {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Graphics2D METRICS = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();

    /** The document shared with copies. */
    private static final class Document {
        final StringBuilder body = new StringBuilder(1 << 16);
        final StringBuilder defs = new StringBuilder();
        final String idPrefix;
        String groupStyle;     // the attributes of the open <g>, or null
        Paint gradientPaint;   // the last gradient defined, its transform and id
        AffineTransform gradientTransform;
        String gradientId;
        int clipIds;

        Document(String idPrefix) {
            this.idPrefix = idPrefix;
        }
        int elements;
    }

    private final Document doc;
    private AffineTransform transform;
    private Shape clip;           // device space, or null for none
    private String clipRef;       // the clipPath id of clip, made on first use
    private Paint paint = Color.BLACK;
    private Color background = Color.WHITE;
    private Stroke stroke = new BasicStroke(1f);
    private Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private Composite composite = AlphaComposite.SrcOver;
    private final RenderingHints hints = new RenderingHints(null);

    /**
     * A new empty document whose ids (of clip paths) start with {@code idPrefix}, so that several SVGs can
     * live in one HTML page.
     */
    SvgGraphics(String idPrefix) {
        this.doc = new Document(idPrefix);
        this.transform = new AffineTransform();
    }

    private SvgGraphics(SvgGraphics from) {
        this.doc = from.doc;
        this.transform = new AffineTransform(from.transform);
        this.clip = from.clip;
        this.clipRef = from.clipRef;
        this.paint = from.paint;
        this.background = from.background;
        this.stroke = from.stroke;
        this.font = from.font;
        this.composite = from.composite;
        this.hints.putAll(from.hints);
    }

    /** The whole SVG document of a {@code width}×{@code height} picture painted so far. */
    String toSvg(int width, int height) {
        StringBuilder s = new StringBuilder(doc.body.length() + doc.defs.length() + 256);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\">");
        if (doc.defs.length() > 0) {
            s.append("<defs>").append(doc.defs).append("</defs>");
        }
        s.append(doc.body).append(doc.groupStyle != null ? "</g>" : "").append("</svg>");
        return s.toString();
    }

    /** The number of elements painted (paths and images). */
    int elementCount() {
        return doc.elements;
    }

    // ---- painting

    @Override
    public void draw(Shape s) {
        if (!(stroke instanceof BasicStroke)) {
            fill(stroke.createStrokedShape(s));
            return;
        }
        BasicStroke b = (BasicStroke) stroke;
        String d = path(s);
        if (d.isEmpty()) {
            return;
        }
        double scale = Math.sqrt(Math.abs(transform.getDeterminant()));
        StringBuilder e = new StringBuilder(" fill=\"none\"");
        colour(e, "stroke");
        e.append(" stroke-width=\"").append(number(b.getLineWidth() * scale)).append('"');
        if (b.getEndCap() != BasicStroke.CAP_BUTT) {
            e.append(" stroke-linecap=\"").append(b.getEndCap() == BasicStroke.CAP_ROUND ? "round" : "square")
                    .append('"');
        }
        if (b.getLineJoin() != BasicStroke.JOIN_MITER) {
            e.append(" stroke-linejoin=\"").append(b.getLineJoin() == BasicStroke.JOIN_ROUND ? "round" : "bevel")
                    .append('"');
        }
        float[] dash = b.getDashArray();
        if (dash != null && dash.length > 0) {
            e.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                e.append(i == 0 ? "" : ",").append(number(dash[i] * scale));
            }
            e.append('"');
        }
        clipAttribute(e);
        emit("<path d=\"" + d + "\"", e);
    }

    @Override
    public void fill(Shape s) {
        if (simple(s)) {
            return;
        }
        String d = path(s);
        if (d.isEmpty()) {
            return;
        }
        StringBuilder e = new StringBuilder();
        colour(e, "fill");
        PathIterator it = s.getPathIterator(null);
        if (it.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
            e.append(" fill-rule=\"evenodd\"");
        }
        clipAttribute(e);
        emit("<path d=\"" + d + "\"", e);
    }

    /**
     * Writes a filled circle or axis-aligned rectangle as {@code <circle>} or {@code <rect>} (a third of the
     * bytes of a path: scatter plots are mostly circles, bar charts rectangles) when the transform only
     * translates and scales uniformly; returns whether it did.
     */
    private boolean simple(Shape s) {
        int type = transform.getType() & ~(AffineTransform.TYPE_TRANSLATION | AffineTransform.TYPE_UNIFORM_SCALE);
        if (type != AffineTransform.TYPE_IDENTITY || !(s instanceof Ellipse2D || s instanceof Rectangle2D)) {
            return false;
        }
        java.awt.geom.RectangularShape r = (java.awt.geom.RectangularShape) s;
        if (s instanceof Ellipse2D && r.getWidth() != r.getHeight()) {
            return false;
        }
        double scale = transform.getScaleX();
        double x = r.getX() * scale + transform.getTranslateX();
        double y = r.getY() * scale + transform.getTranslateY();
        double w = r.getWidth() * scale;
        double h = r.getHeight() * scale;
        StringBuilder e = new StringBuilder(48);
        if (s instanceof Ellipse2D) {
            e.append("<circle cx=\"").append(number(x + w / 2)).append("\" cy=\"").append(number(y + h / 2))
                    .append("\" r=\"").append(number(w / 2)).append('"');
        } else {
            e.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
                    .append(number(w)).append("\" height=\"").append(number(h)).append('"');
        }
        StringBuilder style = new StringBuilder();
        colour(style, "fill");
        clipAttribute(style);
        emit(e.toString(), style);
        return true;
    }

    /**
     * Appends one element (its start tag up to the attributes of its geometry) with its presentation
     * attributes; consecutive elements with the same ones (the markers of a series, the glyphs of a label)
     * share one {@code <g>} that carries them, which halves a scatter plot.
     */
    private void emit(String element, CharSequence style) {
        String key = style.toString();
        if (!key.equals(doc.groupStyle)) {
            if (doc.groupStyle != null) {
                doc.body.append("</g>");
            }
            doc.body.append("<g").append(key).append('>');
            doc.groupStyle = key;
        }
        doc.body.append(element).append("/>");
        doc.elements++;
    }

    private void colour(StringBuilder e, String attribute) {
        double alpha = 1.0;
        if (paint instanceof Color) {
            Color c = (Color) paint;
            e.append(' ').append(attribute).append("=\"").append(hex(c)).append('"');
            alpha = c.getAlpha() / 255.0;
        } else if (paint instanceof GradientPaint || paint instanceof LinearGradientPaint) {
            e.append(' ').append(attribute).append("=\"url(#").append(gradient()).append(")\"");
        } else {
            e.append(' ').append(attribute).append("=\"#000000\"");   // other paints: none in XChart
        }
        if (composite instanceof AlphaComposite) {
            alpha *= ((AlphaComposite) composite).getAlpha();
        }
        if (alpha < 1.0) {
            e.append(' ').append(attribute).append("-opacity=\"").append(String.format(Locale.ROOT, "%.2f", alpha))
                    .append('"');
        }
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%06x", c.getRGB() & 0xffffff);
    }

    /** Defines the current linear gradient paint in device space (once per paint and transform) and returns its id. */
    private String gradient() {
        if (paint == doc.gradientPaint && transform.equals(doc.gradientTransform)) {
            return doc.gradientId;
        }
        java.awt.geom.Point2D start;
        java.awt.geom.Point2D end;
        float[] fractions;
        Color[] colours;
        if (paint instanceof GradientPaint) {
            GradientPaint g = (GradientPaint) paint;
            start = g.getPoint1();
            end = g.getPoint2();
            fractions = new float[] {0f, 1f};
            colours = new Color[] {g.getColor1(), g.getColor2()};
        } else {
            LinearGradientPaint g = (LinearGradientPaint) paint;
            start = g.getStartPoint();
            end = g.getEndPoint();
            fractions = g.getFractions();
            colours = g.getColors();
        }
        start = transform.transform(start, null);
        end = transform.transform(end, null);
        String id = doc.idPrefix + "g" + doc.clipIds++;
        StringBuilder def = doc.defs;
        def.append("<linearGradient id=\"").append(id).append("\" gradientUnits=\"userSpaceOnUse\" x1=\"")
                .append(number(start.getX())).append("\" y1=\"").append(number(start.getY())).append("\" x2=\"")
                .append(number(end.getX())).append("\" y2=\"").append(number(end.getY())).append("\">");
        for (int i = 0; i < fractions.length; i++) {
            def.append("<stop offset=\"").append(String.format(Locale.ROOT, "%.4f", fractions[i]))
                    .append("\" stop-color=\"").append(hex(colours[i])).append("\"/>");
        }
        def.append("</linearGradient>");
        doc.gradientPaint = paint;
        doc.gradientTransform = new AffineTransform(transform);
        doc.gradientId = id;
        return id;
    }

    private void clipAttribute(StringBuilder e) {
        if (clip == null) {
            return;
        }
        if (clipRef == null) {
            clipRef = doc.idPrefix + doc.clipIds++;
            doc.defs.append("<clipPath id=\"").append(clipRef).append("\"><path d=\"")
                    .append(devicePath(clip)).append("\"/></clipPath>");
        }
        e.append(" clip-path=\"url(#").append(clipRef).append(")\"");
    }

    private String path(Shape s) {
        return devicePath(transform.isIdentity() ? s : transform.createTransformedShape(s));
    }

    /**
     * The SVG path data of a device-space shape in relative commands on a 0.1 px grid: each point is rounded
     * to tenths and written as the difference from the previous rounded point, so rounding never drifts and
     * glyph outlines (most of a chart's bytes) take about half the characters of absolute coordinates.
     */
    private static String devicePath(Shape s) {
        StringBuilder d = new StringBuilder(64);
        double[] c = new double[6];
        long[] t = new long[6];
        long px = 0;
        long py = 0;
        long startX = 0;
        long startY = 0;
        boolean first = true;
        for (PathIterator it = s.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            int points = type == PathIterator.SEG_QUADTO ? 2 : type == PathIterator.SEG_CUBICTO ? 3
                    : type == PathIterator.SEG_CLOSE ? 0 : 1;
            for (int q = 0; q < 2 * points; q++) {
                t[q] = Double.isFinite(c[q]) ? Math.round(c[q] * 10.0) : 0L;
            }
            switch (type) {
                case PathIterator.SEG_MOVETO -> {
                    if (first) {
                        d.append('M');
                        tenths(d, t[0], true);
                        tenths(d, t[1], false);
                        first = false;
                    } else {
                        d.append('m');
                        tenths(d, t[0] - px, true);
                        tenths(d, t[1] - py, false);
                    }
                    startX = t[0];
                    startY = t[1];
                }
                case PathIterator.SEG_LINETO -> d.append('l');
                case PathIterator.SEG_QUADTO -> d.append('q');
                case PathIterator.SEG_CUBICTO -> d.append('c');
                default -> {
                    d.append('z');
                    px = startX;
                    py = startY;
                    continue;
                }
            }
            if (type != PathIterator.SEG_MOVETO) {
                for (int q = 0; q < points; q++) {
                    tenths(d, t[2 * q] - px, q == 0);
                    tenths(d, t[2 * q + 1] - py, false);
                }
            }
            px = t[2 * points - 2];
            py = t[2 * points - 1];
        }
        return d.toString();
    }

    /**
     * Appends a number given in tenths ("12", "1.5", "-.3"), with a space before it unless it is the first
     * after a command letter or starts with a minus sign.
     */
    private static void tenths(StringBuilder d, long v, boolean afterCommand) {
        if (v < 0) {
            d.append('-');
            v = -v;
        } else if (!afterCommand) {
            d.append(' ');
        }
        long whole = v / 10;
        long frac = v % 10;
        if (whole != 0 || frac == 0) {
            d.append(whole);
        }
        if (frac != 0) {
            d.append('.').append(frac);
        }
    }

    /** A coordinate with at most one decimal and no trailing zero ("12", "12.5", "-0.2"): 0.1 px is finer than any screen. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long tenths = Math.round(v * 10.0);
        long whole = Math.abs(tenths) / 10;
        long frac = Math.abs(tenths) % 10;
        String sign = tenths < 0 ? "-" : "";
        return frac == 0 ? sign + whole : sign + whole + "." + frac;
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(String str, float x, float y) {
        if (!str.isEmpty()) {
            fill(new TextLayout(str, font, FRC).getOutline(AffineTransform.getTranslateInstance(x, y)));
        }
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawString(iterator, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        fill(new TextLayout(iterator, FRC).getOutline(AffineTransform.getTranslateInstance(x, y)));
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        fill(g.getOutline(x, y));
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        int w = img.getWidth(obs);
        int h = img.getHeight(obs);
        if (w <= 0 || h <= 0) {
            return true;
        }
        BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(copy, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AffineTransform t = new AffineTransform(transform);
        if (xform != null) {
            t.concatenate(xform);
        }
        double[] m = new double[6];
        t.getMatrix(m);
        StringBuilder e = new StringBuilder();
        e.append("<image width=\"").append(w).append("\" height=\"").append(h).append("\" transform=\"matrix(");
        for (int i = 0; i < 6; i++) {
            e.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.4f", m[i]));
        }
        e.append(")\" href=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png.toByteArray()))
                .append('"');
        StringBuilder style = new StringBuilder();
        clipAttribute(style);
        emit(e.toString(), style);
        return true;
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        drawImage(op == null ? img : op.filter(img, null), x, y, null);
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        if (img instanceof BufferedImage) {
            drawImage((BufferedImage) img, xform, null);
        }
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        drawRenderedImage(img.createDefaultRendering(), xform);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        return drawImage(img, AffineTransform.getTranslateInstance(x, y), observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        int w = img.getWidth(observer);
        int h = img.getHeight(observer);
        AffineTransform t = AffineTransform.getTranslateInstance(x, y);
        if (w > 0 && h > 0) {
            t.scale(width / (double) w, height / (double) h);
        }
        return drawImage(img, t, observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        return drawImage(img, x, y, observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
        return drawImage(img, x, y, width, height, observer);
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            ImageObserver observer) {
        BufferedImage part = new BufferedImage(Math.max(1, Math.abs(sx2 - sx1)), Math.max(1, Math.abs(sy2 - sy1)),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = part.createGraphics();
        g.drawImage(img, 0, 0, part.getWidth(), part.getHeight(), sx1, sy1, sx2, sy2, null);
        g.dispose();
        return drawImage(part, Math.min(dx1, dx2), Math.min(dy1, dy2), Math.abs(dx2 - dx1), Math.abs(dy2 - dy1),
                observer);
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            Color bgcolor, ImageObserver observer) {
        return drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        fill(new Rectangle(x, y, width, height));
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        Paint saved = paint;
        paint = background;
        fillRect(x, y, width, height);
        paint = saved;
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        draw(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        fill(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        draw(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        draw(new Arc2D.Double(x, y, width, height, startAngle, arcAngle, Arc2D.OPEN));
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        fill(new Arc2D.Double(x, y, width, height, startAngle, arcAngle, Arc2D.PIE));
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        if (nPoints < 2) {
            return;
        }
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xPoints[0], yPoints[0]);
        for (int i = 1; i < nPoints; i++) {
            p.lineTo(xPoints[i], yPoints[i]);
        }
        draw(p);
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        draw(new Polygon(xPoints, yPoints, nPoints));
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        fill(new Polygon(xPoints, yPoints, nPoints));
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        // A vector document has no pixels to copy; XChart never calls this.
    }

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        Shape shape = transform.createTransformedShape(onStroke ? stroke.createStrokedShape(s) : s);
        return shape.intersects(rect);
    }

    // ---- state

    @Override
    public Graphics create() {
        return new SvgGraphics(this);
    }

    @Override
    public void dispose() {
        // Nothing to release: the document lives as long as the first instance.
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return METRICS.getDeviceConfiguration();
    }

    @Override
    public void setComposite(Composite comp) {
        composite = comp;
    }

    @Override
    public Composite getComposite() {
        return composite;
    }

    @Override
    public void setPaint(Paint paint) {
        if (paint != null) {
            this.paint = paint;
        }
    }

    @Override
    public Paint getPaint() {
        return paint;
    }

    @Override
    public Color getColor() {
        return paint instanceof Color ? (Color) paint : Color.BLACK;
    }

    @Override
    public void setColor(Color c) {
        setPaint(c);
    }

    @Override
    public void setPaintMode() {
        composite = AlphaComposite.SrcOver;
    }

    @Override
    public void setXORMode(Color c1) {
        // XOR painting has no SVG equivalent; painting continues in paint mode.
    }

    @Override
    public void setStroke(Stroke s) {
        if (s != null) {
            stroke = s;
        }
    }

    @Override
    public Stroke getStroke() {
        return stroke;
    }

    @Override
    public void setRenderingHint(RenderingHints.Key hintKey, Object hintValue) {
        hints.put(hintKey, hintValue);
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key hintKey) {
        return hints.get(hintKey);
    }

    @Override
    public void setRenderingHints(Map<?, ?> h) {
        hints.clear();
        hints.putAll(h);
    }

    @Override
    public void addRenderingHints(Map<?, ?> h) {
        hints.putAll(h);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return (RenderingHints) hints.clone();
    }

    @Override
    public void translate(int x, int y) {
        transform.translate(x, y);
    }

    @Override
    public void translate(double tx, double ty) {
        transform.translate(tx, ty);
    }

    @Override
    public void rotate(double theta) {
        transform.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        transform.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        transform.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        transform.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform tx) {
        transform.concatenate(tx);
    }

    @Override
    public void setTransform(AffineTransform tx) {
        transform = new AffineTransform(tx);
    }

    @Override
    public AffineTransform getTransform() {
        return new AffineTransform(transform);
    }

    @Override
    public void setBackground(Color color) {
        background = color;
    }

    @Override
    public Color getBackground() {
        return background;
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setFont(Font font) {
        if (font != null) {
            this.font = font;
        }
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return METRICS.getFontMetrics(f);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return FRC;
    }

    // ---- clip: kept in device space

    @Override
    public void clip(Shape s) {
        if (s == null) {
            setClip(null);
            return;
        }
        Shape device = transform.createTransformedShape(s);
        if (clip == null) {
            setDeviceClip(device);
        } else {
            java.awt.geom.Area a = new java.awt.geom.Area(clip);
            a.intersect(new java.awt.geom.Area(device));
            setDeviceClip(a);
        }
    }

    @Override
    public Rectangle getClipBounds() {
        Shape c = getClip();
        return c == null ? null : c.getBounds();
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        clip(new Rectangle(x, y, width, height));
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        setClip(new Rectangle(x, y, width, height));
    }

    @Override
    public Shape getClip() {
        if (clip == null) {
            return null;
        }
        try {
            return transform.createInverse().createTransformedShape(clip);
        } catch (NoninvertibleTransformException e) {
            return null;
        }
    }

    @Override
    public void setClip(Shape s) {
        setDeviceClip(s == null ? null : transform.createTransformedShape(s));
    }

    private void setDeviceClip(Shape device) {
        clip = device;
        clipRef = null;
    }

}
