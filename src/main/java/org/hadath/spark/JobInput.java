package org.hadath.spark;

import java.io.IOException;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Reads {@link ExtractJob}'s input as a Dataset of documents: a folder of UTF-8 {@code .txt}
 * files (id = file name without {@code .txt}, text as bytes so that {@link PartitionExtractor}
 * decodes strictly and names a bad file), or parquet or CSV (with a header row; quoted texts may
 * span lines) with an id, a text and optionally a date column. Any file system Spark reads
 * (local, HDFS, S3A) works.
 */
final class JobInput {
  /** The input formats. */
  enum Format { AUTO, TXT, PARQUET, CSV }

  private JobInput() {}

  /** The documents at {@code path}, in {@code format} (AUTO: guessed from the file names). */
  static Dataset<Row> read(SparkSession spark, String path, Format format) throws IOException {
    Format f = format == Format.AUTO ? detect(spark, path) : format;
    return switch (f) {
      case TXT -> spark.read().format("binaryFile")
          .option("pathGlobFilter", "*.txt")
          .load(path)
          .select(functions.regexp_extract(functions.col("path"), "([^/]+)\\.txt$", 1).as("id"),
              functions.col("content").as("text"));
      case PARQUET -> spark.read().parquet(path);
      case CSV -> spark.read()
          .option("header", "true")
          .option("multiLine", "true")
          .option("escape", "\"")
          .csv(path);
      case AUTO -> throw new AssertionError();
    };
  }

  /** TXT, PARQUET or CSV by the extension of the path or of the files in the folder. */
  static Format detect(SparkSession spark, String path) throws IOException {
    Format byName = byExtension(path);
    if (byName != null) {
      return byName;
    }
    Path p = new Path(path);
    FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
    for (FileStatus s : fs.listStatus(p)) {
      Format f = byExtension(s.getPath().getName());
      if (f != null) {
        return f;
      }
    }
    throw new IllegalArgumentException(path + ": no .txt, .parquet or .csv files (give --input-format)");
  }

  private static Format byExtension(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".txt")) {
      return Format.TXT;
    }
    if (n.endsWith(".parquet")) {
      return Format.PARQUET;
    }
    if (n.endsWith(".csv")) {
      return Format.CSV;
    }
    return null;
  }
}
