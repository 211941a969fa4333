"""Cues the rules extractor reads: phrase lexicons in both languages and the patterns of
context around them (what the agent asked, what comes just before a time or an amount).

Each name is one kind of cue; ``lexicon_en`` and ``lexicon_he`` hold the phrases, this
module joins them and adds the context patterns, and ``extractor`` decides what they mean.
"""

from __future__ import annotations

import re

from leadqual.extractors.rules import lexicon_en as en
from leadqual.extractors.rules import lexicon_he as he
from leadqual.extractors.rules.text import HEBREW_LETTER, Lexicon


def _listed(value: str | list[str] | None) -> list[str]:
    return [value] if isinstance(value, str) else [p for p in value or [] if p]


def _lexicon(english: list[str], hebrew_module: list[str]) -> Lexicon:
    """One cue's patterns; those of the Hebrew module written in Latin letters are
    transliterated Hebrew."""
    return Lexicon([*english, *(p for p in hebrew_module if HEBREW_LETTER.search(p))],
                   [p for p in hebrew_module if not HEBREW_LETTER.search(p)])


def _both(name: str) -> Lexicon:
    """English and Hebrew patterns of one cue (``NAME_LATIN`` adds transliterated ones)."""
    return _lexicon(_listed(getattr(en, name)),
                    [*_listed(getattr(he, name)), *_listed(getattr(he, f"{name}_LATIN", None))])


NOT_CONCERNED = _both("NOT_CONCERNED")
ZERO_BUDGET = _both("ZERO_BUDGET")
PRICE_SENSITIVE = _both("PRICE_SENSITIVE")
BUDGET_STATEMENT = _both("BUDGET_STATEMENT")
OTHERS_PRICE = _both("OTHERS_PRICE")
ACCEPTS_PRICE = _both("ACCEPTS_PRICE")
BUDGET_QUESTION = _both("BUDGET_QUESTION")
DM_SELF = _both("DM_SELF")
DM_OTHER = _both("DM_OTHER")
DM_NEGATED_SELF = _both("DM_NEGATED_SELF")
DM_SELF_LOOSE = _both("DM_SELF_LOOSE")
# "I don't need to ask my husband", "אין צורך לשאול את אשתי": the person named takes no part
NO_NEED_BEFORE = re.compile(
    r"\b(?:don'?t|do not|doesn'?t|does not|never|won'?t)(?: (?:need|have|got) to\b(?: \w+)?)?\s*$"
    r"|\bno need (?:to )?(?:\w+ )?$|(?<!\w)(?:לא צריך|לא צריכה|אין צורך|אין לי צורך)\s+\S*\s*$"
    # "ולא צריך אישור של אף אחד", "lo tzarich ishur", "af echad lo tzarich le'asher li"
    r"|(?<!\w)ו?(?:לא|אין)\s*$|\b(?:ve-?)?(?:lo|ein|en)\s*$"
    r"|(?:\baf echad|\baf achat|(?<!\w)אף אחד|(?<!\w)אף אחת)(?:\s+\S+){0,2}\s*$"
    # "אין פה עוד מישהו שצריך לאשר"
    r"|(?:(?<!\w)ו?אין|\bein)\s+(?:\S+\s+){0,3}?(?:מישהו|אף|mishehu|af)\S*(?:\s+\S+)?\s+(?:ש|she-?)?$",
    re.IGNORECASE)
# "ההורים לא מחליטים לי כלום": someone else, said not to decide
HEBREW_NOT_DECIDES = re.compile(
    r"(?<!אני )(?<!\w)לא\s+(?:מחליט|מחליטה|מחליטים|מאשר|מאשרת|מאשרים)\s+(?:לי|לנו|בשבילי|כלום)(?!\w)")
