package io.segmentation.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

final class SvgGraphicsTest {
    @Test
    void numbers_have_at_most_one_decimal_and_no_trailing_zero() {
        assertThat(SvgGraphics.number(12.0)).isEqualTo("12");
        assertThat(SvgGraphics.number(12.46)).isEqualTo("12.5");
        assertThat(SvgGraphics.number(-0.24)).isEqualTo("-0.2");
        assertThat(SvgGraphics.number(-0.04)).isEqualTo("0");
        assertThat(SvgGraphics.number(Double.NaN)).isEqualTo("0");
    }

    @Test
    void a_filled_path_is_written_in_relative_tenths_after_the_transform() {
        // Triangle (0,0)-(10,0)-(10,5) moved by (1,2): device points (1,2), (11,2), (11,7); in tenths the
        // steps are (+100, 0) and (0, +50): "M1 2l10 0l0 5z".
        SvgGraphics g = new SvgGraphics("t");
        g.translate(1, 2);
        g.setColor(new Color(0x0072B2));
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, 0);
        p.lineTo(10, 0);
        p.lineTo(10, 5);
        p.closePath();
        g.fill(p);
        Document doc = Rendering.parse(g.toSvg(20, 10));
        Element path = (Element) doc.getElementsByTagName("path").item(0);
        assertThat(path.getAttribute("d")).isEqualTo("M1 2l10 0l0 5z");
        Element group = (Element) path.getParentNode();
        assertThat(group.getAttribute("fill")).isEqualTo("#0072b2");
    }

    @Test
    void relative_steps_do_not_drift_from_rounding() {
        // 30 steps of 0.33 px: rounded one by one they would add to 9.0 or 9.9; from the rounded previous
        // point they end at round(9.9 * 10) tenths, as absolute rounding does.
        SvgGraphics g = new SvgGraphics("t");
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, 0);
        for (int i = 1; i <= 30; i++) {
            p.lineTo(0.33 * i, 0);
        }
        g.draw(p);
        String d = ((Element) Rendering.parse(g.toSvg(20, 10)).getElementsByTagName("path").item(0))
                .getAttribute("d");
        long x = 0;
        for (String step : d.substring(d.indexOf('l') + 1).split("l")) {
            String dx = step.trim().split("[ ]")[0];
            x += Math.round(Double.parseDouble(dx) * 10);
        }
        assertThat(x).isEqualTo(99L);
    }

    @Test
    void circles_and_rectangles_become_circle_and_rect_elements() {
        SvgGraphics g = new SvgGraphics("t");
        g.scale(2, 2);
        g.fill(new Ellipse2D.Double(1, 1, 4, 4));       // device: centre (6, 6), radius 4
        g.fill(new Rectangle2D.Double(0, 0, 3, 1.5));   // device: 6 × 3 at the origin
        Document doc = Rendering.parse(g.toSvg(20, 20));
        Element circle = (Element) doc.getElementsByTagName("circle").item(0);
        assertThat(circle.getAttribute("cx") + " " + circle.getAttribute("cy") + " " + circle.getAttribute("r"))
                .isEqualTo("6 6 4");
        Element rect = (Element) doc.getElementsByTagName("rect").item(0);
        assertThat(rect.getAttribute("width") + "x" + rect.getAttribute("height")).isEqualTo("6x3");
        assertThat(g.elementCount()).isEqualTo(2);
    }

    @Test
    void strokes_keep_width_scaled_and_dashes() {
        SvgGraphics g = new SvgGraphics("t");
        g.scale(2, 2);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 1f},
                0f));
        g.drawLine(0, 0, 5, 0);
        Element group = (Element) Rendering.parse(g.toSvg(20, 20)).getElementsByTagName("path").item(0)
                .getParentNode();
        assertThat(group.getAttribute("stroke-width")).isEqualTo("3");
        assertThat(group.getAttribute("stroke-dasharray")).isEqualTo("6,2");
        assertThat(group.getAttribute("stroke-linecap")).isEqualTo("round");
        assertThat(group.getAttribute("fill")).isEqualTo("none");
    }

    @Test
    void clips_and_gradients_are_defined_once_with_the_prefix() {
        SvgGraphics g = new SvgGraphics("f7c");
        g.setClip(0, 0, 10, 10);
        g.setPaint(new GradientPaint(0, 0, Color.WHITE, 0, 10, Color.BLUE));
        g.fillRect(0, 0, 20, 20);
        g.fillRect(1, 1, 2, 2);
        Document doc = Rendering.parse(g.toSvg(20, 20));
        Element clip = (Element) doc.getElementsByTagName("clipPath").item(0);
        assertThat(clip.getAttribute("id")).startsWith("f7c");
        assertThat(doc.getElementsByTagName("clipPath").getLength()).isEqualTo(1);
        Element gradient = (Element) doc.getElementsByTagName("linearGradient").item(0);
        assertThat(gradient.getAttribute("id")).startsWith("f7c");
        assertThat(doc.getElementsByTagName("stop").getLength()).isEqualTo(2);
    }

    @Test
    void alpha_becomes_opacity() {
        SvgGraphics g = new SvgGraphics("t");
        g.setColor(new Color(255, 0, 0, 51));      // 51 / 255 = 0.2
        g.fillRect(0, 0, 5, 5);
        Element group = (Element) Rendering.parse(g.toSvg(20, 20)).getElementsByTagName("rect").item(0)
                .getParentNode();
        assertThat(group.getAttribute("fill-opacity")).isEqualTo("0.20");
    }

    @Test
    void text_is_drawn_as_filled_outlines() {
        SvgGraphics g = new SvgGraphics("t");
        g.drawString("Hi", 2, 12);
        assertThat(g.elementCount()).isEqualTo(1);
        assertThat(Rendering.parse(g.toSvg(40, 20)).getElementsByTagName("path").getLength()).isEqualTo(1);
    }
}
