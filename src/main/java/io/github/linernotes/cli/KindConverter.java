package io.github.linernotes.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the value of {@code --input} and {@code --to}: {@code json} or {@code jsonl}. */
final class KindConverter implements ITypeConverter<InputKind> {

  @Override
  public InputKind convert(String value) {
    // the message follows the option's name in what the user sees: "--to must be json or jsonl, not 'xml'"
    return InputKind.ofOptionValue(value).orElseThrow(() -> new TypeConversionException("must be "
        + Arrays.stream(InputKind.values()).map(InputKind::optionValue).collect(Collectors.joining(" or "))
        + ", not '" + value + "'"));
  }
}