# "nothing gets booked without her ok": a negation before "without" does not undo it
WITHOUT = re.compile(r"\bwithout\b|(?<!\w)[ו]?בלי(?!\w)", re.IGNORECASE)
AUTHORITY_QUESTION = _both("AUTHORITY_QUESTION")
ABOUT_THIRD = _both("ABOUT_THIRD")
YES_ANSWER = _both("YES_ANSWER")
NO_ANSWER = _both("NO_ANSWER")
SELF_ANSWER = _both("SELF_ANSWER")
# "Sorry, we only do dental work": the agent's reply says the request is not offered.
AGENT_DECLINES = re.compile(
    r"\b(?:sorry|unfortunately|i'?m afraid),? (?:but )?(?:we|that'?s|this is)\b.{0,45}"
    r"\b(?:not|don'?t|only|can'?t)\b"
    r"|\bwe (?:don'?t|do not) (?:do|offer|sell|provide|carry|have|handle|make|install)\b|\bwe only\b"
    r"|\bwe(?:'re| are) (?:a|an|only)\b.{0,40}\b(?:only|not|so no|no,? sorry)\b|\bnot something we\b"
    r"|\bwe mainly (?:do|handle|sell|offer)\b"
    r"|\b(?:is|are)n'?t something we\b"
    r"|(?<!\w)(?:לצערנו|אנחנו לא|אין לנו|אנחנו רק|רק\s+מזגנים|אנחנו עוסקים|לא מוכרים|לא עושים)(?!\w)",
    re.IGNORECASE,
)
_PRICE = r"\s*[₪$€]?\s*\d[\d,.]*\s*k?"  # a price as a customer writes it back: "350", "2,300", "3.5k"
# The customer names a price and takes it: "350 is fine".
PRICE_OK = re.compile(r"(?:(?:and|ok|okay|yeah|yes|also),?\s+)?(?:the\s+)?"  # "and 2,350 is fine"
                      + _PRICE + r"\s*(?:₪|ils|nis|shekels?|dollars|bucks)?\s*"
                      # "the 3,800 you mentioned is fine by me"
                      r"(?:(?:you|u) (?:mentioned|quoted|said|sent)\s+)?"
                      # "6,400 with installation is good for me"
                      r"(?:(?:with|including|incl\.?|plus) (?:the )?"
                      r"(?:installation|install|assembly|delivery|vat|shipping)\s+)?"
                      r"(?:(?:(?:is|'s|sounds) )?(?:fine|ok|okay|good|great|perfect)"
                      r"(?: (?:for|with|by) (?:me|us))?"
                      r"|works(?: for (?:me|us))?)\b"
                      r"|(?:(?:and|ok|okay|yeah|yes|also|yep)(?: fine)?,?\s+)?(?:ו|וה|ה)?"  # "ו3500 זה בסדר"
                      + _PRICE + r"\s*(?:₪|ש\"ח)?\s*"
                      r"(?:זה\s+)?(?:סבבה|בסדר|מתאים|מקובל|אחלה|works|fits)(?!\w)",
                      re.IGNORECASE)
# "המחיר סבבה", "ha mechir beseder", "the price is fine": the agent's price, taken by name
PRICE_TAKEN = re.compile(
    r"(?<!\w)ו?(?:ה)?מחיר\s+(?:הזה\s+)?(?:סבבה|בסדר|מתאים|מקובל|טוב|אחלה|מסתדר)(?!\w)"
    r"|\b(?:ve-?)?ha-? ?mechir (?:beseder|sababa|mat'?im|tov)\b"
    r"|\b(?:the|that|your) price (?:is |'s |sounds )?(?:fine|ok|okay|good|great|right)\b", re.IGNORECASE)
# The agent asks about the price it named before: "And does that range work for you?"
PRICE_CHECK = re.compile(
    r"\b(?:does|would|will|is) (?:that|this|the) (?:range|price|amount|figure|quote|estimate)\b"
    r"|(?<!\w)(?:המחיר|הטווח|הסכום) (?:הזה )?(?:מתאים|מסתדר|בסדר)", re.IGNORECASE)
