package io.github.linernotes;

import java.util.List;

/**
 * One Jackson mapper behind a face that names no Jackson type, so a test body can be shared by the
 * Jackson 2 and the Jackson 3 runs even though each run has only its own major on the class path.
 *
 * <p>Failures are thrown as the mapper throws them, never wrapped, so a test can check their type against
 * {@link #mapperException()} and {@link #bindingException()}.
 */
public interface JsonMapperAdapter {

  String write(Object value);

  byte[] writeBytes(Object value);

  /** Writes the value as if declared with the given type, as {@code writerFor(type)} does. */
  String writeAs(Class<?> type, Object value);

  /** Writes a list declared as {@code List<elementType>}. */
  String writeList(Class<?> elementType, List<?> values);

  <T> T read(String json, Class<T> type);

  /** Reads a {@code List<elementType>}. */
  <T> List<T> readList(String json, Class<T> elementType);

  /** The class every exception of the mapper's own extends. */
  Class<? extends Exception> mapperException();

  /** The mapper's exception for JSON that is well formed but cannot become a value of the type. */
  Class<? extends Exception> bindingException();
}
