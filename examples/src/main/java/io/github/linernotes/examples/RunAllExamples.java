package io.github.linernotes.examples;

/** Runs every example in turn; CI runs this to prove the README's examples still work. */
public final class RunAllExamples {

  private RunAllExamples() {}

  public static void main(String[] args) throws java.io.IOException {
    FirstSteps.main(args);
    BuildingRecords.main(args);
    LinerNotesSummary.main(args);
    StreamingCatalogue.main(args);
    ImportingMusicBrainz.main(new String[0]);
  }
}