# The customer repeats the agent's price in disbelief: "350?!", "2,300??".
PRICE_ECHO = re.compile(_PRICE + r"[^?.!\n\d]{0,30}?(?:(?:\?\s*){2,}|\?!)", re.IGNORECASE)
ASKS_ABOUT_OFFER = re.compile(
    r"\b(?:do|can|could) (?:you|u)(?: guys| all)?(?: also| even)? "
    r"(?:do|sell|have|offer|make|fix|install|supply|stock|build|"
    r"repair|replace|handle|provide|carry|deliver|treat|help with)\b|\blooking for\b|\bneed\b"
    r"|\bwants? (?:someone|somebody|a|an)\b|\bhow much\b|\b(?:price|cost) (?:of|for)\b"
    r"|(?<!\w)(?:אתם|יש לכם|צריך|צריכה|מחפש|מחפשת)(?!\w)|\batem (?:mochrim|osim|mitknim)\b|\byesh lachem\b",
    re.IGNORECASE,
)
NEED_VERBS = _both("NEED_VERBS")
URGENT = _both("URGENT")
NOT_URGENT = _both("NOT_URGENT")
BROWSING = _both("BROWSING")
# "... ואני מחליט על עצמי": the word before starts with the Hebrew "and", a new clause
AND_BEFORE = re.compile(r"(?<![\w])ו[\u05d0-\u05ea]+\s*$")
# "do you have standing desks too? just curious": after a side question, no browsing
ASIDE = re.compile(r"\s*(?:just|only) (?:curious|wondering|asking)\s*[.!)]*\s*$", re.IGNORECASE)
# A perfect-tense event before a time word in its clause: what already happened.
PAST_EVENT = re.compile(
    r"\b(?<!\bto )(?:has|have|'ve|had)\s+(?!to\b)"
    r"(?!(?:\w+\s+){0,2}?(?:booked|scheduled|planned|arranged|reserved)\b)"
    r"(?:\w+\s+){0,2}?(?:\w+ed|been|gone|come|done|seen|broken)\b"
    r"(?![^,.;]*\b(?:need|want|would|will|should|must|plan|hope)\b)(?=[^,;]*$)"
    # or a plain past verb right before it: "the policy expired in May"
    # ("I'm paid on the 10th" is a habit, not a past event)
    r"|\b(?:happened|expired|broke|died|ended|stopped|bought|arrived|was installed|"
    r"(?<!i'm )(?<!im )(?<!am )(?<!get )(?<!gets )paid|"
    r"were installed|moved in|"
    # "last one was in August", "we were acquired in May", "the technician who came on Sunday"
    r"came|ordered|migrated|acquired|visited|purchased|"
    r"(?:was|were)(?:\s+(?!(?:thinking|hoping|planning|supposed|going|told|wondering|looking)\b)\w+)?)\s+(?:\w+\s+)?$",
    re.IGNORECASE)
PLAN_AT = re.compile(r"(?:thinking|thought|hoping|aiming|targeting|planning)\b", re.IGNORECASE)
PRICE_CONCERN_QUESTION = re.compile(
    r"\b(?:is|are) (?:the )?(?:cost|price|budget|money|pricing) (?:a|an|the main) "
    r"(?:concern|issue|problem|factor)\b|\bare you price[- ]sensitive\b", re.IGNORECASE)
# "I'll check with him tonight": when they will answer, not when they want the work
# (a check the customer books, "a check-up in two weeks", is not one)
# ("can you check me tomorrow?" is the work itself)
REPLY_BEFORE = re.compile(r"\b(?:(?<!\ba )(?<!the )(?<!general )(?<!annual )check(?![- ]?ups?\b)"
                          r"(?!\s+(?:me|my|it|the|our|him|her)\b)|"
                          r"ask|talk|speak|discuss|consult|go over|get back to you|let you know|"
                          r"call you back|confirm)\b[^.?!]{0,25}$"
                          r"|(?<!\w)ו?(?:אבדוק|נבדוק|אשאל|נשאל|אתייעץ|נתייעץ|אדבר|נדבר|אחזור|נחזור|אעדכן|נעדכן)"
                          r"(?!\w)(?!\s+ל(?:נושא|זה|עניין))[^.?!]{0,25}$", re.IGNORECASE)
# "our labor costs are way too high": the customer's own costs, not our price
THEIR_COSTS = re.compile(r"\b(?:labou?r|staff|staffing|energy|electricity|running|overtime|payroll|wage|"
                         r"heating|cooling|power) (?:costs?|bills?|expenses?)\b", re.IGNORECASE)
