/**
 * The benchmarks: runs by hand that print throughput and latency, never part of {@code ./mvnw
 * verify}; the smoke tests of the search benchmark, the page latency and the ingest corpus are,
 * each running its benchmark small and checking that the output adds up. Every one runs from the
 * project root once the module is packaged with what it needs beside it:
 *
 * <pre>
 * ./mvnw -B -ntp -pl vigie-bench -am package -DskipTests
 * CP="vigie-bench/target/vigie-bench-0.1.0-SNAPSHOT.jar:vigie-bench/target/lib/*"
 *
 * # quantity extraction, one core, MB/s over a generated news-like corpus (docs/quantities.md)
 * java -cp "$CP" org.vigie.bench.quantity.QuantityThroughput [--mb 48] [--runs 6] [--corpus FILE]
 *
 * # claim context passes (entities, dates, attribution, hedges, as-of), one core, MB/s
 * # (docs/attribution.md)
 * java -cp "$CP" org.vigie.bench.claims.ClaimContextThroughput [SECONDS] [FILE|DIR]...
 *
 * # search: indexing documents/s, index size, query p50/p99 (docs/search.md)
 * java -cp "$CP" org.vigie.bench.search.SearchBenchmark [--documents 1000000] [--dir FOLDER] [--reuse]
 *
 * # web pages: p50/p90/p99 per page with a few clients on loopback (docs/web.md)
 * java -cp "$CP" org.vigie.bench.web.PageLatency [DOCUMENTS [CLIENTS [SECONDS [FOLDER]]]]
 *
 * # ingest: a reproducible corpus of text, HTML, PDF and DOCX files, then time the ingest
 * java -cp "$CP" org.vigie.bench.ingest.CorpusGenerator DIR DOCUMENTS [SEED]
 * time ./vigie --data D ingest DIR
 * </pre>
 *
 * <p>The figures move with the load of the machine: the CPU-bound runs report MB per second of the
 * thread's CPU time as well as by the wall clock, for that reason.
 */
package org.vigie.bench;
