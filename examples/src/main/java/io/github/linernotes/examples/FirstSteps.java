package io.github.linernotes.examples;

import io.github.linernotes.id.Isbn;
import io.github.linernotes.value.InvalidValueException;
import io.github.linernotes.value.PartialDate;
import io.github.linernotes.value.Rating;
import io.github.linernotes.value.RunningTime;
import java.util.List;

/** The value types: vague dates, sleeve lengths, ratings on different scales, and an ISBN. */
public final class FirstSteps {

  private FirstSteps() {}

  public static void main(String[] args) {
    PartialDate recorded = PartialDate.parse("1957-12-04/1957-12-05");
    PartialDate cdIssue = PartialDate.parse("198X");
    System.out.println("Recorded " + recorded + ", from " + recorded.earliest().orElseThrow()
        + " to " + recorded.latest().orElseThrow());
    System.out.println("CD issued " + cdIssue + " (precision " + cdIssue.precision() + ", "
        + cdIssue.earliest().orElseThrow() + " to " + cdIssue.latest().orElseThrow() + ")");
    System.out.println("Recorded certainly before the CD? " + recorded.isCertainlyBefore(cdIssue));

    List<RunningTime> sideOne = List.of(RunningTime.parse("2:45"), RunningTime.parse("2:10"),
        RunningTime.parse("2:15"), RunningTime.parse("2:07"), RunningTime.parse("2:50"));
    System.out.println("Side one runs " + RunningTime.sum(sideOne) + " ("
        + RunningTime.sum(sideOne).toDuration() + ")");

    for (String text : List.of("4.5/5 step 0.5", "4/5", "B+", "\"favorable\"")) {
      Rating rating = Rating.parse(text);
      System.out.println("Rating " + rating + " -> "
          + (rating.normalized().isPresent() ? rating.normalized().getAsDouble() + " of 100" : "no score"));
    }

    Isbn isbn = Isbn.parse("978-88-904905-9-0");
    System.out.println("ISBN " + isbn + " is valid; bare digits " + isbn.digits());

    try {
      PartialDate.parse("2019-02-29");
    } catch (InvalidValueException e) {
      System.out.println("Rejected: " + e.getMessage() + " [" + e.kind() + "]");
    }
  }
}