# "I don't want to be doing this in December": a time the customer rules out; "won't break
# again in a year": a time said of what will not happen
RULED_OUT = re.compile(r"\b(?:don'?t|do not|doesn'?t|does not) want (?:to|it|this|that)\b"
                       r"|\b(?:won'?t|will not|wouldn'?t)(?:\s+\w+){1,3}\s+$", re.IGNORECASE)
TIME_WORD = re.compile(r"today|tonight|this (?:morning|afternoon|evening)", re.IGNORECASE)
# Hebrew "today" and "now", which often mean "these days"; and the words of asking for something
NOWADAYS = re.compile(r"היום|עכשיו|כרגע")
REQUEST = re.compile(r"\b(?:can|could|come|send|someone|somebody|anyone|please|pls|asap)\b"
                     r"|(?<!\w)(?:אפשר|תבואו|לבוא|להגיע|שיגיע|מישהו|תשלחו|בבקשה|דחוף)(?!\w)", re.IGNORECASE)
THOUSAND_WORD = re.compile(r"\bthousands?\b|\bgrand\b|\d\s?k\b", re.IGNORECASE)
THOUSANDS_AFTER = re.compile(r"\s*(?:thousand|grand|k)\b", re.IGNORECASE)
# The agent asks whether a bare figure was thousands: "Thousand shekels?", "אלף ש״ח?", "באלפים?"
THOUSANDS_ASKED = re.compile(r"^\W*(?:in |ב)?(?:thousands?|grand|k|אלף|אלפים|אלפי)(?![\w])[^?\n]{0,20}\?\s*$",
                             re.IGNORECASE)
# "rather than saving a few hundred" is no budget; "I saved 30,000 for this" is
SAVING_BEFORE = re.compile(r"(?<!\bi )(?<!\bwe )(?<!\bi've )(?<!\bwe've )(?<!\bi have )(?<!\bwe have )"
                           r"\bsav(?:e|ing|ed)\s+(?:(?:a|an|just|only)\s+)?$", re.IGNORECASE)
AGENT_PRICE = Lexicon([r"\b(?:comes? to|costs?|priced at|price is|total(?:s| is)?|would be|typically|usually|"
                        r"starts? (?:at|from)|runs? (?:about|around)|each|apiece|altogether|in total|"
                        r"including|incl)\b",
                        r"(?<!\w)(?:עולה|עולים|יעלה|המחיר|יוצא|סה\"כ|בסך הכל|זה|ליחידה|לכל אחד|לכל אחת)"
                        r"(?!\w)",
                        # Latin-letter Hebrew: "2,300 le yechida", "ha-mechir", "ole"
                        r"\b(?:le-?|la-?|le )yechida\b|\bha-?mechir\b|\b(?:ole|olah|oleh)\b"])
PREFERRED_AFTER = re.compile(r"\s*(?:would be|is|'d be|works|suits us) (?:ideal|best|perfect|great|good)\b",
                             re.IGNORECASE)
PREFERRED_BEFORE = re.compile(r"\b(?:ideally|preferably)\s+(?:\w+\s+)?$", re.IGNORECASE)
LATEST_AFTER = re.compile(r"\s*(?:at the (?:very )?latest|tops|max)\b", re.IGNORECASE)
BACK_IN = re.compile(r"\bback\s+$", re.IGNORECASE)
# "about 2 years ago", "six months back": a time past, not a plan
AGO_AFTER = re.compile(r"\s*(?:or so |or more |and a half |at least )?(?:ago|back)\b", re.IGNORECASE)
# "What are your hours on Sunday?", "Do you close for Hanukkah?", "מה שעות הפעילות שלכם ביום שישי?": when
# the business is open, not when the customer wants to buy
OPENING_HOURS = re.compile(
    r"\b(?:(?:opening|office|showroom|business|working) hours|(?:are|is) (?:you|the \w+) (?:open|closed)"
    r"|(?:do|will) (?:you(?: guys| all)?|your \w+(?: \w+)?) (?:close|open|work)\b|closed (?:on|during|for)\b)"
    r"|(?<!\w)(?:שעות ה(?:פעילות|קבלה|פתיחה)|(?:אתם|אתן) (?:פתוחים|סגורים|עובדים)|סגורים ב)", re.IGNORECASE)
