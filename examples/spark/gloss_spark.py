#!/usr/bin/env python3
"""Run a Gloss pipeline over a JSON Lines corpus with Apache Spark.

Each partition of the input is piped through one `gloss run -` process (RDD.pipe): Gloss reads
JSON Lines on standard input and writes one record per document, in order, on standard output,
so the records of a partition line up with its documents. Spark handles splitting, scheduling,
retries and writing; Gloss does the analysis on every core of each executor.

    spark-submit examples/spark/gloss_spark.py INPUT.jsonl OUTPUT_DIR \
        --gloss /path/to/gloss --config /path/to/pipelines.yaml --pipeline news --partitions 8

`gloss` and the pipelines file must exist at the same paths on every executor (or be shipped
with --files / a container image). Records that failed are error records
({"id": ..., "error": {...}}), never dropped: records out = documents in.
"""
import argparse
import shlex

from pyspark.sql import SparkSession


def gloss_command(args):
    command = [args.gloss, "run", "-", "--config", args.config, "--quiet"]
    if args.pipeline:
        command += ["--pipeline", args.pipeline]
    if args.jobs:
        command += ["--jobs", str(args.jobs)]
    return " ".join(shlex.quote(part) for part in command)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSON Lines corpus (a file, a directory or a glob Spark can read)")
    parser.add_argument("output", help="output directory for the records (Spark's part-* files)")
    parser.add_argument("--gloss", default="gloss", help="path of the gloss binary on the executors")
    parser.add_argument("--config", default="pipelines.yaml", help="pipelines file on the executors")
    parser.add_argument("--pipeline", help="pipeline name (default: the file's default)")
    parser.add_argument("--partitions", type=int, default=0, help="repartition the input first")
    parser.add_argument("--jobs", type=int, default=0, help="gloss --jobs per partition (default: all cores)")
    parser.add_argument("--master", help="Spark master, e.g. local[4] (default: from spark-submit)")
    args = parser.parse_args()

    builder = SparkSession.builder.appName("gloss")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        lines = spark.sparkContext.textFile(args.input).filter(lambda line: line.strip())
        if args.partitions:
            lines = lines.repartition(args.partitions)
        # checkCode=False: gloss exits 1 when some documents failed, and those documents are
        # already in the output as error records.
        records = lines.pipe(gloss_command(args), checkCode=False)
        records.saveAsTextFile(args.output)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
