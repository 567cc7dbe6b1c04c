package io.github.linernotes.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The forms {@code export --to} writes. */
enum ExportFormat {
  /** The albums' citations as one CSL-JSON array. */
  CSL("citations.csl.json"),
  /** The albums as one schema.org JSON-LD document. */
  JSONLD("albums.jsonld"),
  /** One liner-notes HTML page per album. */
  HTML(null);

  private final String fileName;

  ExportFormat(String fileName) {
    this.fileName = fileName;
  }

  /** The word that names this form on the command line. */
  String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The name of the one file written in {@code --out}, or null for a file per album. */
  String fileName() {
    return fileName;
  }

  /** Reads the value of {@code --to}. */
  static final class Converter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      return Arrays.stream(values()).filter(f -> f.optionValue().equals(value)).findFirst()
          .orElseThrow(() -> new TypeConversionException("must be "
              + Arrays.stream(values()).map(ExportFormat::optionValue).collect(Collectors.joining(", "))
              + ", not '" + value + "'"));
    }
  }
}