# "by November", "before the summer": a deadline, which binds over a plain "in August".
DEADLINE_BEFORE = re.compile(r"\b(?:by|before|until|till|no later than)\s+(?:the\s+)?$", re.IGNORECASE)
def _red_flag(kind: str) -> Lexicon:
    # a zero budget is also a demand for free service
    free = kind == "demands free service"
    return _lexicon([*en.RED_FLAGS.get(kind, []), *(en.ZERO_BUDGET if free else [])],
                    [*he.RED_FLAGS.get(kind, []), *(he.ZERO_BUDGET if free else [])])


RED_FLAGS = {kind: _red_flag(kind) for kind in {*en.RED_FLAGS, *he.RED_FLAGS}}
# Red flags after which the lead states no problem the business solves (guide: fit unknown).
NOT_A_CUSTOMER = ("job or hiring enquiry", "vendor selling to the business", "student or research project")
# "send it to my mum in London": the destination is where the job is, wherever they live.
DESTINATION_BEFORE = re.compile(
    r"\b(?:ship|shipped|send|sent|deliver|delivered|delivery|shipping|post|posted)\b[^.?!\n]{0,50}\b(?:to|in)\s+(?:the\s+)?$",
    re.IGNORECASE)
# "I live in Be'er Sheva": where the customer is, which outweighs a served city named as
# somewhere they cannot go; "the flat is in Givatayim" names where the job is.
HOME_BEFORE = re.compile(r"\b(?:i|we) (?:live|reside|(?:am|are|'m|'re) (?:based|located))\s+in\s+$"
                         r"|\b(?:is|are) (?:located )?in\s+$|\b(?:it|that|this)'s (?:located )?in\s+$"
                         r"|(?<!\w)(?:גר|גרה|גרים|גרות|נמצא|נמצאת|נמצאים)\s+$",
                         re.IGNORECASE)
TRAVEL_BEFORE = re.compile(
    r"\b(?:from|back from|visiting|visit|trip to|vacation in|holiday in|moved from|flying to|flight to|"
    r"moving to|relocating to|going to|heading to|off to|travell?ing to|fly out to|fly to|flying out to)"
    r"\s+(?:the\s+)?$"
    # "טסים לחתונה של אחי בניו יורק", "בטיול בפריז": a trip, not where they live
    # ("אנחנו עוברים לברלין ב-19": they live here until then)
    r"|(?<!\w)(?:טס|טסה|טסים|טסות|נוסע|נוסעת|נוסעים|טיסה|טיול|חופשה|לחתונה|לכנס|עובר|עוברת|עוברים|רילוקיישן)(?!\w)"
    r"[^.!?\n]{0,30}$"
    r"|\b(?:nosea|nose'?a|nosa'?at|nos'?im|tas|tasa|tasim)\b[^.!?\n]{0,30}$",  # "ani lo nosaat ad Tel Aviv"
    re.IGNORECASE)
# "כאן אבי שטרן מ...", "מדברת רונית מ...", "זה יוסי מ...": a speaker introduced by name
SPEAKER_BEFORE = re.compile(
    r"(?<!\w)(?:כאן|מדבר|מדברת|זה|זאת|שמי|קוראים לי)\s+(?:[\u05d0-\u05ea\"׳']+\s+){1,2}$"
    r"|(?<!\w)(?:אני|אנחנו)\s+(?:גר\s+|גרה\s+|גרים\s+)?$")  # "אני מרחובות": where they live
ROLE_CONTEXT = re.compile(
    r"\b(?:head|director|vp|manager|team|department|dept) (?:of|in) (?:the )?\w+"
    r"|\b\w+ (?:department|dept|manager|person|team|director|lead|intern|assistant)\b", re.IGNORECASE)
