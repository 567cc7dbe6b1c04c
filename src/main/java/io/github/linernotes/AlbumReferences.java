package io.github.linernotes;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the references inside an album, the one check that only the album can make: ids of sessions,
 * recordings, works, releases and citations are unique; every track's session and recording, every
 * recording's session and works, every credit's recordings and track positions and every
 * citation id used by the album's sources, releases, awards, sections, tracks, sessions, reviews, notes
 * and related works name something the album has.
 */
final class AlbumReferences {

  private final Rules v;

  private AlbumReferences(Rules v) {
    this.v = v;
  }

  /** Adds to {@code v} every reference of {@code album} that does not resolve. */
  static void resolve(Album album, Rules v) {
    new AlbumReferences(v).check(album);
  }

  private void check(Album album) {
    Set<String> sessionIds = v.uniqueIds("sessions", album.sessions(), Session::id);
    Set<String> recordingIds = v.uniqueIds("recordings", album.recordings(), Recording::id);
    Set<String> workIds = v.uniqueIds("works", album.works(), Work::id);
    v.uniqueIds("releases", album.releases(), Release::id);
    Set<String> citationIds = v.uniqueIds("citations", album.citations(), Citation::id);
    v.idList("sources", album.sources());
    citationRefs("sources", album.sources(), citationIds);

    for (int r = 0; r < album.releases().size(); r++) {
      Release release = album.releases().get(r);
      releaseCitationRefs(r, ".citations", release.citations(), citationIds);
      releaseNoteRefs(r, ".notes", release.notes(), citationIds);
      for (int a = 0; a < release.awards().size(); a++) {
        List<String> ids = release.awards().get(a).citations();
        if (!ids.isEmpty()) {
          releaseCitationRefs(r, ".awards[" + a + "].citations", ids, citationIds);
        }
      }
      for (int m = 0; m < release.media().size(); m++) {
        Medium medium = release.media().get(m);
        for (int c = 0; c < medium.sections().size(); c++) {
          List<String> ids = medium.sections().get(c).citations();
          if (!ids.isEmpty()) {
            releaseCitationRefs(r, ".media[" + m + "].sections[" + c + "].citations", ids, citationIds);
          }
        }
        List<Track> tracks = medium.tracks();
        for (int t = 0; t < tracks.size(); t++) {
          Track track = tracks.get(t);
          if (track.session().isPresent() && !sessionIds.contains(track.session().get())) {
            v.add("releases[" + r + "].media[" + m + "].tracks[" + t + "].session", Rule.UNKNOWN_SESSION,
                "the album has no session with id \"" + track.session().get() + "\"");
          }
          if (track.recording().isPresent() && !recordingIds.contains(track.recording().get())) {
            v.add("releases[" + r + "].media[" + m + "].tracks[" + t + "].recording", Rule.UNKNOWN_RECORDING,
                "the album has no recording with id \"" + track.recording().get() + "\"");
          }
          if (!track.notes().isEmpty()) {
            releaseNoteRefs(r, ".media[" + m + "].tracks[" + t + "].notes", track.notes(), citationIds);
          }
        }
      }
    }
    for (int i = 0; i < album.recordings().size(); i++) {
      Recording recording = album.recordings().get(i);
      if (recording.session().isPresent() && !sessionIds.contains(recording.session().get())) {
        v.add("recordings[" + i + "].session", Rule.UNKNOWN_SESSION,
            "the album has no session with id \"" + recording.session().get() + "\"");
      }
      for (int w = 0; w < recording.works().size(); w++) {
        if (!workIds.contains(recording.works().get(w))) {
          v.add("recordings[" + i + "].works[" + w + "]", Rule.UNKNOWN_WORK,
              "the album has no work with id \"" + recording.works().get(w) + "\"");
        }
      }
      if (!recording.notes().isEmpty()) {
        noteRefs("recordings[" + i + "].notes", recording.notes(), citationIds);
      }
    }
    recordingRefs("credits", album.credits(), recordingIds);
    for (int s = 0; s < album.sessions().size(); s++) {
      recordingRefs("sessions[" + s + "].lineUp", album.sessions().get(s).lineUp(), recordingIds);
    }
    for (int r = 0; r < album.releases().size(); r++) {
      recordingRefs("releases[" + r + "].credits", album.releases().get(r).credits(), recordingIds);
    }
    Set<String> allPositions = null;
    for (int s = 0; s < album.sessions().size(); s++) {
      Session session = album.sessions().get(s);
      if (Rules.namesPositions(session.lineUp())) {
        allPositions = allPositions != null ? allPositions : allPositionsOf(album);
        v.creditPositions("sessions[" + s + "].lineUp", session.lineUp(), allPositions, "any release of the album");
      }
      if (!session.notes().isEmpty()) {
        noteRefs("sessions[" + s + "].notes", session.notes(), citationIds);
      }
    }
    if (Rules.namesPositions(album.credits())) {
      allPositions = allPositions != null ? allPositions : allPositionsOf(album);
      v.creditPositions("credits", album.credits(), allPositions, "any release of the album");
    }
    for (int i = 0; i < album.reviews().size(); i++) {
      Optional<String> citation = album.reviews().get(i).citation();
      if (citation.isPresent() && !citationIds.contains(citation.get())) {
        citationRef("reviews[" + i + "].citation", citation.get(), citationIds);
      }
    }
    noteRefs("notes", album.notes(), citationIds);
    for (int i = 0; i < album.relatedWorks().size(); i++) {
      List<String> ids = album.relatedWorks().get(i).citations();
      if (!ids.isEmpty()) {
        citationRefs("relatedWorks[" + i + "].citations", ids, citationIds);
      }
    }
  }

