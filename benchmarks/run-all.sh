#!/usr/bin/env bash
# Runs every measurement behind docs/performance.md, one after the other, on a quiet machine.
#   bash benchmarks/run-all.sh [OUT_DIR]        (after: mvn -B -q package -DskipTests)
# Needs Debian's python3-numpy and python3-sklearn for the side-by-side runs (see shared/peers/README.md).
# Raw output goes to OUT_DIR (default target/bench): one .txt per step, JMH also as .json.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/bench}
mkdir -p "$out"
jar=benchmarks/target/benchmarks.jar
peers=${PEERS:-../shared/peers}
data=${DATA:-/tmp/peers-data}
py=/usr/bin/python3
export OMP_NUM_THREADS=2 OPENBLAS_NUM_THREADS=2 MKL_NUM_THREADS=2

# ---- data: the peers' seeded CSVs, plus two larger sets made with the same generator functions
"$py" "$peers/gen_data.py" --out "$data" > "$out/gen_data.txt"
[ -f "$data/agglo_d8_n100k.csv" ] || "$py" -c "import sys; sys.path.insert(0, '$peers'); import gen_data as g
X, y = g.make_agglo(302, 100000, 8, 5); g.write_csv('$data/agglo_d8_n100k.csv', X, y)"
[ -f "$data/blobs_d2_n1M.csv" ] || "$py" -c "import sys; sys.path.insert(0, '$peers'); import gen_data as g
X, y = g.make_blobs(103, 1000000, 2, 8); g.write_csv('$data/blobs_d2_n1M.csv', X, y)"

# ---- side by side: FitTimer (ours) and scikit-learn, same file, same arguments, one after the other
side() {  # name, java options, arguments...
    local name=$1 jopts=$2; shift 2
    { echo "# $name: $*"; echo "## ours"; java $jopts -cp "$jar" io.segmentation.bench.FitTimer "$@"
      echo "## scikit-learn"; "$py" "$peers/sklearn_fit.py" "$@"; } > "$out/side-$name.txt" 2>&1
}
ours() {  # name, java options, arguments... (no peer run)
    local name=$1 jopts=$2; shift 2
    { echo "# $name: $* ($jopts)"; /usr/bin/time -v java $jopts -cp "$jar" io.segmentation.bench.FitTimer "$@"; } \
        > "$out/ours-$name.txt" 2>&1
}
side kmeans-1M "-Xmx4g --add-modules jdk.incubator.vector" --input "$data/blobs_d16_n1M.csv" --label label --algorithm kmeans --k 8 --threads 2 --repeat 5
side kmeans-100k "--add-modules jdk.incubator.vector" --input "$data/blobs_d16_n100k.csv" --label label --algorithm kmeans --k 8 --threads 2 --repeat 5
ours kmeans-1M-scalar "-Xmx4g" --input "$data/blobs_d16_n1M.csv" --label label --algorithm kmeans --k 8 --threads 2 --repeat 5
side gmm-100k "" --input "$data/gmm_d8_n100k.csv" --label label --algorithm gmm --k 5 --covariance full --threads 2 --repeat 5
for set in blobs shapes; do
    for m in 10 20; do
        side "dbscan-$set-$m" "" --input "$data/${set}_d2_n100k.csv" --label label --algorithm dbscan --eps 0.3 \
            --min-pts "$m" --threads 2 --repeat 3
    done
done
for linkage in ward average complete single; do
    side "agglomerative-$linkage" "-Xmx3g" --input "$data/agglo_d8_n20k.csv" --label label --algorithm agglomerative \
        --k 5 --linkage "$linkage" --threads 2 --repeat 1
done
ours ward-100k-2g "-Xmx2g" --input "$data/agglo_d8_n100k.csv" --label label --algorithm agglomerative --k 5 \
    --linkage ward --threads 2 --repeat 1 --warmup 0 --warmup-seconds 0
ours dbscan-1M-2g "-Xmx2g" --input "$data/blobs_d2_n1M.csv" --label label --algorithm dbscan --eps 0.3 --min-pts 10 \
    --threads 2 --repeat 1 --warmup 1 --warmup-seconds 0

# scikit-learn's silhouette_score on the workload of SilhouetteBenchmark (uniform n x 16, 8 labels)
for n in 20000 100000; do
    "$py" -c "import time, numpy as np; from sklearn.metrics import silhouette_score
rng = np.random.default_rng(42); x = rng.random(($n, 16)); y = rng.integers(0, 8, $n)
t = time.perf_counter(); s = silhouette_score(x, y); print('n=$n seconds=%.3f score=%.6f' % (time.perf_counter() - t, s))" \
        > "$out/sklearn-silhouette-$n.txt" 2>&1
done

# ---- JMH (fork 1, shorter than the classes' defaults so that the whole run takes about 25 minutes)
jmh() {  # class, extra JMH options...
    local name=$1; shift
    java -jar "$jar" "$name" -f 1 -rf json -rff "$out/$name.json" "$@" > "$out/$name.txt" 2>&1
}
jmh SyntheticCustomersBenchmark
jmh CsvReadBenchmark -wi 3 -i 5 -prof gc
jmh PreprocessBenchmark
jmh KMeansAssignBenchmark -p n=100000,1000000 -p d=16 -p k=8 -wi 3 -i 5 -prof gc
java -jar "$jar" KMeansIterationBenchmark -f 3 -rf json -rff "$out/KMeansIterationBenchmark.json" \
    > "$out/KMeansIterationBenchmark.txt" 2>&1  # 3 forks: one Lloyd iteration varies 10-20% between forks
jmh KMeansUpdateBenchmark -p n=100000 -wi 3 -i 5 -prof gc
jmh GaussianMixtureEStepBenchmark -p n=100000 -wi 3 -i 5 -prof gc
jmh KMeansFitBenchmark -wi 2 -i 3
jmh GaussianMixtureFitBenchmark
jmh KdTreeBenchmark -wi 3 -i 5
jmh DbscanBenchmark -wi 2 -i 3
jmh AgglomerativeBenchmark -p n=5000 -wi 2 -i 3
jmh ClusterIndexBenchmark
jmh SilhouetteBenchmark -p threads=2
jmh SegmentProfilerBenchmark
jmh DatasetFingerprintBenchmark
jmh BatchScoreBenchmark -wi 2 -i 5

# ---- the HTML report for 100,000 customers, and the REST server under load (plain mains in test sources)
mvn -B -o -q -pl segmentation-viz -am test-compile exec:java -Dviz.docs.skip=false \
    -Dexec.mainClass=io.segmentation.viz.HtmlReportMeasurement -Dexec.args=100000 > "$out/html-report.txt" 2>&1
mvn -B -o -q -pl segmentation-examples -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test > /dev/null
java -cp "segmentation-examples/target/test-classes:segmentation-examples/target/classes:$(cat segmentation-examples/target/classpath.txt)" \
    io.segmentation.examples.server.ScoringServerLoad > "$out/rest-load.txt" 2>&1
echo "done: $out"
