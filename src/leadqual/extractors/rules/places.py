"""A small gazetteer: places a lead may name, with aliases and their country.

Used for the service-area red flag: a place named by the customer that lies outside the
profile's ``service_area`` (cities or countries) is a red flag; a place inside clears it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# canonical name -> (country, aliases). Hebrew aliases take prefix letters (ב, מ, ל, ...).
_ISRAEL: dict[str, list[str]] = {
    "Tel Aviv": ["tel aviv", "tel-aviv", "tlv", "tel aviv-yafo", "תל אביב", "ת\"א", "ת״א", "תל-אביב"],
    "Jaffa": ["jaffa", "yafo", "יפו"],
    "Ramat Gan": ["ramat gan", "ramat-gan", "רמת גן", "רמת-גן", "ר\"ג"],
    "Givatayim": ["givatayim", "givataim", "גבעתיים"],
    "Herzliya": ["herzliya", "herzlia", "hertzliya", "הרצליה"],
    "Holon": ["holon", "חולון"],
    "Bat Yam": ["bat yam", "bat-yam", "בת ים", "בת-ים"],
    "Bnei Brak": ["bnei brak", "bnei-brak", "בני ברק"],
    "Petah Tikva": ["petah tikva", "petach tikva", "petah tiqva", "petah-tikva", "פתח תקווה", "פתח תקוה", "פ\"ת"],
    "Ra'anana": ["ra'anana", "raanana", "רעננה"],
    "Kfar Saba": ["kfar saba", "kfar-saba", "כפר סבא"],
    "Hod Hasharon": ["hod hasharon", "הוד השרון"],
    "Ramat Hasharon": ["ramat hasharon", "רמת השרון"],
    "Netanya": ["netanya", "natanya", "נתניה"],
    "Rishon LeZion": ["rishon lezion", "rishon le zion", "rishon letzion", "rishon", "ראשון לציון", "ראשל\"צ"],
    "Rehovot": ["rehovot", "rechovot", "רחובות"],
    "Ness Ziona": ["ness ziona", "nes ziona", "nes tziona", "ness tziona", "נס ציונה"],
    "Modiin": ["modiin", "modi'in", "מודיעין"],
    "Jerusalem": ["jerusalem", "ירושלים", "י-ם"],
    "Haifa": ["haifa", "chaifa", "חיפה"],
    "Beersheba": ["beersheba", "beer sheva", "be'er sheva", "beer-sheva", "be'er-sheva", "beersheva", "באר שבע", "ב\"ש"],
    "Ashdod": ["ashdod", "אשדוד"], "Ashkelon": ["ashkelon", "אשקלון"], "Eilat": ["eilat", "אילת"],
    "Nazareth": ["nazareth", "נצרת"], "Afula": ["afula", "עפולה"], "Tiberias": ["tiberias", "טבריה"],
    "Safed": ["safed", "tzfat", "zefat", "צפת"], "Hadera": ["hadera", "חדרה"],
    "Kiryat Shmona": ["kiryat shmona", "קריית שמונה"], "Nahariya": ["nahariya", "נהריה"],
    "Acre": ["acre", "akko", "עכו"], "Karmiel": ["karmiel", "כרמיאל"], "Lod": ["lod", "לוד"],
    "Ramla": ["ramla", "רמלה"], "Yavne": ["yavne", "יבנה"], "Rosh HaAyin": ["rosh haayin", "rosh ha'ayin", "ראש העין"],
    "Or Yehuda": ["or yehuda", "אור יהודה"], "Kiryat Ono": ["kiryat ono", "קריית אונו"],
    "Dimona": ["dimona", "דימונה"], "Arad": ["arad", "ערד"], "Sderot": ["sderot", "שדרות"],
    "Caesarea": ["caesarea", "קיסריה"], "Zichron Yaakov": ["zichron yaakov", "zikhron ya'akov", "zichron ya'akov", "זכרון יעקב"],
    "Yokneam": ["yokneam", "יקנעם"], "Beit Shemesh": ["beit shemesh", "בית שמש"], "Ariel": ["ariel", "אריאל"],
    "Kiryat Gat": ["kiryat gat", "קריית גת"], "Netivot": ["netivot", "נתיבות"], "Ofakim": ["ofakim", "אופקים"],
    "Mevaseret Zion": ["mevaseret", "mevaseret zion", "מבשרת ציון"], "Even Yehuda": ["even yehuda", "אבן יהודה"],
    "Kiryat Motzkin": ["kiryat motzkin", "קריית מוצקין"], "Kiryat Bialik": ["kiryat bialik", "קריית ביאליק"],
    "Kiryat Ata": ["kiryat ata", "קריית אתא"], "Tira": ["tira", "טירה"], "Umm al-Fahm": ["umm al-fahm", "אום אל פחם"],
    "Yehud": ["yehud", "יהוד"], "Gedera": ["gedera", "גדרה"], "Kiryat Malakhi": ["kiryat malakhi", "קריית מלאכי"],
    "Yeruham": ["yeruham", "ירוחם"], "Mitzpe Ramon": ["mitzpe ramon", "מצפה רמון"], "Rahat": ["rahat"],
    "Tirat Carmel": ["tirat carmel", "טירת כרמל"], "Kiryat Tivon": ["kiryat tivon", "tivon", "קריית טבעון", "טבעון"],
    "Migdal HaEmek": ["migdal haemek", "מגדל העמק"], "Nof HaGalil": ["nof hagalil", "נוף הגליל"],
    "Beit She'an": ["beit shean", "beit she'an", "בית שאן"], "Katzrin": ["katzrin", "קצרין"],
    "Sakhnin": ["sakhnin", "סכנין"], "Shfar'am": ["shfaram", "שפרעם"],
    "Kafr Qasim": ["kafr qasim", "kfar kasem", "כפר קאסם"], "Tayibe": ["tayibe", "taibe", "טייבה"],
    "Kiryat Yam": ["kiryat yam", "קריית ים"], "Kiryat Haim": ["kiryat haim", "kiryat chaim", "קריית חיים"],
    "Atlit": ["atlit", "עתלית"], "Pardes Hanna": ["pardes hanna", "pardes hana", "פרדס חנה"],
    "Binyamina": ["binyamina", "בנימינה"], "Or Akiva": ["or akiva", "אור עקיבא"], "Kfar Yona": ["kfar yona", "כפר יונה"],
    "Tel Mond": ["tel mond", "תל מונד"], "Ganei Tikva": ["ganei tikva", "גני תקווה"], "Savyon": ["savyon", "סביון"],
    "Kfar Shmaryahu": ["kfar shmaryahu", "כפר שמריהו"], "Beitar Illit": ["beitar illit", "ביתר עילית"],
    "Modiin Illit": ["modiin illit", "מודיעין עילית"], "Ma'ale Adumim": ["maale adumim", "ma'ale adumim", "מעלה אדומים"],
    "Gan Yavne": ["gan yavne", "גן יבנה"], "Mazkeret Batya": ["mazkeret batya", "מזכרת בתיה"],
    "Be'er Yaakov": ["beer yaakov", "be'er yaakov", "באר יעקב"], "Givat Shmuel": ["givat shmuel", "גבעת שמואל"],
    "Rosh Pina": ["rosh pina", "ראש פינה"], "Metula": ["metula", "מטולה"], "Kiryat Ekron": ["kiryat ekron", "קריית עקרון"],
    "Emek Hefer": ["emek hefer", "עמק חפר"],
    "Kiryat Arba": ["kiryat arba", "קריית ארבע"], "Beit Dagan": ["beit dagan", "בית דגן"], "Kfar Vradim": ["kfar vradim", "כפר ורדים"],
    "Israel": ["israel", "ישראל", "הארץ"],
}
_WORLD: dict[str, tuple[str, list[str]]] = {
    "New York": ("US", ["new york", "nyc", "manhattan", "brooklyn", "ניו יורק"]), "Los Angeles": ("US", ["los angeles", "la, ca"]),
    "Chicago": ("US", ["chicago"]), "Boston": ("US", ["boston"]), "Miami": ("US", ["miami"]),
    "San Francisco": ("US", ["san francisco", "sf bay area"]), "Texas": ("US", ["texas", "austin", "dallas", "houston"]),
    "Seattle": ("US", ["seattle"]), "New Jersey": ("US", ["new jersey"]), "Florida": ("US", ["florida"]),
    "California": ("US", ["california"]), "United States": ("US", ["united states", "usa", "the us", "america"]),
    "Canada": ("CA", ["canada", "toronto", "vancouver", "montreal", "קנדה", "טורונטו"]),
    "London": ("GB", ["london", "manchester", "לונדון"]), "United Kingdom": ("GB", ["united kingdom", "uk", "england", "scotland"]),
    "Paris": ("FR", ["paris", "פריז"]), "France": ("FR", ["france"]), "Berlin": ("DE", ["berlin", "munich", "ברלין"]),
    "Germany": ("DE", ["germany"]), "Cyprus": ("CY", ["cyprus", "limassol", "larnaca", "paphos", "kafrisin", "קפריסין"]),
    "Greece": ("GR", ["greece", "athens", "יוון"]), "Dubai": ("AE", ["dubai", "abu dhabi", "דובאי"]),
    "Amsterdam": ("NL", ["amsterdam", "netherlands", "אמסטרדם", "הולנד"]), "Madrid": ("ES", ["madrid", "barcelona", "spain"]),
    "Rome": ("IT", ["rome", "milan", "italy"]), "Australia": ("AU", ["australia", "sydney", "melbourne"]),
    "India": ("IN", ["india", "mumbai", "bangalore", "delhi"]), "Mexico": ("MX", ["mexico"]),
    "Brazil": ("BR", ["brazil", "são paulo", "sao paulo"]), "Jordan": ("JO", ["amman", "jordan"]),
    "Egypt": ("EG", ["egypt", "cairo"]), "Turkey": ("TR", ["turkey", "istanbul"]),
    "Hungary": ("HU", ["budapest", "hungary", "בודפשט", "הונגריה"]), "Ukraine": ("UA", ["kyiv", "kiev", "ukraine", "קייב", "אוקראינה"]),
    "Georgia": ("GE", ["tbilisi", "batumi", "טביליסי"]), "Poland": ("PL", ["warsaw", "poland", "ורשה", "פולין"]),
    "Russia": ("RU", ["moscow", "russia", "מוסקבה", "רוסיה"]), "Romania": ("RO", ["bucharest", "romania", "בוקרשט", "רומניה"]),
}


@dataclass(frozen=True, slots=True)
class Place:
    """A named place: canonical name and ISO country."""

    name: str
    country: str


def _table() -> dict[str, Place]:
    table: dict[str, Place] = {}
    for name, aliases in _ISRAEL.items():
        place = Place(name, "IL")
        for alias in [name.casefold(), *aliases]:
            table[alias.casefold()] = place
    for name, (country, aliases) in _WORLD.items():
        place = Place(name, country)
        for alias in [name.casefold(), *aliases]:
            table[alias.casefold()] = place
    return table


ALIASES: dict[str, Place] = _table()


# Ambiguous English words ("acre", "arad", "us") must be capitalised to count.
_CASE_SENSITIVE = {"the us", "acre", "arad", "ariel", "tira", "lod", "jordan", "america", "rishon"}
# Aliases are looked up by token n-grams: much faster than one regex of 300 alternatives.
_TOKEN = re.compile(r"\w+(?:['\"״׳]\w+)*")
_HEBREW_PREFIXES = "והבלשמכ"
_LATIN_PREFIXES = {"be", "ba", "le", "la", "me", "mi", "ve"}
_LOOKUP: dict[str, str] = {" ".join(_TOKEN.findall(a)): a for a in ALIASES}
_MAX_WORDS = max(len(key.split()) for key in _LOOKUP)
_FIRST_WORDS = {key.split()[0] for key in _LOOKUP}


def _may_start(word: str) -> bool:
    """Cheap gate: can an alias start at this word (with or without Hebrew prefixes)?"""
    word = word.casefold()
    return word in _FIRST_WORDS or word[1:] in _FIRST_WORDS or word[2:] in _FIRST_WORDS or word[3:] in _FIRST_WORDS


def _candidates(words: list[str]) -> list[str]:
    """The n-gram as written, and without prefix letters on its first word: Hebrew ones, or
    those of Hebrew in Latin letters ("bechaifa", "minetanya", "bekfar saba")."""
    joined = " ".join(words).casefold()
    found = [joined]
    first = words[0].casefold()
    for cut in (1, 2):
        if len(first) > cut + 1 and all(ch in _HEBREW_PREFIXES for ch in first[:cut]):
            found.append(" ".join([first[cut:], *words[1:]]).casefold())
    if first[:2] in _LATIN_PREFIXES and len(first) > 5:  # ("be'yavne": with an apostrophe too)
        found.append(" ".join([first[3 if first[2:3] == "'" else 2:], *words[1:]]).casefold())
    return found


def places_in(text: str) -> list[tuple[Place, int, int]]:
    """Places named in ``text`` with their spans (longest alias first at each word)."""
    tokens = list(_TOKEN.finditer(text))
    found: list[tuple[Place, int, int]] = []
    index = 0
    while index < len(tokens):
        if not _may_start(tokens[index].group(0)):
            index += 1
            continue
        for size in range(min(_MAX_WORDS, len(tokens) - index), 0, -1):
            words = [t.group(0) for t in tokens[index:index + size]]
            alias = next((_LOOKUP[c] for c in _candidates(words) if c in _LOOKUP), None)
            if alias is None:
                continue
            if alias in _CASE_SENSITIVE and not words[-1][:1].isupper():
                continue
            found.append((ALIASES[alias], tokens[index].start(), tokens[index + size - 1].end()))
            index += size - 1
            break
        index += 1
    return found


def resolve_area(names: list[str]) -> tuple[set[str], set[str]]:
    """The profile's service area as (place names, countries covered whole)."""
    places: set[str] = set()
    countries: set[str] = set()
    for name in names:
        place = ALIASES.get(name.strip().casefold())
        if place is None:
            places.add(name.strip())
        elif place.name == "Israel" or place.name in ("United States", "United Kingdom", "Canada"):
            countries.add(place.country)
        else:
            places.add(place.name)
    return places, countries