AUTHORITY_SELF = re.compile(
    r"\bare you the\b|\byou the (?:owner|one|decision)|\bdo you (?:own|decide)|\bis (?:it|this) your"
    r"|\byourself\b|(?<!\w)(?:בבעלותך|בבעלותכם|על שמך|עם מי אני מדבר|עם מי אני מדברת)(?!\w)"
    r"|(?<!\w)ו?(?:אתה|את)\s+(?:ה|זה\s+ש|זו\s+ש)?(?:מחליט|מחליטה|בעלים|בעל|בעלת|קובע|קובעת)",
    re.IGNORECASE)
# "בעלת הדירה", "the owner": a title said back to "are you the owner or renting?"
OWNER_ANSWER = re.compile(
    r"^(?:[^\s,]+,\s*)?"  # ("יוסי, הבעלים": a name first)
    r"(?P<me>(?:כן|yes|yep|ken),?\s*|(?:כן,?\s*)?אני\s+|(?:yes,?\s*)?i'?m\s+|(?:yes,?\s*)?i am\s+)?"
    r"(?:(?:ה)?בעל(?:ת)?\s+ה(?:דירה|בית|נכס|עסק|מקום)(?!\w)|(?:ה)?בעלים(?!\w)"
    r"|(?:the )?(?:owner|owners|homeowner)\b)",
    re.IGNORECASE)
# "אין עוד מישהו שצריך לאשר?", "no one else involved?": a question asked in the negative
NEGATIVE_QUESTION = re.compile(
    r"^\s*(?:ו?אין|ו?לא|ו?אף אחד)(?!\w)|^\s*(?:and )?(?:no one|nobody|no-one|noone)\b", re.IGNORECASE)
# "What's your name, and are you the one deciding?": two asks in one question
TWO_ASKS = re.compile(r",? and (?:are|is|do|will|would|can) (?:you|u)\b|,?\s+ו(?:האם|את|אתה)\s",
                      re.IGNORECASE)
# "פ"ת כן אחי", "holon yes", "Dana, yes": a place or a name answering the first of two questions, then "yes"
PLACE_BEFORE_YES = re.compile(r"^(?:[^\s,.!?]+,?\s+){1,2}(?=(?:כן|ken|yes|yep|yeah)(?:\s|$|[,.!]))",
                              re.IGNORECASE)
# "[הודעה קולית, 0:05]", "[voice message]", "🎤": a label before a transcript's words
TRANSCRIPT_LABEL = re.compile(r"^\s*(?:\[[^\]]*\]|[^\[\]]{0,25}\])?\s*(?:[^\w\s\[\]\"'״]+\s*)?")
# The answer to "who decides?" names someone else: "היא.", "my wife", "hu"
OTHER_ANSWER = re.compile(
    r"^(?:(?:היא|הוא|הם|הן|אשתי|בעלי|אבא|אמא|השותף|השותפה|הבוס|המנהל|המנהלת|ההנהלה|ה?סמנכ[\"״]?ל\S*|ה?מנכ[\"״]?ל\S*"
    r"|הגזברות|הגזבר|הנהלת החשבונות|הכספים|הרכש|מנהלת|מנהל|ועד|הוועד|הועד)"
    r"(?:\s+(?:שלי|שלנו|כספים))?"
    r"|(?:she|he|they|my (?:ex-)?(?:wife|husband|partner|boss|manager|dad|mom|father|mother|sister|brother|"
    r"son|daughter|parents|uncle|aunt|landlord|boyfriend|girlfriend|fianc[eé]e?)(?:'s)?"
    r"|(?:his|her|their) (?:mother|father|mom|dad|wife|husband|parents?)"
    r"|both of us|the two of us|me and my \w+|head office|hq|headquarters|corporate"
    # "The two owners would.", "the board does"
    r"|the (?:two |both )?(?:owners?|partners|boss|manager|board|ceo|cfo|management|directors)"
    r"(?: would| will| do| does)?)"
    # ("Hi, it's Moshe again" greets: "hi" is "she" only alone)
    r"|(?:hu|hem|ishti|ba'?ali|aba sheli|ima sheli))\s*(?:[.!,]|$)|^hi\s*(?:[.!]|$)", re.IGNORECASE)