  /** Recording ids named by credits, which must be recordings of the album. */
  private void recordingRefs(String path, List<Personnel> credits, Set<String> recordingIds) {
    for (int i = 0; i < credits.size(); i++) {
      List<String> ids = credits.get(i).recordings();
      for (int j = 0; j < ids.size(); j++) {
        if (!recordingIds.contains(ids.get(j))) {
          v.add(path + "[" + i + "].recordings[" + j + "]", Rule.UNKNOWN_RECORDING,
              "the album has no recording with id \"" + ids.get(j) + "\"");
        }
      }
    }
  }

  /** Citation references inside release {@code r}; the path is built only for a violation. */
  private void releaseCitationRefs(int r, String suffix, List<String> ids, Set<String> citationIds) {
    for (int i = 0; i < ids.size(); i++) {
      if (!citationIds.contains(ids.get(i))) {
        citationRef("releases[" + r + "]" + suffix + "[" + i + "]", ids.get(i), citationIds);
      }
    }
  }

  private void releaseNoteRefs(int r, String suffix, List<Note> notes, Set<String> citationIds) {
    for (int i = 0; i < notes.size(); i++) {
      List<String> ids = notes.get(i).citations();
      for (int j = 0; j < ids.size(); j++) {
        if (!citationIds.contains(ids.get(j))) {
          citationRef("releases[" + r + "]" + suffix + "[" + i + "].citations[" + j + "]", ids.get(j), citationIds);
        }
      }
    }
  }

  private void noteRefs(String path, List<Note> notes, Set<String> citationIds) {
    for (int i = 0; i < notes.size(); i++) {
      List<String> ids = notes.get(i).citations();
      for (int j = 0; j < ids.size(); j++) {
        if (!citationIds.contains(ids.get(j))) {
          citationRef(path + "[" + i + "].citations[" + j + "]", ids.get(j), citationIds);
        }
      }
    }
  }

  /** Citation ids that must name citations of the album; the path is built only for a violation. */
  private void citationRefs(String path, List<String> ids, Set<String> citationIds) {
    for (int i = 0; i < ids.size(); i++) {
      if (!citationIds.contains(ids.get(i))) {
        citationRef(path + "[" + i + "]", ids.get(i), citationIds);
      }
    }
  }

  private void citationRef(String path, String id, Set<String> citationIds) {
    if (!citationIds.contains(id)) {
      v.add(path, Rule.UNKNOWN_CITATION, "the album has no citation with id \"" + id + "\"");
    }
  }

  private static Set<String> allPositionsOf(Album album) {
    Set<String> positions = new HashSet<>();
    for (Release release : album.releases()) {
      for (Medium medium : release.media()) {
        for (Track track : medium.tracks()) {
          positions.add(track.position());
        }
      }
    }
    return positions;
  }
}
