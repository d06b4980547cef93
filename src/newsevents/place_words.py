"""The words that find place names in a sentence and tell what a name there does: sites and
areas a name owns or heads, nouns a name only describes, prepositions that place, units that
measure from a place, and the nouns that name a place again."""

from __future__ import annotations

from newsevents.occasions import OCCASION_NOUNS
from newsevents.places import READ_KIND_NOUNS, TOWN_NOUNS

# Sites a place name can own: "Tehran's airport" is in Tehran, "Caracas' claim" is nowhere.
SITE_NOUNS = {"airport", "port", "prison", "jail", "square", "outskirts", "centre", "center",
              "street", "embassy", "palace", "parliament", "university", "hospital", "camp",
              "base", "suburb", "neighbourhood", "neighborhood", "harbour", "harbor", "coast",
              "border", "market", "mosque", "church", "stadium", "station", "edge", "front",
              "avenue", "boulevard", "road", "highway", "bridge", "quarter", "downtown",
              "heart", "plaza", "waterfront", "streets", "suburbs", "congress", "senate",
              "legislature", "presidency", "assembly", "capitol", "park", "slum", "township",
              "bazaar", "marketplace", "campus", "cathedral", "seafront"}
# Seats of power named by their kind, and the prepositions that place an act at one: "outside
# the parliament", "at the presidential palace".
UNNAMED_SEAT_NOUNS = {"palace", "parliament", "congress", "senate", "legislature", "presidency"}
PALACE_KINDS = {"presidential", "royal"}
SEAT_PREPS = {"in", "at", "outside", "inside", "near", "into", "to", "on", "around"}
# Sites named by a proper noun before them; the name is the place: "near the Preah Vihear
# temple", "the Mitiga airport", "the Ghulam Khan border crossing", "the Shaybah field".
SITE_NAME_NOUNS = {"temple", "airport", "airbase", "crossing", "field", "refinery", "dam",
                   "checkpoint", "base", "plant"}
# Nouns that follow the name of an area: "the Arhab district", "Ye-U township".
AREA_NOUNS = {"district", "province", "region", "township", "governorate", "county",
              "prefecture", "oblast", "regency"}
# Common nouns between an area's name and its noun: "the al-Fashaga border district", "the
# Kurram tribal district", "the Menaka-Tillaberi border zone".
AREA_KIND_WORDS = {"border", "frontier", "tribal", "mountain", "mountainous", "desert", "coastal",
                   "farming"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Labels the model gives towns it does not know: "visited Tbilisi" (PERSON), "a district of
# Kherson" (ORG), "the front lines around Manbij" (PRODUCT), "marched in Tunis" (NORP).
MISTAKEN_LABELS = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP", "LANGUAGE"}
# Nouns a place name can modify and still name where something is: "the Kabul airport", "a
# Kherson suburb", "the Gaza border", "a Baghdad hotel". A name on any other noun describes
# the thing ("U.S. goods", "his US counterpart", "the Baku-Tbilisi-Kars railway"); a name on
# a participle describes who leads or hosts it ("a Moscow-led alliance", "Qatar-based
# charities").
PLACED_THING_NOUNS = {"area", "border", "frontier", "coast", "hotel", "residence",
                      "headquarters", "compound", "building", "office", "side", "outskirts",
                      "valley", "lake", "mountain", "mountains", "hills", "island", "islands",
                      "strait", "bay", "gulf", "sea", "desert", "pass", "plain", "peninsula",
                      "department", "zone", "territory", "crossing", "corridor", "delta",
                      "basin", "shoal", "reef", "waters", "airspace", "countryside",
                      "highlands", "canton", "municipality", "neighbourhood", "neighborhood"}
# Courts named by their town, which rule there: "A Moscow court on Monday sentenced Navalny",
# "The Tunis appeals court ... sentenced the defendants".
COURT_NOUNS = {"court", "tribunal"}
# Nouns a place name before them still places: all of the above, towns, occasions and courts.
PLACING_NOUNS = frozenset(PLACED_THING_NOUNS | TOWN_NOUNS | SITE_NOUNS | SITE_NAME_NOUNS
                          | AREA_NOUNS | OCCASION_NOUNS | COURT_NOUNS)
# Faiths that describe a site before its noun: "the 900-year-old Hindu temple".
FAITH_WORDS = {"hindu", "buddhist", "muslim", "christian", "catholic", "orthodox", "sikh",
               "jewish", "shia", "shiite", "sunni", "islamic", "coptic", "jain", "protestant"}
# Dependencies of a name that modifies the noun after it.
MODIFIER_DEPS = {"compound", "npadvmod", "amod", "nmod"}
# Prepositions before a town's name that the model may tag as something else or not at all.
TOWN_PREPS = {"in", "near", "outside", "around", "at", "to", "towards", "toward", "into"}
# Prepositions that only introduce a spot on the ground: a name after one that the model takes
# for an organisation or a person and that neither dictionary knows is a village ("near
# Barawe", "around Kibumba", "around Harf Sufyan").
SPOT_PREPS = {"near", "around", "outside"}
# Prepositions that put an act in a capital the actor dictionary also knows as its government:
# "reached in Maputo", "met at Rabat".
SCENE_PREPS = {"in", "at"}
# The points of the compass, and their adjectives.
COMPASS_POINTS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                  "southwest"}
COMPASS_ADJECTIVES = {"northern", "southern", "eastern", "western", "northeastern",
                      "northwestern", "southeastern", "southwestern"}
# Words that make a place a reference point, not a scene: "40 km northeast of the capital".
BEARING_WORDS = COMPASS_POINTS | {"km", "kilometres", "kilometers", "miles"}
# Adjectives of a part of a country: "in central Mali", "across northern Iraq", where the model
# may take the country for a person.
COUNTRY_PART_WORDS = COMPASS_POINTS | COMPASS_ADJECTIVES | {"central"}
# Units of a distance measured from a place: "30 km north of Goma", "some 100 miles from
# Vilnius", "a few kilometres outside Kandahar".
DISTANCE_UNITS = {"km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile",
                  "miles", "metre", "metres", "meter", "meters", "yards"}
# Prepositions after a distance (and bearing) that name the place measured from.
MEASURED_FROM_PREPS = {"of", "from", "outside"}
# Nouns that name again, with "the", a town the story has named: "shelled positions north of
# the city" (Kismayo, named before), "overran army positions around the town".
TOWN_REFERENCES = {"city", "town", "village"}
# Nouns that name again any place the story has named: "sent 1,500 troops to the area".
AREA_REFERENCES = {"area", "province"}
# Nouns that name again the place whose name holds them: "camps on islands in the lake"
# (Lake Chad).
NAMED_REFERENCES = {"lake"}
REFERENCE_NOUNS = TOWN_REFERENCES | AREA_REFERENCES | NAMED_REFERENCES
# Kinds of place written after a name the model may tag as a person or a body ("Rutshuru
# territory", "Gedaref state", "Ouallam town").
KIND_NOUNS = READ_KIND_NOUNS | {"district"}
# A place name in these roles stands for its government, not for a place told again.
ACTOR_DEPS = {"nsubj", "nsubjpass", "poss"}
# Determiners of a back-reference; "this" names the town the story is filed from ("marched
# through this northern town").
REFERENCE_DETERMINERS = {"the", "this"}
