package io.github.linernotes.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The services {@code import --from} reads. */
enum ImportSource {
  /** MusicBrainz ws/2 JSON documents and JSON dumps. */
  MUSICBRAINZ,
  /** Discogs API JSON documents and XML dumps. */
  DISCOGS;

  /** The word that names this source on the command line. */
  String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<ImportSource> ofOptionValue(String value) {
    return Arrays.stream(values()).filter(s -> s.optionValue().equals(value)).findFirst();
  }

  /** Reads the value of {@code --from}. */
  static final class Converter implements ITypeConverter<ImportSource> {
    @Override
    public ImportSource convert(String value) {
      return ofOptionValue(value).orElseThrow(() -> new TypeConversionException("must be "
          + Arrays.stream(values()).map(ImportSource::optionValue).collect(Collectors.joining(" or "))
          + ", not '" + value + "'"));
    }
  }
}
