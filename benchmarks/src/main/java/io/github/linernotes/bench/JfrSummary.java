package io.github.linernotes.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a Flight Recorder file written by JMH's {@code -prof jfr}: where the benchmark thread spent
 * its CPU samples (the method on top of the stack, and every method on the stack) and what it allocated
 * (by class and by the first non-JDK frame that asked for it), over the last seconds of the recording so
 * that warm-up and set-up are left out.
 *
 * <pre>
 * java -cp target/benchmarks.jar io.github.linernotes.bench.JfrSummary target/jfr/NAME/profile.jfr [seconds] [top]
 * </pre>
 */
public final class JfrSummary {

  private JfrSummary() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    long lastSeconds = args.length > 1 ? Long.parseLong(args[1]) : 12;
    int top = args.length > 2 ? Integer.parseInt(args[2]) : 25;
    List<RecordedEvent> events = RecordingFile.readAllEvents(file);
    Instant end = events.stream().map(RecordedEvent::getEndTime).max(Instant::compareTo).orElseThrow();
    Instant from = end.minus(Duration.ofSeconds(lastSeconds));

    Map<String, Long> budget = new HashMap<>();
    Map<String, Long> innermostLibrary = new HashMap<>();
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> inclusive = new HashMap<>();
    Map<String, Long> allocByCategory = new HashMap<>();
    Map<String, Long> allocByClass = new HashMap<>();
    Map<String, Long> allocBySite = new HashMap<>();
    long samples = 0;
    long allocated = 0;
    for (RecordedEvent event : events) {
      if (event.getStartTime().isBefore(from) || !onBenchmarkThread(event)) {
        continue;
      }
      String type = event.getEventType().getName();
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null) {
        continue;
      }
      if (type.equals("jdk.ExecutionSample")) {
        samples++;
        List<RecordedFrame> frames = stack.getFrames();
        if (!frames.isEmpty()) {
          self.merge(name(frames.get(0)), 1L, Long::sum);
        }
        budget.merge(category(frames), 1L, Long::sum);
        for (RecordedFrame frame : frames) {
          String name = name(frame);
          if (name.startsWith("io.github.linernotes.") && !name.startsWith("io.github.linernotes.bench.")
              && !name.startsWith("io.github.linernotes.json.CatalogueReader")
              && !name.equals("io.github.linernotes.json.LineSplitter$Bytes.parse")) {
            int lambda = name.indexOf("$$Lambda");
            innermostLibrary.merge(lambda < 0 ? name : name.substring(0, lambda) + " (a lambda)", 1L, Long::sum);
            break;
          }
        }
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
          String name = name(frame);
          if (seen.add(name)) {
            inclusive.merge(name, 1L, Long::sum);
          }
        }
      } else if (type.equals("jdk.ObjectAllocationSample")) {
        long weight = event.getLong("weight");
        allocated += weight;
        allocByCategory.merge(category(stack.getFrames()), weight, Long::sum);
        allocByClass.merge(event.getClass("objectClass").getName(), weight, Long::sum);
        allocBySite.merge(site(stack.getFrames()), weight, Long::sum);
      }
    }
    System.out.printf(Locale.ROOT, "%s, last %d s: %d CPU samples on the benchmark thread, %,d sampled bytes"
        + " allocated%n", file, lastSeconds, samples, allocated);
    print("CPU by cost (each sample goes to the first of these found anywhere on its stack)", budget, samples,
        top, "samples");
    print("CPU, innermost library method of samples that have one", innermostLibrary, samples, top,
        "samples");
    print("CPU, top of stack (self)", self, samples, top, "samples");
    print("CPU, on the stack (inclusive), library and Jackson methods", filter(inclusive), samples, top, "samples");
    print("allocation by cost (same categories as the CPU)", allocByCategory, allocated, top, "bytes");
    print("allocation by class", allocByClass, allocated, top, "bytes");
    print("allocation by site (first frame outside java.*/jdk.*/sun.*)", allocBySite, allocated, top, "bytes");
  }

  /** The cost categories, in priority order: a sample is counted for the first one on its stack. */
  private static final String[][] CATEGORIES = {
      {"jackson-core duplicate-key detection (StreamReadFeature.STRICT_DUPLICATE_DETECTION)",
          "tools.jackson.core.json.DupDetector."},
      {"library: CatalogueReader line splitting", "io.github.linernotes.json.LineSplitter$Bytes.next",
          "io.github.linernotes.json.LineSplitter$Bytes.append", "io.github.linernotes.json.LineSplitter$Bytes.isBlank"},
      {"library: validation (Validation.check at every level)", "io.github.linernotes.Validation."},
      {"library: value parsing (dates, lengths, ratings, identifiers)", "io.github.linernotes.value.PartialDate.",
          "io.github.linernotes.value.EdtfParser.", "io.github.linernotes.value.EdtfGrammar.", "io.github.linernotes.value.RunningTime.",
          "io.github.linernotes.Rating", "io.github.linernotes.value.LetterGrade.", "io.github.linernotes.value.PublicationDate.",
          "io.github.linernotes.id.Isbn.", "io.github.linernotes.id.Issn.", "io.github.linernotes.id.WebAddress.",
          "io.github.linernotes.id.Barcode.", "io.github.linernotes.id.MusicBrainzId.", "io.github.linernotes.id.DiscogsId.",
          "io.github.linernotes.id.WikidataId.", "io.github.linernotes.id.CheckDigits."},
      {"jackson-databind: record constructor via MethodHandle.invokeWithArguments",
          "java.lang.invoke.MethodHandle.invokeWithArguments"},
      {"library: Immutables construction (Json holder, builder, list copies, instance)", "io.github.linernotes.",
          "tools.jackson.databind.introspect.AnnotatedConstructor.call"},
      {"jackson-core: tokens, names, strings", "tools.jackson.core."},
      {"jackson-databind: binding", "tools.jackson.databind."}};

  private static String category(List<RecordedFrame> frames) {
    for (String[] category : CATEGORIES) {
      for (RecordedFrame frame : frames) {
        String name = name(frame);
        for (int i = 1; i < category.length; i++) {
          boolean entry = name.startsWith("io.github.linernotes.bench.")
              || (name.startsWith("io.github.linernotes.json.") && !category[i].contains("LineSplitter"));
          if (name.startsWith(category[i]) && !entry) {
            return category[0];
          }
        }
      }
    }
    return "other (benchmark loop, JDK)";
  }

  private static boolean onBenchmarkThread(RecordedEvent event) {
    if (event.getEventType().getName().equals("jdk.ExecutionSample")) {
      return event.getThread("sampledThread") != null
          && String.valueOf(event.getThread("sampledThread").getJavaName()).contains("jmh-worker");
    }
    return event.getThread() != null && String.valueOf(event.getThread().getJavaName()).contains("jmh-worker");
  }

  private static Map<String, Long> filter(Map<String, Long> inclusive) {
    Map<String, Long> out = new HashMap<>();
    inclusive.forEach((k, v) -> {
      if ((k.startsWith("io.github.linernotes.") && !k.startsWith("io.github.linernotes.bench."))
          || k.startsWith("tools.jackson.")) {
        out.put(k, v);
      }
    });
    return out;
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static String site(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
        return name(frame) + ":" + frame.getLineNumber();
      }
    }
    return frames.isEmpty() ? "?" : name(frames.get(0));
  }

  private static void print(String title, Map<String, Long> counts, long total, int top, String unit) {
    System.out.println();
    System.out.println(title + ":");
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    for (Map.Entry<String, Long> e : entries.subList(0, Math.min(top, entries.size()))) {
      System.out.printf(Locale.ROOT, "  %5.1f%%  %,14d %s  %s%n", 100.0 * e.getValue() / Math.max(1, total),
          e.getValue(), unit, e.getKey());
    }
  }
}