LAST_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
# The agent offers a time to come or start ("a technician can come today at 13:00", "יש תור
# מחר ב-9"), as against a time they only mention ("I'll remove you right away").
AGENT_OFFERS = re.compile(
    r"\b(?:can|could|available|slot|slots|opening|openings|free|works?|suit|suits)\b"
    r"|(?<!\w)(?:נוכל|יכול|יכולה|יכולים|אפשר|פנוי|פנויה|פנויים|תור|להגיע|לבוא|מתאים|נגיע|נבוא)(?!\w)"
    r"|\b(?:efshar|yachol|yechola|yecholim|panui|tor|lehagia|lavo|mat'?im)\b", re.IGNORECASE)
# One line of a filled-in web form: the field's question and the answer after it; also a
# question the customer asks and answers in one breath at the end of a sentence ("...up to
# 6,000. Who decides? Me 🙂", "שאלת מי מחליט - אני, זה עליי")
FORM_ANSWER = re.compile(r"(?:^|(?<=[.!]\s))([^\n?:.!]{3,80})(?:\?\s*:?|:|\s[-–]\s)\s*([^\n]{1,300})$",
                         re.MULTILINE)
FORM_QUESTION_END = re.compile(r"\s*\?\s*:")  # the end of a form's question: "...anyone else?: No"
FORM_MARK = re.compile(r"[?:]|\s[-–]\s")  # cheap test before FORM_ANSWER runs
# "Decision maker? Y/N: Y", "מקבל/ת החלטה? כן": the dropdown's own "Y/N" goes, a bare Y or N answers
FORM_CHOICES = re.compile(r"^\(?y\s*/\s*n\)?\s*[:\-]?\s*", re.IGNORECASE)
FORM_YES = re.compile(r"^(?:y|כן)(?![\w/])", re.IGNORECASE)
FORM_NO = re.compile(r"^(?:n|לא(?!\s+(?:רלוונטי|יודע|יודעת|משנה)))(?![\w/])", re.IGNORECASE)
# "Who approves quotes?: the accountant, Avital": a form's "who" question answered with someone
FORM_WHO = re.compile(r"^\s*(?:who|מי)(?!\w)", re.IGNORECASE)
OTHERS_QUESTION = re.compile(
    r"\banyone else|\bsomeone else|\bwho else|\bothers? involved|\bneed (?:to )?(?:check|consult|ask)|"
    r"\bapproval\b|\bany (?:partners?|board|co-?owners?|investors?)\b|\bweigh in\b"
    # "run the estimate past anyone?", "check with your wife first?", "anyone helping you with the decision?",
    # "need to go through a parent?", "your partner's OK?", "Who do you need on board?"
    r"|\b(?:past|by) (?:anyone|anybody)\b|\bcheck with your\b|\bhelping you (?:with|decide)\b"
    r"|\bgo through (?:a|an|your)\b"
    r"|\byour \w+'s (?:ok|okay|approval|sign-?off)\b|\bon board\b"
    r"|\bmi od\b|\bod mishehu\b|\bmishehu (?:nosaf|acher)\b"
    # ("זה בשבילך או בשביל מישהו אחר?" asks who the patient is, not who decides)
    r"|(?<!\w)ו?(?:מישהו נוסף|עוד מישהו|מישהו עוד|(?<!בשביל\s)מישהו אחר|מי עוד|מעורב|מעורבת|מעורבים"
    r"|מישהו צריך לאשר|אור ירוק)(?!\w)|(?<!\w)מישהו\s+(?:\S+\s+)?ש(?:צריך|צריכה|צריכים)(?!\w)",
    re.IGNORECASE)
ROLE_WORDS = re.compile(
    r"\b(owner|co-?founder|founder|ceo|cto|coo|cfo|president|managing director|director|"
    r"head of \w+|vp(?: of)? \w+|general manager|homeowner|landlord|manager|partner|wife|"
    r"husband|spouse|boss|board|committee|procurement|family|parents?|tenant|assistant)\b"
    r"|(?<!\w)[מלבו]?(?:ה?בעלים|בעל(?:ת)? ה(?:בית|דירה)|בעל העסק|מנכ\"ל|מנכ״ל|שותפ(?:ה|ים)?|אשתי|בעלי|"
    r"המנהל|ההנהלה|הבוס)(?!\w)",
    re.IGNORECASE,
)
