package org.qsurv.app.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Invented names for the demo data set's places, practices and care homes, made from word parts so
 * that they sound like the West Country without naming any real organisation. Each name is given
 * once.
 */
final class Names {
  private static final List<String> PLACE_STARTS = List.of("Ash", "Bramble", "Brack", "Cinder",
      "Coomb", "Dunner", "Elder", "Fernly", "Gorse", "Hazel", "Hollow", "Kestle", "Lark", "Lyd",
      "Marl", "Merry", "Nether", "Oaken", "Pennard", "Quant", "Rook", "Sedge", "Sloe", "Stavel",
      "Tarn", "Thorn", "Wendle", "Whit", "Willow", "Wych", "Yarle", "Cobble", "Drift", "Harrow");
  private static final List<String> PLACE_ENDS = List.of("combe", "ford", "leigh", "bury",
      "stowe", "wick", "worth", "mead", "hay", "cott", "brook", "ton", "moor", "well", "den",
      "hampton", "ridge", "field");
  private static final List<String> PRACTICE_FORMS = List.of("%s Surgery", "%s Medical Centre",
      "%s Health Centre", "%s Family Practice", "The %s Practice", "%s and District Surgery");
  private static final List<String> HOME_STARTS = List.of("Larkspur", "Heron", "Meadowsweet",
      "Bluebell", "Foxglove", "Kingfisher", "Wren", "Primrose", "Orchard", "Cedar", "Linden",
      "Rowan", "Holly", "Juniper", "Sorrel", "Campion", "Teasel", "Aspen", "Alder", "Chestnut",
      "Quince", "Mulberry", "Yarrow", "Clover", "Harebell", "Moorhen", "Skylark", "Bracken");
  private static final List<String> HOME_FORMS = List.of("%s House", "%s Lodge", "%s Court",
      "%s Grange", "%s View", "%s Manor", "%s Care Home", "%s Nursing Home", "%s Gardens");

  private final SplittableRandom random;
  private final Set<String> used = new HashSet<>();

  Names(SplittableRandom random) {
    this.random = random;
  }

  /** An invented place name, such as "Larkcombe". */
  String place() {
    while (true) {
      String name = pick(PLACE_STARTS) + pick(PLACE_ENDS);
      if (used.add(name)) {
        return name;
      }
    }
  }

  /** An invented GP practice name, such as "Wendleford Medical Centre". */
  String practice() {
    return String.format(pick(PRACTICE_FORMS), place());
  }

  /** An invented care home name, such as "Heron Lodge". */
  String careHome() {
    while (true) {
      String name = String.format(pick(HOME_FORMS), pick(HOME_STARTS));
      if (used.add(name)) {
        return name;
      }
      // Names run out before the combinations do: add a place to tell homes apart.
      String placed = name + ", " + place();
      if (used.add(placed)) {
        return placed;
      }
    }
  }

  private String pick(List<String> words) {
    return words.get(random.nextInt(words.size()));
  }
}
