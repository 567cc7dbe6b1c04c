package io.github.linernotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.linernotes.internal.JsonNames;

/**
 * The physical or digital format of a medium, after MusicBrainz's medium formats. A format the list does
 * not know is {@link #OTHER}, and the medium's descriptions keep it as printed.
 */
public enum MediumFormat {
  /** A vinyl record whose size is not known. */
  @JsonProperty("vinyl") VINYL,
  /** A 7-inch vinyl record. */
  @JsonProperty("7-inch-vinyl") VINYL_7_INCH,
  /** A 10-inch vinyl record. */
  @JsonProperty("10-inch-vinyl") VINYL_10_INCH,
  /** A 12-inch vinyl record. */
  @JsonProperty("12-inch-vinyl") VINYL_12_INCH,
  /** A thin, flexible record, often given away with a magazine. */
  @JsonProperty("flexi-disc") FLEXI_DISC,
  /** A shellac record, 78 rpm. */
  @JsonProperty("shellac") SHELLAC,
  /** An audio compact disc. */
  @JsonProperty("cd") CD,
  /** A recordable CD. */
  @JsonProperty("cd-r") CD_R,
  /** A CD with a data session after the audio. */
  @JsonProperty("enhanced-cd") ENHANCED_CD,
  /** A CD whose first track is data. */
  @JsonProperty("mixed-mode-cd") MIXED_MODE_CD,
  /** A High Definition Compatible Digital CD. */
  @JsonProperty("hdcd") HDCD,
  /** A Super Audio CD. */
  @JsonProperty("sacd") SACD,
  /** A DVD whose kind is not known. */
  @JsonProperty("dvd") DVD,
  /** A DVD-Audio disc. */
  @JsonProperty("dvd-audio") DVD_AUDIO,
  /** A DVD-Video disc. */
  @JsonProperty("dvd-video") DVD_VIDEO,
  /** A Blu-ray disc. */
  @JsonProperty("blu-ray") BLU_RAY,
  /** A compact cassette. */
  @JsonProperty("cassette") CASSETTE,
  /** A Digital Audio Tape. */
  @JsonProperty("dat") DAT,
  /** An open reel of tape. */
  @JsonProperty("reel-to-reel") REEL_TO_REEL,
  /** An 8-track cartridge. */
  @JsonProperty("8-track") EIGHT_TRACK,
  /** A MiniDisc. */
  @JsonProperty("minidisc") MINIDISC,
  /** A download or stream. */
  @JsonProperty("digital") DIGITAL,
  /** A USB flash drive. */
  @JsonProperty("usb") USB,
  /** Any other format; the medium's descriptions say what it is. */
  @JsonProperty("other") OTHER;

  /** Reads the JSON name exactly; anything else, however close, is refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static MediumFormat fromJson(String name) {
    return JsonNames.lookup(MediumFormat.class, name);
  }
}
