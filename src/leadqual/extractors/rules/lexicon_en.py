"""English phrase patterns for the rules extractor, one list per signal.

Patterns are regex alternatives matched case-insensitively within one clause of the
customer's text. They describe general shapes (a negation plus a price word, a person
plus an approval verb), not single cases. ``lexicon_he`` has the same names in Hebrew.
"""

from __future__ import annotations

_PERSON = (
    r"(?:wife|husband|spouse|partner|partners|boss|manager|supervisor|director|ceo|cfo|coo|cto|"
    r"owner|owners|landlord|board|committee|procurement|finance(?: team| department)?|"
    r"accounting|management|team|co-?founder|cofounders|parents?|dad|mom|mum|father|mother|"
    r"family|head office|hq|headquarters|legal|it department|purchasing|vp|president|"
    r"business partner|other half|roommates?|flatmates?|son|daughter|brother|sister|"
    r"principal|superiors?|higher[- ]ups?|investors?|clinic director|office manager|teacher|chairman|chair|social worker|"
    r"case worker|guardian|uncle|aunt|grandmother|grandfather|grandma|grandpa|in-laws|"
    r"landlady|vp|owner)"
)

# --- Budget -----------------------------------------------------------------------------
NOT_CONCERNED = [
    # "comfort matters more than price", "price matters less to me than quiet", "we're not price shopping", "the money is
    # there", "Money I have, just come", "Quality and durability come first"
    r"\b\w+ (?:matters?|counts?|is more important) more than (?:the )?(?:price|cost|money)\b|\bmore than price\b",
    r"\b(?:price|cost|money) (?:matters?|counts?) less\b", r"\bnot price[- ]shopping\b", r"\bthe money is there\b",
    r"^money i have\b", r"\bquality (?:and \w+ )?comes? first\b", r"^flexible\b",
    # "im not after the cheapest option, i want good quality ... thats the priority"
    r"\b(?:not|n'?t) (?:after|looking for|going for|interested in|chasing) (?:the )?cheapest\b",
    r"\bprice (?:is|'s) not what (?:worries|concerns|bothers) (?:me|us)\b",
    r"\b(?:price|cost|the cost|money) (?:isn'?t|'s not) (?:that |really )?important\b",
    r"\bprice\b[^.!?]{0,25}\b(?:it )?(?:doesn'?t|does not|don'?t) (?:really )?matter\b",
    r"\brather (?:spend|pay)\b[^.!?]{0,50}\bthan (?:go|going) (?:for the )?cheap\b",
    r"\bdon'?t (?:steer|push|point) me (?:toward|towards|to) (?:the )?(?:bargain|cheap|cheapest|budget) (?:option|one)\b",
    r"\bquality\b[^.!?]{0,40}\b(?:is|'s|thats|that'?s) the (?:priority|main thing)\b",
    r"\b(?:i'?ll|i will|we'?ll) pay whatever\b",
    r"\b(?:i'?d|i would) rather pay (?:more )?(?:for|than)\b", r"\bit isn'?t (?:about )?the money\b",
    r"\bwhat(?:ever)? it costs,? it costs\b", r"\bnot (?:going to|gonna) haggle\b", r"\b(?:i'?ll|i will|we'?ll) pay for (?:right|quality|the best)\b",
    r"\bnot shopping (?:for|on) (?:the )?(?:lowest |cheapest )?price\b", r"\bworth more to (?:me|us) than any saving\b",
    r"\b(?:money|price|cost|budget|pricing|the cost|the price)\s*(?:is|'s|isn't|is not|s)?\s*(?:really\s+|truly\s+)?"
    r"(?:not|n't|no|never)\s+(?:really\s+)?(?:an?\s+|the\s+|my\s+|our\s+|much\s+of\s+an?\s+)?"
    r"(?:issue|problem|concern|object|factor|priority|obstacle|constraint|big deal|thing|question)",
    r"\b(?:money|price|cost|budget)\s+isn'?t\s+(?:really\s+)?(?:an?\s+|the\s+)?"
    r"(?:issue|problem|concern|object|factor|priority|big deal)",
    r"\bmoney (?:is )?no object\b", r"\brather (?:have it|get it|it be) done (?:properly|right|well) than cheap(?:ly)?\b", r"\b(?:is|'s) of (?:little|no) concern\b",
    r"\b(?:don'?t|do not|doesn'?t|does not|never) (?:have|had) (?:a|any) (?:budget|money|price|cost) (?:problem|issue|constraint|concern)s?\b",
    r"\b(?:price|cost|money|budget) (?:doesn'?t|does not|don'?t) (?:really )?matter",
    r"\bdon'?t (?:really )?care (?:about|bout|abt|what) (?:the )?(?:price|cost|it costs|money)",
    r"\bwhatever it (?:costs|takes)\b",
    r"\bquality (?:first|over price|comes first|is (?:what matters|more important|the priority)|matters more)",
    r"\b(?:happy|willing|ready|fine) to pay (?:more|extra|a premium|for quality|whatever)",
    r"\b(?:i'?d|we'?d|i would|we would) rather (?:pay|spend) (?:more|for (?:quality|something (?:that lasts|good|better|solid)))\b",
    r"\b(?:price|cost) is (?:secondary|not the main|not important|not a concern)",
    r"\bno (?:budget|price) (?:limit|constraints?|issues?|cap)\b",
    r"\bbudget is (?:flexible|open|not fixed|unlimited)\b", r"^\s*budget\s*:\s*(?:no limit|unlimited|open|flexible)\b",
    r"\bnot (?:worried|concerned) about (?:the )?(?:price|cost|money|budget)",
    r"\bbest (?:quality|option|one)\b.{0,30}\bregardless of (?:the )?(?:price|cost)",
    r"\bregardless of (?:the )?(?:price|cost)\b",
    r"\b(?:price|cost|money)\s+(?:isn'?t|is not|'s not)\s+(?:the )?(?:main|most important|biggest|top|first)\s+(?:thing|concern|factor|priority)\b",
    r"\bmoney isn'?t tight\b|\bcan afford (?:the best|it|whatever)\b",
    r"\bcare (?:much )?more about (?:the |a |my )?[\w ]{1,30} than (?:the |about (?:the )?)?(?:price|cost|money)\b",
    r"\bmore important than (?:the )?(?:price|cost|money)\b",
]
PRICE_SENSITIVE = [
    # "the bed was cheap pine" describes the old one
    r"\bcheap(?<!was cheap)(?<!were cheap)(?<!than cheap)(?:est|er|ly)?\b", r"\bdiscounts?\b", r"\bpricey\b", r"\bexpensive\b(?! to (?:run|operate|maintain|heat|cool|repair))",  # the old unit's costs
    # "way too much coffee" is no price
    r"\b(?:too|way too|a bit|a little|kinda|rather) (?:steep|high|much(?! (?!for\b|to\b|money\b|of\b)[a-z]+))\b", r"\b(?:very|so|quite|really) (?:steep|high)\b",
    r"\b(?:tight|limited|small|low|modest|strict|shoestring) budget\b",
    r"\bbudget(?: is|'s|s) (?:tight|limited|small|low|very limited|modest|really tight|very tight)\b",
    r"\bon a (?:tight )?budget\b", r"\bbest (?:price|deal|rate|offer)\b",
    r"\blow(?:est|er) (?:price|cost|quote|rate)\b", r"\bcan'?t afford\b", r"\bafford(?:able)?\b",

    r"\bbargain\b", r"\bcoupon\b", r"\bpromo(?: code)?\b", r"\bprice match\b",
    r"\bmatch (?:the|their|that) (?:price|quote|offer)\b", r"\bbeat (?:that|their|the|this) (?:price|quote|offer)\b",
    r"\bcan you (?:beat|match|do better than) (?:it|that|this|them)\b",
    r"\b(?:money|cash|finances?|things) (?:is|are|'s|'re) (?:a bit |really |very )?tight\b",
    r"(?:\d|\bmonth|\bmax|\btops)[,.]? (?:it'?s|its) (?:a bit |really |very |pretty )?tight\b",  # "max 50 bucks a month, its tight" r"\b(?:any|some) (?:deals?|specials?|sales?)\b",
    r"\b(?:for|at) (?:a )?(?:good|reasonable|fair|low) price\b", r"\bbudget[- ]friendly\b",
    r"\bon the price\b.{0,20}\b(?:lower|better)\b", r"\bgive (?:me|us) a (?:better|good) price\b",
    r"\bwhat'?s the best you can do\b", r"\bprice (?:is|was) (?:the )?(?:main|most important|deciding) (?:thing|factor)",
    r"\bover ?priced\b", r"\b(?:seem(?:s|ed)?|sound(?:s|ed)?|look(?:s|ed)?|feels?|felt) (?:a bit |quite |rather |too |very |pretty )?"
    r"(?:high|steep|expensive|pricey|like a lot)\b",
    r"\bcan you do (?:it )?(?:better|cheaper|less)\b", r"\bas (?:low|cheap) as (?:possible|you can)\b",
    r"\b(?:way |far |well |a lot |much )?(?:beyond|above|over|more than) (?:what )?(?:i|we) (?:pictured|planned|expected|imagined|"
    r"budgeted|wanted|hoped|thought)\b", r"\bhoping for a (?:deal|discount|better price)\b", r"\bnot (?:looking|wanting|willing) to spend (?:much|a lot|too much)\b", r"\bif you can do (?:it )?(?:better|cheaper)\b",
    r"\bcrazy (?:money|prices?|expensive)\b", r"\b(?:which|that)(?:'s| is) (?:honestly |just |simply )?(?:insane|ridiculous|absurd|outrageous)\b", r"\bmost (?:economical|affordable)\b",
    r"\blowest (?:number|price|quote|bid|offer|figure)\b", r"\bwhoever'?s (?:the )?(?:lowest|cheapest)\b",
    r"\b(?:money|budget|cash|finances?|things)(?:'s| is| are) (?:really |very |a bit |pretty |super |quite )?tight\b", r"\b(?:a )?better (?:price|deal|offer|rate)\b", r"\brip[- ]?off\b", r"\bcost[- ]conscious\b",
    r"\b(?:price|charge|quote|that|which|it) (?:was|is) (?:a joke|ridiculous|insane|crazy|absurd|robbery)\b",
    r"\bmore than (?:we|i)(?: were| was|'d|'re| are| had)? (?:hoping|expecting|planning|wanting|budgeted|planned)\b",
    r"\b(?:that'?s|thats|it'?s|its) (?:a lot|quite a lot|too much)(?: of money| money)?\b(?! of\b)",
]
BUDGET_STATEMENT = [
    r"\b(?:our|my|the) budget (?:is|was|would be|will be|for (?:this|it|that)|of|around|about|:)",
    r"\bwe (?:have|'ve got|got) (?:a|some|the) budget\b", r"\bbudget (?:is )?(?:approved|set|allocated|signed off)\b",
    r"\bthat'?s (?:our|my|the) (?:max|maximum|limit|ceiling|top)\b", r"\b(?:our|my) (?:max|maximum|limit|ceiling)\b",
    r"\bcan(?:'?t| not|not)? (?:really )?(?:spend|pay|go|invest|do|afford) (?:more than|over|up to|around|about)\b",
    r"\b(?:can|could) go (?:up )?to\s*(?:[₪$€£]|\d|about|around|maybe|like)", r"\bstretch (?:it )?to\b", r"\bup to\b",
    r"\b(?:i|we) (?:have|'ve got|got) (?:about |around |roughly )?[₪$€£]?\d[\d,.]*k? (?:saved|set aside|put aside)\b",
    r"\b(?:put|set|saved|squirreled|tucked)\s+(?:about |around |roughly )?(?:[₪$€£]?\s?\d[\d,.]*k?\s?(?:nis|ils|shekels?|dollars?)?\s+)?aside\b",
    r"\bwilling to (?:spend|pay|invest)\b", r"\b(?:thinking of|planning to|planning on) (?:spend|spending|invest|investing)\b", r"\blooking to (?:spend|invest)\b",
    r"\b(?:i'?ll|i will|i can|we'?ll|we will|we can|i'?d|we'?d|happy to|ready to|could) (?:pay|spend|afford|invest)\b",
    # "I can do 5k", but not "we will do it next week"
    r"\b(?:i'?ll|i will|i can|we'?ll|we will|we can|i'?d|we'?d|happy to|ready to|could) do (?:[₪$€£]|\d|about|around|up to|max|like)",
    r"\bput aside\b", r"\b(?:i|we)(?:'ve| have)? got (?:about |around |roughly |maybe )?[₪$€£]?\d[\d,.]*\s*k?\s*(?:₪|nis|ils|shekels?|dollars)? (?:for|to spend)\b",
    r"\bcould you do (?:it|this|that) for\b", r"\b(?:we'?re|we are|i'?m|i am) working with (?:a budget of |about |around |roughly )?[₪$€£]?\d",
    r"\bis what (?:i|we) (?:had|have) in mind\b",
    r"\b(?:i|we) (?:have|'ve got|got) (?:like |about |around |roughly |maybe )?[₪$€£]?\d[\d,.]*\s*k? (?:for|to spend)\b", r"\bmax(?:imum)? [₪$€£]?\d", r"\bevery (?:shekel|dollar|cent|penny) of it\b", r"\b(?:i|we) can manage\b", r"\bnot (?:paying|spending) (?:more than|over|above)\b", r"\b(?:don'?t|do not|won'?t|will not) (?:want to )?(?:pay|spend|go) (?:more than|over|above)\b",
    r"\bkeep (?:it|this|the (?:cost|price|total|budget|bill)) (?:under|below|within|to)\b",
    r"\bset aside\b", r"\bbudgeted\b", r"\ballocated\b",
    r"\bthinking (?:around|about|of|roughly|maybe) [₪$€£]?\d",  # "Thinking around 9,000 for both."
    r"\b[₪$€£]?\d[\d,.]*k? (?:tops|max|maximum|at most)\b",  # "cheapest possible please, 800 tops"
    # "I can put about 4,000 from my release grant toward it"
    r"\bput (?:about |around |roughly )?[₪$€£]?\d[\w,. ]{0,40}? (?:toward|towards|into) (?:it|this|that)\b",
    # "I saved 30 thousand shekel for this"
    r"\b(?:i|we)(?:'ve| have)? saved (?:up )?(?:about |around |roughly |nearly |almost )?[₪$€£]?\d[\w,. ]{0,25}? for (?:this|it|that)\b",
]
# Prices someone else named: not the customer's budget unless accepted.
OTHERS_PRICE = [
    r"\bquoted\b", r"\bquote from\b", r"\bgave (?:me|us) a (?:quote|price|offer)\b",
    r"\boffered (?:me|us|it)\b", r"\bcharg(?:e|ed|es|ing)\b", r"\bcompetitors?\b",
    r"\b(?:another|a different) (?:company|guy|provider|clinic|shop|store|vendor|dentist|technician|place)\b",
    r"\bother (?:company|companies|guy|provider|clinic|vendors?|dentist|shops?|places?|offers?)\b",
    r"\belsewhere\b", r"\b(?:they|he|she) (?:asked for|asks for|asking for|quoted|charged)\b",
    r"\basking price\b", r"\binvoices? (?:under|of|for|below)\b", r"\blast (?:year|time|summer|winter)\b", r"\b(?:years?|months?) ago\b", r"\byour (?:site|website|price list|ad|page|listing) (?:says|said|shows|lists)\b",
    r"\b(?:listed|advertised|priced) at\b", r"(?<!i'm )(?<!i am )(?<!we're )(?<!we are )\bpaid\b(?! in\b)", r"\b(?:we|i) (?:currently )?pay\b",
    r"\bused to pay\b", r"\bretails? (?:for|at)\b", r"\b(?:their|his|her) (?:price|quote|offer)\b",
]
_WONT_PAY_FOR = (r"\b(?:i|we) (?:don'?t|do not|never|won'?t) pay for (?:\w+ ){0,2}"
                 r"(?:tools|products|software|services|anything|stuff|things|it)\b")
# "I'll only come if all of it is free"
_ONLY_IF_FREE = r"\bonly (?:\w+ ){0,4}if (?:\w+ ){0,4}(?:is|are|it'?s|they'?re) (?:completely |totally |100% |entirely )?free\b"
# An amount of zero: the customer will not pay at all (also price sensitive).
ZERO_BUDGET = [
    r"\bzero budget\b", r"\bno budget at all\b", r"\b(?:has|have|needs?) to be (?:completely |totally |100% )?free\b",
    r"\bcan'?t (?:pay|afford) anything\b", r"\bpay nothing\b", r"\bwithout paying\b", r"\bnot (?:paying|going to pay) anything\b",
    r"\bfree or nothing\b", r"\bno budget (?:\w+ ){0,2}at all\b", r"\b(?:have|got) (?:literally |absolutely )?nothing (?:for|to spend on) (?:software|this|it|that)\b",
    r"\bif (?:it )?(?:isn'?t|is not) (?:completely |totally |100% )?free\b", _WONT_PAY_FOR, _ONLY_IF_FREE, r"\bno payment\b",
    r"\b(?:not|never) (?:paying|going to pay|gonna pay) (?:a (?:single )?(?:shekel|cent|penny|dime|dollar|thing))\b",
    r"\b(?:fix|do|install|repair|replace) (?:it|this|them|that) (?:for free|free of charge|at no (?:cost|charge))\b",
    r"\bonly (?:\w+ ){0,3}if it costs (?:me |us )?nothing\b",  # "I will only come if it costs nothing at all"
]
ACCEPTS_PRICE = [
    r"^(?:yes|yeah|yep|yup|sure|ok(?:ay)?|fine|great|perfect|deal|sounds (?:good|fair|great|ok)|"
    r"that works|works for (?:me|us)|that'?s fine|that'?s ok(?:ay)?|that'?s within|we can do that|"
    r"i can do that|go ahead|let'?s do it|let'?s go|agreed|absolutely|take it|book it|i'?ll take it)\b(?!,?\s*(?:thanks|thank you|"
    r"i'?ll think|let me think|bye|noted|i'?ll compare|i'?ll check|i'?ll get back|let me check|let me compare))",
    r"\b(?:we|i) can (?:do|go with|afford|live with|manage) that\b",
    r"\bthat'?s (?:fine|ok|within|in) (?:our|my) budget\b",
    r"\bworks for (?:us|me)\b", r"\bwithin (?:our|my) budget\b",
    r"\b(?:happy|fine|ok|willing|glad) to (?:keep )?(?:spend|pay)(?:ing)? (?:about |around |roughly )?(?:that|the same)\b", r"\bfine (?:by|with) (?:me|us)\b", r"\bthat(?:'s| is) (?:the|our|my) budget\b",
    r"\b(?:in line with|about|roughly|close to) what (?:i|we)(?:'d| had| have)? (?:planned|budgeted|expected|wanted) to (?:spend|pay)\b",
    r"\b(?:pay|spend|budget) the same\b",
    r"\b(?:fine|happy|ok|okay|willing) (?:with )?(?:spending|paying|to spend|to pay) (?:around |about |roughly )?what "
    r"(?:they|he|she|the other \w+) (?:quoted|asked|charged|wanted)\b", r"\bsame (?:amount|budget|price) (?:for|with) you\b",
]
BUDGET_QUESTION = (r"\bbudget\b|\bhow much (?:are|were|would|can|could|do) you\b|\bprice range\b|\bspend\b|\bafford\b"
                   r"|\b(?:figure|amount|sum|number) in mind\b")

# --- Authority ----------------------------------------------------------------------------
_TITLE = (
    r"(?:sole |business |home ?|shop |store |restaurant |clinic |company |the |a |an )*(?:owner|"
    r"co-?founder|founder|ceo|president|managing director|proprietor|landlord|homeowner|"
    r"head of \w+|vp of \w+|vp \w+|director of \w+|cto|coo|cfo|general manager|gm|"
    r"decision[- ]maker|one (?:who|that) decides|one making (?:the )?decisions?|person in charge|"
    r"one in charge|boss here|principal|chief \w+ officer)"
)
# A title that decides, as a signature or sign-off gives it: "Dana Levi | CEO | Levi Bakeries",
# "Founder & CEO, Levi Bakeries", "Dana, owner, Cafe Nina". The name before it has no pronoun
# or preposition ("I asked Dana, owner of ..." names someone else).
_SIGNED_TITLE = (
    r"(?:(?:co-?)?owner|(?:co-?)?founder|ceo|cto|coo|cfo|president|managing (?:director|partner)|"
    r"proprietor|general manager|head of \w+|vp(?: of)? \w+|director of \w+|chief \w+ officer)"
)
_NAME_WORD = r"(?!(?:i|we|you|he|she|they|my|our|your|his|her|their|the|a|an|to|with|for|from|and|asked?)\b)[\w.'-]+"
DM_SELF = [
    rf"^(?:{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}\s*[,|/–—]\s*|(?:job )?(?:title|role|position)\s*:\s*)?{_SIGNED_TITLE}"
    rf"(?:\s*(?:&|and|/)\s*[\w -]{{1,30}}?)?\s*(?:[,|/–—]|$|\b(?:of|at)\b"
    r"(?![^,|]*\b(?:asked|wants|wanted|told|needs|said|decides|approves|will)\b))",
    rf"\bi(?:'m| am|m)\s+(?:the\s+|a\s+|an\s+)?{_TITLE}\b",
    # "I don't ask anybody's permission", "does not need anyone else's approval", "the choices about my
    # teeth I make myself"
    r"\b(?:don'?t|do not|doesn'?t|does not|never) (?:ask|need|require) (?:for )?(?:anybody|anyone|any one)(?: else)?'?s? "
    r"(?:permission|approval|sign-?off|ok|okay)\b",
    r"\b(?:decisions?|choices?|calls?)\b[^.;]{0,40}\bi make (?:myself|alone|on my own|them myself|by myself)\b",
    r"\bdecisions?\b[^.;]{0,40}\b(?:are|is) (?:my own|mine)\b",  # "the decisions about my treatment are my own"
    # "the final decision on this purchase rests with me alone"
    r"\b(?:decision|call|say|word)\b[^.;]{0,40}?\b(?:rests|lies|sits|is|stays) with me\b",
    # "the buck stops with me", "what I say goes", "I handle all of this for the family"
    r"\bthe buck stops (?:with|at) me\b", r"\bwhat i say goes\b",
    r"\bi (?:handle|take care of|deal with|manage) (?:all (?:of )?)?(?:this|these things|that|it all|everything) for the family\b",
    # "I'd be the one signing off, yes", "I'll be the one deciding"
    r"\bi(?:'d| would|'ll| will) be the (?:one|person) (?:signing(?: off)?|deciding|who (?:decides|signs|approves))\b",
    # "im the chef and the owner", "anything under 5k a yr i can sign myself", "the flats mine"
    r"\bi(?:'m| am|m) (?:the |a )?[\w-]+ and (?:the |a )?(?:owner|co-?owner|founder|ceo)\b",
    r"\bi can (?:sign|approve) (?:it |that |this |off )?(?:myself|on my own|alone)\b",
    r"\bmake (?:every|all|each) (?:[\w-]+ )?decisions? (?:here )?(?:myself|on my own|alone)\b",
    # "Me. My name's on the LLC.", "I'm the only one who needs to say yes"
    r"\bmy name(?:'s| is) on the (?:llc|lease|deed|business|company|mortgage|title|license|licence)\b",
    r"\bi'?m the only one who (?:needs to|has to|gets to|can) (?:say yes|decide|approve|sign)\b",
    r"\b(?:flat|apartment|apt|house|place|home)s mine\b", r"\bno landlord to (?:ask|check with)\b",
    # "the diner's mine", "been mine for 12 yrs", "every decision here has been mine"
    r"\b(?:is|are|been|was) (?:all |100% |entirely |completely |fully )?mine\b", r"'s (?:all |100% |entirely |completely )?mine\b",
    r"\b(?:fixing|paying for|replacing|the bill|the cost|it) (?:it |this |that )?(?:is|'s) (?:all )?on me\b",
    r"\b(?:registered|listed) (?:to|in|under) (?:me|my name)\b", r"'s (?:\w+ )?in my name\b",
    # "I pay for my own stuff", "I'm paying for it myself", "just me choosing"
    r"\bi pay (?:for )?(?:my own|it myself|this myself|all of it myself)\b", r"\bi(?:'m| am) paying (?:for (?:it|this) )?(?:myself|out of my own pocket)\b",
    r"\b(?:just|only) me (?:choosing|deciding|picking)\b",
    r"\bi'?m the one who (?:makes|takes) (?:the|these|those|all the|all) (?:decisions|calls)\b", r"\bi handle (?:this|it|that|these things|everything) myself\b",
    r"\bi (?:approve|sign off on) (?:whatever|everything|it all|all of it)\b",
    r"\bi (?:bought|took over|inherited) (?:a|an) (?:[\w-]+ ){0,2}?(?:business|company|shop|store|hotel|restaurant|practice|clinic|"
    r"diner|salon|bakery|cafe|coffee shop|garage|gym|studio|bar|pub|warehouse)\b(?= (?:from|off|in|last|two|three|\d|as|years?|when|after)\b)",
    r"\bi (?:bought|took over|inherited) (?:it|the (?:\w+ )?(?:business|place|company|shop|store|hotel|restaurant|practice|"
    r"clinic|diner|salon|bakery|cafe|garage|gym|studio|lodge|hostel|unit|apartment|flat|house|villa|building))\b"
    r"(?= (?:from|off|in|last|this|two|three|\d|as|years?|when|after)\b)",
    r"\bnobody above me\b", r"\bdon'?t need (?:anybody|anyone)'?s (?:sign-?off|approval|ok|okay|permission)\b",
    rf"^{_SIGNED_TITLE} here\b", r"\bi don'?t (?:need|have) to (?:ask|check with|consult) (?:anyone|anybody)\b",
    r"\b(?:i|we) closed on (?:a|an|the|my|our) (?:[\w-]+ ){0,3}?(?:apartment|flat|house|home|place|property|condo|villa|penthouse)\b", r"\b(?:it'?s|that'?s|is) (?:all |entirely )?up to me\b",
    r"\b(?:nobody|no one|no-one) else (?:is )?(?:in (?:this|the picture)|has a say|involved|to (?:ask|check with))\b",
    r"\b(?:nobody|no one|no-one) to check with\b", r"\bi don'?t (?:need|have) to ask anyone\b",
    r"\bbudget (?:that )?sits with me\b", r"\bi (?:opened|founded|started|built) (?:this|the|my|our) (?:\w+ )?(?:restaurant|cafe|café|shop|"
    r"store|business|company|place|bar|studio|clinic|practice|guesthouse|hotel|gym|salon|bakery|office)\b",
    r"\bi (?:still )?sign (?:every|all the|all our|the) (?:cheques?|checks?|invoices|contracts)\b",
    r"\b(?:i )?run (?:it|the place|this place|the business) (?:alone|myself|by myself|on my own|solo)\b",
    r"\bi built (?:it|the place) (?:myself|with my own hands)\b", r"\bcompany card'?s? (?:is )?in my (?:wallet|pocket)\b", r"\bnot asking (?:anyone|anybody|nobody)\b", r"\b(?:doesn'?t|don'?t) get a (?:vote|say)\b",
    r"\bi'?ve made up my mind\b", r"\bthe only (?:person|one) who (?:needs convincing|decides|has to agree)\b[^.]{0,15}\bis me\b",
    r"^who (?:makes|will make|is making) the decisions?\s*:\s*(?:me|myself|i do|i am|i will)\b", r"\bi sign for (?:everything|all|whatever|anything)\b", r"\bi(?:'m| am) (?:the )?(?:sole|managing|senior|only) partner\b",
    r"\bi(?:'ve| have)? owned (?:the|this|my|it|our)\b", r"\b(?:built|paid off|paid for) (?:it|the (?:house|place|apartment|flat)) (?:myself|off)\b",
    r"\bmy name (?:is )?on (?:it|the (?:deed|lease|title|contract|mortgage))\b", r"\bdeed (?:has|is in|with) (?:only )?my name\b",
    r"\b(?:nobody|no one|no-one) (?:i|we) (?:have|need) to (?:ask|check with|consult)\b",
    # a web form's own field: "I am the: Homeowner", "Relationship to the property: Owner-occupier"
    r"(?:^|\|\s*)(?:i am the|i'?m the|your )?(?:relationship to the property|ownership|i am|role|title|job title|position|owner/tenant|"
    r"(?:purchase |purchasing |buying )?authority|decision role)?\s*:\s*(?:[\w ]{1,20} (?:&|and) )?"
    r"(?:the )?(?:home ?owner|owner(?:-occupier)?|landlord|proprietor|founder|ceo|property owner|(?:final |sole )?decision[- ]maker)\b",
    r"\bi(?:'m| am)? (?:handle|run|manage|oversee|responsible for|in charge of) (?:all )?(?:the |our )?"
    r"(?:purchasing|procurement|buying)\b",
    rf"\bas (?:the )?{_TITLE}\b",
    # "I run and own a private daycare"
    r"\bi own (?!up\b)", r"\bi (?:run|manage|founded|started|built) and own\b",
    r"\bwe own (?:the|this|our|it|a|an|\d+|two|three|several)\b",
    r"\b(?:i|we) (?:just |recently )?bought (?:a|an|the|my|our|this)\b.{0,25}\b(?:apartment|apt|flat|house|home|place|property|building|condo|villa|penthouse|office)\b",
    r"\b(?:the )?(?:apartment|flat|house|home|place|property) (?:is mine|i (?:just |recently )?bought)\b",
    r"\bi(?:'m| am) (?:the )?(?:only )?(?:one|person) who (?:decides|signs|approves|makes the call)",
    r"\b(?:it'?s|it is|this is) my (?:own )?(?:business|company|house|home|place|shop|store|"
    r"restaurant|clinic|practice|apartment|flat|property|building|firm|startup|office|call|decision|hotel|cafe|"
    r"gym|salon|studio|factory|farm|bakery|bar|shop|warehouse|place|hostel|school|kindergarten)\b",
    r"\bi (?:run|founded|started|built) (?:the|this|my|our|a) (?:business|company|shop|store|"
    r"restaurant|clinic|practice|firm|startup|agency|chain|cafe|bakery|gym|salon|office)",
    r"\bi (?:make|take) (?:all )?(?:the |my own |these |those |such )?(?:final )?(?:decisions?|calls?)\b", r"\bi decide\b",
    r"\b(?:the )?(?:decision|call) is (?:mine|all mine|my own)\b",
    # "the decision on this treatment is entirely my own"
    r"\bdecision (?:on|about|regarding|for) (?:[\w-]+ ){1,3}is (?:entirely |all |solely |completely )?(?:mine|my own)\b", r"\bmy (?:call|decision)\b",
    r"\bi (?:have|hold) (?:the )?(?:final say|authority|sign-?off|budget authority|purchasing authority)\b",
    r"\bi (?:sign|approve) (?:off )?(?:on )?(?:all|the|these|purchases|invoices|contracts)",
    r"\bi(?:'m| am) (?:the one )?(?:authori[sz]ed|in charge)\b",
    r"\bno (?:one|body) else (?:needs to|has to|to) (?:approve|sign|decide|see it|ok it|okay it)",
    r"\bi(?:'m| am) (?:buying|paying) (?:it )?(?:myself|for it myself)\b",
    r"\bi(?:'m| am) (?:his|her|their) (?:mom|mother|dad|father|parent)\b.{0,20}\bi decide\b",
    r"\bi(?:'m| am) the (?:only )?one deciding\b", r"\bi(?:'m| am) the one (?:buying|paying|signing)\b",
    r"\bi(?:'m| am) (?:the one )?choosing\b", r"\bi sign (?:myself|for myself|(?:it|them) myself|off myself)\b",
    r"\b(?:all|both|they'?re|they are|are) (?:all )?mine\b", r"\b(?:nobody|no one)'?s approval (?:is )?needed\b", r"\bi can approve\b", r"\bwithout going upstairs\b",
    r"\brunning my own (?:\w+ )?(?:outfit|business|company|shop|place|firm|practice|clinic|restaurant)\b",
    r"\b(?:owner|founder|co-?founder|proprietor) here\b", r"\bwhatever i say goes\b", r"\bi(?:'m| am) the boss\b",
    r"\bi approve (?:it |this |that )?myself\b", r"\bmy own boss\b", r"\ball on me\b",
    r"\bi(?:'m| am) the one (?:holding|with|who holds|who has) the (?:\w+ )?budget\b", r"\bso it'?s me\b",
    r"\bme signing the (?:checks|cheques)\b", r"\bi started the (?:place|business|company|shop)\b",
    r"\b(?:and|&) (?:sole )?owner (?:of|at)\b", r"\bi answer to (?:nobody|no one|no-one)\b",
    r"\bmaking my own decisions\b", r"\bi(?:'m| am)\b[^.,]{0,25}\bthe one (?:paying|deciding|buying|signing)\b",
    r"\bi (?:run|own|founded|started|manage my own) (?:a|an|the|my|our) (?:small |little |family )?(?:[\w-]+ ){0,2}?"
    r"(?:studio|firm|business|company|shop|store|practice|clinic|restaurant|cafe|bakery|gym|salon|agency|office|"
    r"chain|startup|hotel|hostel|kindergarten|gan|school|bar|pub|warehouse|factory)\b",
    r"\bi handle (?:all )?(?:the )?(?:\w+ )?(?:stuff|things|decisions|money|paperwork) myself\b",
    r"\b(?:within|in) my (?:\w+ )?(?:authority|remit|sign-?off (?:limit|authority))\b", r"\bno need for anyone else\b",
    r"\bi(?:'ll| will) be the one (?:deciding|who decides|making the (?:call|decision)|signing)\b",
    r"\b(?:the|this|that) (?:[\w-]+ ){0,2}(?:is|'s) (?:all )?mine\b", r"\bnobody (?:else )?to (?:check|consult|ask)(?: with)?\b",
    r"\bmy own (?:card|money|savings|wallet|pocket)\b",
    r"\bno one else to (?:check|consult|ask)\b", r"\bit'?s all on me\b", r"\bmy \w+,? my (?:money|call|rules|decision)\b",
    r"\b(?:it'?s|is|are) (?:\w+ )?in my name\b", r"\b(?:that|which) (?:i|we) own\b",
    r"\b(?<!he )(?<!she )(?<!they )(?:just |recently )?bought (?:a|an|the|my|our|this) (?:[\w-]+ ){0,3}?"
    r"(?:apartment|flat|house|home|place|property|building|condo|villa|penthouse|office|cottage)\b", r"\bi head (?:the |our )?(?:purchasing|procurement|buying|operations)\b", r"\bi(?:'m| am) the only one (?:who decides|making|deciding)\b", r"\bi sign off on\b", r"\bi approve (?:all |the )?(?:\w+ )?purchases\b",
    r"\((?:owner|founder|ceo|co-?founder)\)", r"^(?:yo,? )?own (?:a|an|the|two|\d+)\b", r"^(?:owner|founder|co-?founder|ceo|proprietor) here\b",
    r"\bi(?:'m| am) (?:the |a |an )?\w+ owner\b", r"\b(?:it'?s )?(?:just|only) me (?:deciding|who decides|making the (?:call|decision))\b",
    r"\b(?:entirely |completely |all )?my (?:own )?(?:call|decision)\b", r"\b(?:decision|call)(?: is|'s) (?:entirely |all )?mine\b", r"\bi decide (?:alone|myself|on my own|for myself)\b",
    r"\bani (?:ha ?)?(?:bealim|ba'?al(?:at)? ha ?(?:bayit|dira|esek))\b", r"\bani (?:mechalet|mechaletet|mechlit|machlit|mahlit)\b",
    # "I call the shots", "I hold the purse strings", "the only one with a say", "nobody else gets a vote", "no one to
    # approve it except me", "the yes or no comes from me", "I've got the money and the say", "I run the show"
    r"\bi (?:call|make) the shots\b", r"\b(?:holding|hold) the purse[- ]strings\b",
    r"\b(?:the )?only one (?:with a say|who gets a (?:vote|say))\b", r"\bnobody else(?:'s| gets a vote| is deciding)\b",
    r"\b(?:no one|nobody) (?:to|who can|who needs to) approve (?:it|this|anything) (?:except|but) me\b",
    r"\bthe yes or (?:the )?no (?:comes|is) (?:from|with) me\b", r"\bi(?:'ve| have) got the (?:money|cash) and the say\b",
    r"\bi run the show\b", r"\bsole (?:shareholder|director|proprietor)\b", r"\b(?:it'?s|is) (?:all )?down to me\b",
    r"\bi(?:'m| am) (?:authori[sz]ing|approving) (?:it|this|the)\b", r"\bthe decision is my responsibility\b",
    r"\b(?:make|making) my own (?:choices|decisions|calls)\b", r"\bi (?:choose|pick) my own\b",
    r"\bi can decide (?:by myself|on my own|myself|alone)\b", r"\bmy (?:choice|decision) entirely\b",
    r"\bcapable of (?:choosing|deciding)\b", r"\bi(?:'m| am) the one (?:agreeing|who chooses|who picks)\b",
    r"\bwithout (?:further|any(?: other)?|anyone'?s) (?:sign-?off|approval)\b", r"\bmy business alone\b",
    r"\b(?:don'?t|do not) have to wait (?:on|for) (?:anyone|anybody)\b", r"\bi handle the \w+ and the decisions\b",
    r"\blands on my desk\b", r"\bmy mind'?s made up\b", r"\bfull authority\b", r"\bowner-operator\b",
    r"\bno need to wait (?:for|on) (?:anyone|anybody)\b", r"\bwhatever i (?:pick|choose|say) goes\b",
    r"\bi(?:'m| am) (?:sorting|handling|doing|arranging) (?:this|it) (?:all )?(?:out )?(?:myself|on my own)\b",
]
# The writer and a word of deciding in one clause, in whatever order ("I pay, I pick", "the
# final say is mine", "I'll be the one to say yes or no", "I have sole purchasing authority"),
# with nobody else between them: read only when nothing firmer was said, and not in a negated
# or questioning clause.
_NOBODY_ELSE_BETWEEN = (r"(?:(?!\b(?:he|she|they|him|her|them|his|their|we|us|our|you|your|who|whoever|wife|husband|"
                        r"partner|boss|manager|board|owner|landlord|parents?|mom|dad|family|committee)\b)[^.;?!])")
DM_SELF_LOOSE = [
    rf"\b(?:i|i'm|im|i'll|i've|i'd|me|myself|mine)\b{_NOBODY_ELSE_BETWEEN}{{0,40}}?\b(?:decid(?:e|es|ing)|decisions?|"
    r"decision-?maker|final (?:say|word|call|decision)|(?:sole |full )?(?:purchasing |buying |budget |signing )?authority|"
    r"approv(?:e|ing)|sign(?:s|ing)? (?:off|for it)|sign-?off|say yes or no|make the call|making the call)\b",
    rf"\b(?:decision|final say|final word|the say)s?\b{_NOBODY_ELSE_BETWEEN}{{0,30}}?\b(?:mine|me|myself|my own)\b",
    r"\bi (?:pay|paid),? i (?:pick|choose|decide)\b", r"\bmy money,? my (?:choice|call|rules|decision)\b",
]
# "I'm the COO and I sign off" names the customer's own title, not someone else.
_NOT_SELF = r"(?<!i'm )(?<!i am )(?<!im )(?<!as )(?<!i'm the )"
_POSS = r"(?:my|our|the|his|her|their)"
DM_OTHER = [
    # "she has to see the pics and say yes first", "gotta run it by my gf first, she gets a veto"
    r"\b(?:she|he|they|my (?:wife|husband|partner|girlfriend|boyfriend|gf|bf|fianc[eé]e?|mom|dad|mother|father|boss)) "
    r"(?:has|have|needs?) to (?:[\w']+ ){0,5}?(?:say yes|approve|agree|sign off|ok it|okay it)\b",
    # "I'm putting together quotes for the managing partner, who approves all spending"
    r"\b(?:the|my|our) [\w-]+(?: [\w-]+)?, who (?:approves|decides|signs off|has the final)\b",
    r"\brun(?:ning)? (?:it|this|that) (?:past|by) (?:my|our|the) [\w-]+", r"\b(?:gets|has|have|get) (?:a |the )?veto\b",
    # "so she'd have the final word anyway"
    r"\b(?:she|he|they)(?:'d| would| will|'ll)? (?:have|has) the final (?:word|say|call)\b",
    # "The final decision is Dale's", "I'll be bringing him two or three options", "the two
    # managing partners approve any purchase of this size"
    r"\bthe final (?:decision|call|say) is (?!mine\b|my\b)[a-z]+'s\b",
    r"\bbringing (?:him|her|them) (?:two|three|a few|some|\d+)(?: or (?:two|three|four|\d+))? options\b",
    r"\b(?:the |our |two |both )(?:managing )?partners (?:approve|sign off on|decide|have to approve)\b",
    # "I pick it, but Dr. Adeyemi has to okay anything we pay for"
    r"\b(?:has|have|needs?) to (?:okay|ok|o\.k\.) (?:it|this|that|anything|everything|the)\b",
    # "Final approval of the order sits with our general manager"; "my dad צריך לאשר"
    r"\bfinal (?:approval|say|decision|sign-?off)\b[^.;]{0,30}?\b(?:sits|lies|rests|is|stays) with\b(?! (?:me|us|myself)\b)",
    # "Meir will decide, I'm only passing on the details", "the managing partner, Mr. Ben-Ami, will approve"
    r"(?<=[a-z.'-])(?=,?\s+will |'ll )(?<!\bi)(?<!\bwe)(?<!\byou)(?<!\bit)(?<!\bthat)(?<!\bthis)(?<!\bwhich)"
    r"(?<!\bwhat)(?<!\bwho)(?<!\bnobody)(?<!\bno one)(?<!\beveryone)"
    r"(?:,?\s+will|'ll) (?:decide|approve|sign off|make the (?:final )?(?:call|decision))\b",
    # "company spending is her call in the end", "Whether to go ahead is entirely up to him", "It's
    # entirely the donor's decision", "He makes his own decisions; I only help him with email"
    r"\b(?:is|'s) (?:his|her|their) (?:call|decision)\b", r"\b(?:entirely |completely |really )?up to (?:him|her|them)\b",
    r"\b(?:entirely |completely )?the [a-z]+'s (?:decision|call)\b",
    r"\b(?:he|she|they) makes? (?:his|her|their) own decisions?\b", r"\b(?:his|her|their) decision\b(?!\s+(?:to|is mine))",
    r"\bwill make the final choice\b",
    r"\b(?:the |our |my )?(?:board|committee|council|members|trustees) (?:votes?|decides?) on\b",
    # "for our operations director, Karen, who will make the final decision", "she's the one who makes the
    # decision", "I'd have to get my husband's okay", "Who makes the call?" "the purchasing committee."
    rf"\b{_POSS}\s+(?:[a-z]+\s+){{0,2}}?{_PERSON},\s*[a-z]+,\s*who(?:'ll| will| would)? (?:make|decide|sign|approve|have)",
    r"\b(?:he|she|they)(?:'s| is| are) the one who (?:makes?|will make) the (?:final )?(?:decision|call)\b",
    rf"\b(?:get|need|have to get|'d have to get|would have to get) (?:my|our) {_PERSON}'s (?:ok|okay|approval|sign-?off|"
    r"go-?ahead|blessing|permission)\b",
    r"^\s*(?:the|our|my) (?:\w+ )?(?:committee|board|management|owners?|boss|manager|director|council|landlord)\s*[.!]?\s*$",
    # "Any decision would be the owner's, not mine", "Any new system needs board approval"
    r"\b(?:decision|call)s? (?:is|would be|will be) (?:the |our )?(?!mine\b)[a-z]+'s\b",
    r"\bneeds? (?:the )?(?:board|committee|management|owner'?s?|manager'?s?|director'?s?|landlord'?s?) "
    r"(?:approval|sign-?off|ok|okay)\b",
    # "My son takes care of these decisions for me"
    r"\b(?:takes care of|handles|makes) (?:these|those|such|all the|the|all) (?:\w+ )?decisions for (?:me|us)\b",
    # "the decision belongs entirely to his parents"
    rf"\b(?:decision|call|choice)s? (?:belongs?|rests?|lies|is left) (?:entirely |completely |solely )?(?:to|with) "
    rf"(?:his|her|their|my|our|the)\s+(?:\w+\s+)?{_PERSON}\b",
    r"\bmy (?:dad|mom|father|mother|wife|husband|partner|boss|manager)\s+(?:צריך|צריכה|יצטרך|תצטרך)\s+(?:לאשר|להסכים|לתת אישור)",
    # "nothing gets booked until she has approved the quote"
    r"\buntil (?:she|he|they|my \w+) (?:has |have )?(?:approved|signed off|agreed|said yes)\b",
    r"\b(?:our|my|the) (?:ceo|boss|owner|manager|director|cfo|coo|partner|wife|husband|landlord)\b[^.;]{0,30}?"
    r"\b(?:makes|has|gets|will make|will have) the (?:final )?(?:call|say|decision|word)\b",
    r"\bi'?m (?:only|just) (?:pulling together|gathering|collecting|getting) (?:some )?(?:options|quotes|prices|info)"
    r" (?:for|to (?:show|send|forward to)) (?:him|her|them|my \w+)\b",
    # "My husband and I, and neither of us orders anything unless the other one agrees"
    r"\bunless the other (?:one )?(?:agrees|approves|says yes)\b", r"\b(?:we both|both of us) (?:have|need|got) to (?:agree|approve|sign off)\b",
    # "Our area manager decides on any software"
    rf"\b{_NOT_SELF}{_POSS}\s+(?:[a-z']+\s+)?{_PERSON}\b(?!'s).{{0,50}}\b(?:decides?|approves?|approval|signs?(?: it)? off|"
    rf"sign-?off|final say|final word|makes? (?:the|these|those|all the|such) (?:calls?|decisions?)|"
    rf"call the shots|will decide|to decide|has the last word|holds the budget|to agree|chooses?|picks?|said yes|says yes|"
    rf"will choose|would choose|agree|say yes|okay it|ok it|greenlight|green light)",
    # "has to"/"must" only close to the person and about deciding: "the family ... has to be here" is not.
    rf"\b{_NOT_SELF}{_POSS}\s+{_PERSON}\b.{{0,15}}\b(?:has to|needs? to|must|will have to|would have to|"
    rf"has got to)\s+(?:\w+\s+){{0,2}}?(?:agree|approve|sign|ok|okay|decide|say yes|see|check|confirm|weigh in)",
    rf"\b(?:has|have|needs?|must) to (?:go|pass|get) (?:past|through|via|by) {_POSS}\s+{_PERSON}\b",
    r"\b(?:that'?s|it'?s) (?:his|her|their) (?:call|decision)\b", rf"\b(?:the|my|our) {_PERSON} does\b(?!\s+\w)",
    rf"\b(?:need|have|has|got|gotta|want|going|would like|'d like|should|must)\s+(?:to\s+)?"
    rf"(?:check|talk|speak|consult|discuss|confirm|run (?:it|this|that) (?:by|past)|get (?:it )?approved|"
    rf"get approval|get (?:the )?(?:ok|okay|green light|sign-?off)|ask|clear (?:it|this)|"
    rf"show(?: it| this)?|decide|loop in|sync)\b.{{0,40}}\b(?:with|by|past|from|to)?\s*(?:my|our|the)\s+{_PERSON}\b",
    # ("I'm the owner and I decide" is the writer alone)
    rf"\b(?<!i'm )(?<!im )(?<!i am ){_POSS}\s+(?:\w+\s+)?{_PERSON}s?\s+and\s+i\b.{{0,30}}\b(?:decide|choose|will|need|agree|discuss|splitting|share|pay)",
    r"\b(?:until|unless|once) (?:all|both|each) (?:\w+ )?of us (?:agree|decide|sign|say yes)\b",
    rf"\b{_NOT_SELF}{_POSS}\s+{_PERSON}(?:\s+\w+)?\s+(?:wants|wanted|asked|told|sent|needs|has asked|would like)\s+(?:me|us)(?:\s+to)?\b",
    r"^(?:he|she|they|my boss|my wife|my husband|my partner|my manager) (?:does|do|will|decides?)\b",
    rf"\b(?:asking|enquiring|inquiring|calling|looking|writing) (?:for|on behalf of) {_POSS}\s+{_PERSON}\b",
    r"\b(?:he|she|they)(?:'ll| will| would)? (?:decides?|picks?|chooses?|makes? (?:the|all the|these) (?:final )?(?:calls?|decisions?|final decision)|has the final say|signs? off|approves?)\b",
    r"\b(?:he|she|they)(?:'s| is| are) the one who(?:'ll| will)? (?:decides?|signs?|approves?|chooses?|picks?)\b",
    # "Avi will want to see it before we pay", "get Ronit, our CFO, on board before we sign"
    r"\b(?:will(?<!\bi will)(?<!\bwe will)|would(?<!\bi would)(?<!\bwe would)|he'll|she'll|they'll|he'd|she'd|they'd) (?:want|need|have) to (?:see|check|approve|look at|ok|okay) (?:it|this|them|that|the (?:plan|quote|price|numbers|offer|proposal))\b"
    r"[^.?!]{0,40}\bbefore (?:we|i (?:pay|buy|order|sign|commit|decide)|anything gets (?:booked|ordered|signed))",
    r"\bget (?:[\w.]+,? )?(?:(?:my|our|the) [\w ]{1,20}?,? )?on board before\b",
    # "nothing gets booked without her ok", "before he agrees to anything", "he has a say too"
    r"\bwithout (?:her|his|their) (?:ok|okay|approval|say-?so|sign-?off|go-?ahead|blessing|agreement)\b",
    r"\bbefore (?:he|she|they) (?:agrees?|approves?|signs? off|decides?|says yes)\b", r"\b(?:he|she|they) (?:has|have) a say\b",
    r"\b(?:has|gets) the (?:last|final) (?:word|say)\b", r"\b(?:go|goes|put it) to a vote\b",
    r"\b(?:in|from) (?:accounts|finance|accounting|procurement|purchasing|hr)\b.{0,25}\b(?:has to|needs to|must|will have to) "
    r"(?:approve|sign|ok|okay)\b", r"\b(?:he|she|they)(?:'s| is| are) the one (?:paying|who pays)\b",
    # "I'll run your quote past Dana from finance before we commit"
    r"\brun (?:\w+ ){0,2}(?:past|by) (?:\w+ )?(?:from|in|at) (?:finance|accounting|procurement|purchasing|management|"
    r"legal|hr|head office)\b",
    # "I need Moshe's OK first", "waiting for her sign-off"
    r"\b(?:need|needs|waiting for|wait for|get|have to get) (?!(?:anybody|anyone|nobody)'s)(?:[a-z]+'s|his|her|their) "
    r"(?:ok|okay|approval|sign-?off|go-?ahead|green light|blessing)\b",
    r"\b(?:voted on|approved|signed off|okayed|ok'?d) by (?:our|the|my) (?:board|committee|boss|manager|partner|wife|husband|"
    r"management|finance|landlord)\b",
    r"\bthe (?:guy|man|woman|lady|person|people|owner|family) (?:i|we) rent (?:it )?from\b",
    r"\b(?:purchasing|procurement|finance|management|accounting|legal|head office|headquarters|hq|the board|our board)\s+(?:approves?|decides?|signs? off|handles? (?:that|this|these|it)|has to approve|needs to approve)\b",
    rf"\b(?:with|and) (?:my|our) {_PERSON}\b.{{0,25}}\b(?:decide|together|agree)",
    rf"\b(?:approval|sign-?off|permission|ok|okay|go-?ahead|green light) (?:from|of|by) (?:my|our|the) (?:\w+ )?{_PERSON}\b",
    rf"\b(?:collecting|gathering|getting) (?:quotes|prices|info|information|options)\b.{{0,20}}\bfor (?:my|our|the) {_PERSON}\b",
    rf"\bon behalf of (?:my|our|the) {_PERSON}\b", rf"\bfor my {_PERSON} who\b",
    rf"\b(?:forwarding|passing on|passing along|sending) (?:this |it )?(?:on |along )?(?:from|for) (?:my|our) {_PERSON}\b",
    rf"\b(?:it'?s|it is|that'?s) (?:up to|really up to) (?:my|our|the) {_PERSON}\b",
    rf"\b(?:my|our|the) {_PERSON}(?:'s| has the| have the) (?:call|decision|final say|budget)\b",
    r"\b(?:decide|decision) (?:together|jointly)\b",
    r"\b(?:make|take) (?:every|all|these|such|the|our) (?:\w+ ){0,3}?decisions? (?:\w+ ){0,3}?(?:together|jointly)\b",
    r"\b(?:he|she|they) (?:wants?|needs?|has|have|gets?) to (?:approve|sign off|decide|ok|okay|agree)\b",
    r"\brun (?:it|this|that) (?:by|past) the other (?:\w+ )?(?:partners?|owners?|two|three|founders?|directors?)\b",
    r"\bi(?:'m| am) one of (?:the |\w+ )?(?:partners|owners|founders|co-?founders|directors)\b",
    r"\bwe(?:'ll| will) (?:decide|talk it over|discuss it) (?:together|as a family|as a team)\b",
    r"\bi(?:'m| am) (?:just )?(?:an? |the )?(?:assistant|intern|employee|secretary|receptionist)\b",
    r"\bi'?m (?:just )?(?:helping|asking for|enquiring for|inquiring for) (?:my|a|our)\b",
    rf"\b(?:arranging|organi[sz]ing|booking|doing|handling) (?:this|it) for {_POSS}\s+{_PERSON}\b",
    rf"^{_POSS}\s+{_PERSON}\s*,?\s*not me\b",
    rf"\b(?:decision|call)s? (?:will be|is|are|gets?|would be) (?:made|taken) (?:together |jointly )?(?:with|by) "
    rf"{_POSS}\s+(?:\w+\s+){{0,2}}?{_PERSON}s?\b",
    # "The final decision and signature will be by our VP Operations", "final approval belongs to our CFO"
    rf"\bfinal (?:decision|approval|say|word|sign-?off|call)(?: and (?:the )?(?:signature|sign-?off|approval))? "
    rf"(?:will be|is|belongs to|rests with|lies with|sits with|comes from)\s+(?:by\s+|with\s+)?{_POSS}\s+(?:[\w.]+\s+){{0,2}}?{_PERSON}\b",
    rf"\b(?:final |last )?(?:call|decision|say|word|sign-?off) (?:is|will be|rests with|lies with|sits with) "
    rf"{_POSS}\s+(?:\w+\s+){{0,2}}?{_PERSON}(?:'s)?\b",
    rf"\b{_NOT_SELF}{_POSS}\s+{_PERSON}\s+(?:handles?|manages?|controls?|holds?|is in charge of|takes care of|"
    r"looks after) (?:all )?(?:the |our |my )?(?:money|finances|budget|bills|spending|purse strings|purchasing)\b",
    r"\bi(?:'m| am) (?:just |only )?(?:doing the legwork|the messenger|the middleman)\b",
    r"\b(?:gathering|collecting) (?:info|information|quotes|prices|options) for (?:him|her|them)\b",
    rf"\b{_NOT_SELF}{_POSS}\s+{_PERSON}\s+signs? (?:all |the |every |our )?(?:\w+ )?(?:contracts?|purchases?|cheques?|checks?|invoices?|orders?)\b",
    r"\b(?!i\b|we\b|who\b)\w+ (?:makes|will make|has|holds|gets) (?:the )?final (?:decision|call|say|word|sign-?off)\b",
    r"\b(?:dr|mr|mrs|ms)\.? \w+ (?:asked|wants|told|needs) me to\b",
    rf"\b(?:approved|signed off|okayed|decided|green-?lit) by {_POSS}\s+(?:\w+\s+)?{_PERSON}s?\b",
    rf"\b{_POSS}\s+(?:\w+\s+)?{_PERSON}s?,? who(?:'ll| will| would)? (?:make|decide|sign|approve|have the)\b",
    rf"\b{_NOT_SELF}{_POSS}\s+(?:\w+\s+){{0,2}}?{_PERSON}\s+(?:gives|has|makes|holds) (?:the )?final "
    r"(?:approval|say|word|sign-?off|decision|call)\b",
    r"\b(?:need|needs|'ll need|will need) (?!to\b)\w+ to (?:approve|sign off on|ok|okay|agree to|confirm)\b",
    rf"\b(?:see|hear|find out|ask|check) what {_POSS}\s+{_PERSON}\s+(?:says|thinks|wants|decides)\b",
    r"\bwe share (?:these |the |this |those |all )?(?:decisions?|calls?)\b",
    # Whoever it is, they must approve: "our accountant has to approve every expense", "Harel has to
    # pre-approve the crown", "the union rep has to sign off", "all three of us have to agree"
    r"\b(?<!\bi )(?<!\bi'll )(?<!\bi'd )(?:has|have|needs?|must|will have|would have|'ll have) to "
    r"(?:pre-?)?(?:approve|authori[sz]e|review|green-?light|clear (?:me|it|this|the)|sign off|vote|agree|consent|okay|ok|give (?:the |their |"
    r"his |her )?(?:ok|okay|go-?ahead))\b",
    r"\b(?:needs?|requires?|subject to|pending|awaiting|waiting for) (?:[\w-]+'?s?,? ){0,3}?(?:approval|sign-?off|"
    r"pre-?approval|pre-?authori[sz]ation|authori[sz]ation|written consent|consent|go-?ahead)\b",
    r"\b(?:goes|go|going|has to go|needs to go|will go) (?:to|through|before) (?:the |our |a )?(?:[\w-]+ ){0,2}?(?:board|"
    r"committee|council|procurement|finance|management|vote|tender|administration)\b",
    r"\b(?:votes?|voting) on (?:it|this|that|every|all|the|which|whether|any)\b", r"\bmajority wins\b",
    r"\bwaiting for (?:my|our|the|his|her) (?:[\w-]+ ){0,2}?to (?:approve|sign|agree|authori[sz]e|ok|okay)\b",
    r"\bwithout the other(?: one)? (?:agreeing|approving|saying yes)\b", r"\bwe (?:still )?(?:need|have) to agree\b",
    r"\bmakes? (?:all |the )?(?:the )?final (?:decisions?|call)\b(?<!\bi make all final decisions)(?<!\bi make the final call)",
    r"\b(?:his|her|their) (?:final )?(?:ok|okay|approval|sign-?off)\b",
    r"\b(?:it'?s|is) (?:really |entirely |totally |ultimately )(?:his|her|their) (?:call|decision)\b",
    r"\b(?:he|she|they)(?:'s| is| are) (?:the one )?(?:deciding|picking|choosing)\b",
    r"\b(?:he|she|they) signs? (?:all |every )(?:the )?(?:contracts?|cheques|checks|invoices)\b",
    r"\b(?:present|show|bring|forward)(?: it| them| this| that| \w+ options)? to (?:her|him|them|everyone|the (?:board|committee|"
    r"owners?|partners))\b",
    r"\bso (?:i|we) can (?:ask|convince|show) (?:him|her|them)\b",
    # "cleared by the airport authority", "must be approved by the board", "goes through our parent company's
    # procurement", "goes to the managing partner", "waiting on my wife's OK", "without our IT guy's blessing"
    r"\b(?:be |been |being |get |gets )?(?:cleared|approved|signed off|authori[sz]ed|okayed|vetted) by (?:the|our|my|his|her|their|an?)\b",
    rf"\b(?:goes|go|going|will go|has to go|have to go|needs to go|it'?ll go)(?: up)? (?:to|through|past) (?:the |our |my |"
    rf"his |her )(?:[\w'-]+ ){{0,2}}?(?:{_PERSON})\b",
    r"\bwaiting (?:on|for) (?:my|our|the|his|her) (?:[\w-]+ )?[\w-]+'s (?:ok|okay|approval|sign-?off|go-?ahead|answer|yes)\b",
    r"\bwithout (?:our|my|the|his|her|their) (?:[\w-]+ ){0,2}[\w-]+'s (?:blessing|ok|okay|approval|sign-?off|say-?so|go-?ahead)\b",
    r"\bwithout (?:him|her|them) (?:seeing|approving|agreeing|okaying|checking)\b",
    r"\b(?:she|he|they) (?:hasn'?t|has not|haven'?t|have not|has|have) (?:okayed|approved|signed off)\b",
    r"\bnothing gets (?:decided|booked|ordered|signed|bought) (?:until|without)\b", r"\bbefore (?:anyone|anybody) (?:can )?(?:sign|commit|approve)s?\b",
    r"\b(?:they|he|she)\s+(?:\w+\s+){0,3}?makes? the (?:final )?(?:call|decision)s?\b",
    r"\bfinal (?:choice|pick)\b[^.;]{0,30}?\b(?:goes|rests|lies|sits|is) (?:to|with)\b(?! (?:me|us|myself)\b)",
    r"\b(?<!\bi )(?<!\bwe )(?:won'?t|will not|wouldn'?t) (?:approve|sign off|agree|okay|ok)\b",
    rf"\b(?:he|she|they|(?:my|our) (?:[\w-]+ )?{_PERSON}) (?:handles|makes|takes) (?:all )?(?:of )?(?:[\w']+ ){{0,2}}decisions\b",
    r"\bneeds? (?:all|both) (?:\w+ )?of us to (?:agree|approve|sign)\b", r"\b(?:group|joint|family) decision\b",
    r"\b(?:chooses|picks|decides on|approves|signs off on) (?:all|every|any)\b", r"\bjointly\b",
    r"\b(?!(?:i'm|i|that's|that|it's|it)\b)\w+(?:'s| is) the one who (?:decides|makes the|signs|approves|picks|chooses)\b",
    rf"\bthat(?:'d| would|'ll| will)? be (?:our|my|the) (?:[\w-]+ )?{_PERSON}\b",
    r"\bdecisions? together\b|\b(?:choose|decide|pick) (?:everything |it |this |that )?together\b",
    r"\b(?:pitch|sell|present|make the case)(?: it| this)? to (?:him|her|them|both of them)\b",
    r"\b(?:he|she|they) (?:has|have|needs?) to say ok(?:ay)?\b", r"\b(?:has|have) to be (?:ok|okay|fine) with\b",
    r"\b(?:purchase |final |buying )?decision is with (?:the|our|my|his|her)\b",
    r"\b(?:we|they) both (?:have|need|got) to (?:agree|say yes|approve)\b|\bunless (?:we|they) both agree\b",
    r"\b(?:he|she|they) won'?t buy anything\b", r"\b(?:she|he|they)(?:'ll| will) be (?:picking|choosing|deciding)\b",
    r"\b(?:he|she|they) wants? to (?:be the one who )?(?:picks?|chooses?|decides?|pick|choose|decide)\b",
    rf"\blet me (?:check|confirm|talk|speak) with (?:the|my|our) (?:[\w-]+ )?{_PERSON}\b",
    r"\b(?:insists on|wants to be the one) (?:approving|deciding|signing|picking|choosing)\b",
]
DM_NEGATED_SELF = [
    r"\bi(?:'m| am) not (?:the )?(?:one|person) who (?:decides|makes|signs|approves)",
    r"\bi(?:'m| am) not (?:the )?(?:decision[- ]?maker|owner|boss|one in charge|person in charge|decider)",
    r"\bnot in charge of\b", r"\bi (?:don'?t|do not) make the (?:\w+ )?decisions?\b", r"\bi (?:have|'ve got|got) no say\b",
    # ("the price is not my concern" is about money)
    r"\bnot (?:my (?:call|decision)|up to me|me who decides?)\b", r"\bnot up to me\b",
    r"\bi (?:don'?t|do not|can'?t|cannot) (?:make|take) (?:the )?(?:final )?(?:decisions?|calls?)\b",
    r"\bi (?:don'?t|do not|can'?t|cannot) (?:decide|approve|sign off)\b",
    r"\bi (?:don'?t|do not) (?:have|hold) (?:the )?(?:final say|authority|budget)\b",
    r"\bi (?:rent|lease)\b(?! (?:it |them |the \w+ )?out)", r"\bi'?m (?:a |the )?(?:tenant|renter)\b",
    r"\bi(?:'m| am) (?:just|only) renting\b", r"\bi(?:'m| am) not (?:authori[sz]ed|allowed|able) to (?:sign|approve|decide)\b",
    r"\b(?:above|beyond) my pay grade\b",
    r"\bi(?:'m| am) (?:just|only|merely) (?:the |a |an )?(?:[\w-]+ )?(?:manager|assistant|employee|secretary|"
    r"receptionist|supervisor|coordinator|staff|worker|designer|intern)\b",
]
AUTHORITY_QUESTION = (
    r"\b(?:are|r) (?:you|u)\b.{0,30}\b(?:owner|decision|decide|in charge|authori[sz]ed|homeowner|"
    r"sign|person who|one who|the one)|\bdo you own\b|\bwho (?:makes|will make|decides|approves|"
    r"signs|is the decision)|\bis (?:it|this|that) your (?:decision|call|house|home|business|place|"
    r"apartment|flat|property)|\byou the (?:owner|decision)|\banyone else (?:involved|who)|"
    r"\bcan you (?:approve|sign|decide)\b|\byou(?:'ll| will) (?:approve|sign|decide)\b|"
    r"\bwho(?:'s| is) (?:deciding|making the (?:decisions?|calls?)|signing|approving)\b|\bwhose (?:decision|call)\b|"
    r"\b(?:would|will) you be (?:the (?:one|person)|(?:making|taking) the (?:decision|call))\b|\bcan decide\b|"
    r"\b(?:check|consult|talk) with (?:anyone|anybody|someone|somebody)\b|\bare you the\b|\bdo you (?:decide|make the)|"
    r"\b(?:anyone|someone|anybody|somebody) else\b|\bpart of the decision\b|\bneeds? to approve\b|"
    r"\byour (?:decision|call)\b|\bdecide (?:on|about) (?:the|this)\b|\bdecision maker\b|"
    r"\bdecid(?:e|ing) (?:on your own|alone|by yourself|yourself)\b|\bon your own\b|"
    r"\b(?:decision|call) (?:is )?yours\b|\byour own (?:decision|call)\b|\bdecid(?:e|ing)\b[^?]{0,30}\byourself\b|"
    r"\bdecid(?:e|ing) on (?:the |this |your )?(?:treatment|purchase|order|work|job)\b|\bis the (?:decision|call)\b[^?]{0,30}\byours\b|\byours alone\b|\bwho (?:would|will|should|could) decide\b|"
    r"\bwho (?:would|will|should|could|is going to) (?:make|sign|approve)\b|\bis (?:the|this) \w+ yours\b|"
    r"\bis (?:it|that|this) yours\b|\byour own (?:apartment|flat|house|home|place|property|business|shop)\b|"
    r"\b(?:property|house|home|apartment|flat|place|business) yours\b|\bin your name\b|\bwho'?ll be (?:making|deciding)\b|\bwill (?:you|u) be the (?:one|person)\b|\bwho else\b|\brent or own\b|\bown or rent\b|\bwho (?:should|do) we (?:coordinate|deal) with\b"
    # "Who will be making the decision?", "Who has the final say?", "Who'd be signing off?", "And you're the
    # owner?", "Will you be deciding on the quote?", "Is it only you deciding?", "Who owns the apartment?"
    r"|\bwho(?:'s|'ll|'d| is| will| would)?(?: be)? (?:making|taking|deciding|signing|approving|choosing|picking|"
    r"placing the order|in charge|involved in (?:the|this) decision)\b|\bwho (?:has|gets) the (?:final|last) (?:say|word|call)\b"
    r"|\byou(?:'re| are) the (?:owner|one deciding|decision)|\b(?:will|would) (?:you|u) be (?:deciding|approving|signing)\b"
    r"|\b(?:only|just) you (?:deciding|approving|signing)\b|\bwho owns\b|\bwho handles (?:the )?(?:purchasing|procurement|buying)\b"
    r"|\b(?:is|are|will) (?:he|she|they|your \w+) (?:be )?the (?:one|ones|person) (?:deciding|who decides)\b|\bhome ?owner\s*\??\s*$"
    # "Will it be you approving?", "something you can approve yourself?", "you'll be approving", "Who's going to choose?",
    # "homeowner, tenant, or property manager?", "Who's the owner of the property?", "Do you have sign-off for a tool?"
    r"|\bbe you (?:approving|deciding|signing|choosing)\b|\byou can (?:approve|sign|decide|consent)\b"
    r"|\byou(?:'ll| will|'d| would) be (?:approving|deciding|signing|choosing)\b|\bwho(?:'s| is) (?:going to|gonna) "
    r"(?:choose|decide|approve|pick|sign)\b|\bhomeowner\b|\bwho(?:'s| is) (?:the owner|handling the decision)\b"
    r"|\bdo you have (?:the )?(?:sign-?off|authority|budget authority)\b|\b(?:just|only) you (?:picking|choosing)\b"
    r"|\bcan you consent\b|\bdecision-maker\b|\bwho do i need to (?:convince|talk to|speak (?:to|with))\b"
)
# A question about someone else deciding: "Is she the one deciding?" / "yes" names her
ABOUT_THIRD = (r"\b(?:is|are|will|would|does|do) (?:he|she|they|your (?:wife|husband|partner|father|mother|dad|mom|boss|"
               r"manager|son|daughter|landlord)|dr\.? \w+) (?:be )?(?:the (?:one|ones|person)|decid|make|approv|sign)")
YES_ANSWER = (
    r"^(?:yes|yeah|yep|yup|ya|yea|correct|that'?s (?:me|right|correct)|i am|i do|i will|i can(?=\s*(?:[.,!]|$|and\b))|sure can|sure|"
    r"of course|indeed|absolutely|right|affirmative|100%|100 percent|definitely|for sure|totally|ye|yeh|yah|"
    r"obviously|naturally|duh)(?!\w)"
    r"|^(?:for|since) (?:over |almost |about |nearly )?(?:\d+|[a-z]+) (?:years?|decades?)\b"  # "do you own it?" "for 30 years"
)
# Answers that name the customer whatever the question ("Just me", "only mine").
SELF_ANSWER = (
    r"^(?:me,? who else|who else|who else but me|me of course)\b|"
    r"^(?:(?:lol|haha|ha|well|oh|um|hah|(?:and )?(?:yes|yep|yeah|yup)|and),? )?(?:(?:no,? )?(?:just|only) (?:me|mine|myself|i)|me|myself|mine|it'?s (?:me|mine)|all me|"
    r"i (?:do|decide)|i'?m the one|that'?s me|that'?d be me|that would be me|(?:no,? )?i decide (?:alone|myself|on my own)|"
    r"(?:i )?bought it|ours|own|owned|i own|we own|owner|home ?owner|alone|(?:the )?decision[- ]maker|owner is me)\b"
    # "You're looking at him", "You're chatting with the café owner", "For me, paid by me, decided by me"
    r"|^you'?re (?:looking at|talking to|speaking (?:to|with)|chatting with|texting (?:with )?)\b|\bdecided by me\b"
    r"|^(?:speak|talk) to me\b"
)
NO_ANSWER = (r"^(?:no|nope|nah|not (?:really|me|exactly)|i'?m not|i am not|i don'?t|negative|nobody|no one|no-one|none|"
             r"not needed|no need|"
             r"renting|rent|tenant|we rent|i rent)\b")

# --- Need -------------------------------------------------------------------------------
NEED_VERBS = [
    r"\bneed(?:s|ed)?\b", r"\blooking for\b", r"\bwant(?:s|ed)?\b", r"\binterested in\b",
    r"\b(?:problem|issue|trouble)s? with\b", r"\bhelp with\b", r"\bdo (?:you|u)(?: guys| all| folks)? (?:do|offer|sell|have|fix|install|repair|handle|provide|support|make)\b",
    r"\bquote for\b", r"\bprice (?:for|of)\b", r"\bhow much (?:is|for|does|would)\b", r"\b(?:would|'d) like\b",
    r"\b(?:can|could) you\b", r"\bbroken\b", r"\bnot working\b", r"\bhurts?\b", r"\binstall\b",
    r"\bfix\b", r"\breplace\b", r"\bbook\b", r"\bappointment\b", r"\bsearching for\b", r"\bthinking (?:about|of)\b",
    r"\bplanning\b", r"\bconsidering\b", r"\btrying to find\b", r"\bin the market for\b",
]
URGENT = [
    r"\burgent(?:ly)?\b(?! care)", r"\bemergency\b(?! (?:room|department|services?))", r"\basap\b", r"\ba\.s\.a\.p\b", r"\bas soon as (?:possible|you can|u can)\b",
    r"\bright away\b", r"\bimmediately\b", r"\btoday\b", r"\btonight\b", r"\bthis (?:morning|afternoon|evening)\b",
    r"\b(?:not|isn'?t|stopped|has stopped|quit|won'?t start|doesn'?t) (?:work(?:ing)?|cool(?:ing)?|turn(?:ing)? on)\b"
    r"(?! (?:with|for) )",  # "it does not work with 30 people" is a process, not a breakdown
    r"\bstopped working\b", r"\b(?:is|are|'s|went|just went|just|completely|totally|totaly) (?:down|broken|dead)\b",
    r"\b2day\b", r"\b(?:need|come|fix|help|see|send|call|install|deliver)\b.{0,25}\bright now$",
    r"\bneed (?:\w+ ){0,3}(?:now|right now)\b", r"\bburst\b", r"\b(?:see|come|help|fix|send)\b (?:\w+ ){0,3}right now\b",
    r"\bbroke(?: down)?\b", r"\bdied\b", r"\bleak(?:ing|ed)\b", r"\bflood(?:ing|ed)\b",
    r"\bcan'?t wait\b", r"\bcosting (?:us|me)\b", r"\bas soon as (?:your|the) (?:team|technician|guys?|crew) can\b", r"\blosing (?:money|customers|sales|business|clients|revenue)\b",
    r"\bevery day (?:counts|we wait|that passes|costs)\b", r"\bin (?:a lot of |so much |severe |terrible )?pain\b",
    r"\b(?:severe|terrible|unbearable|excruciating|awful|bad) (?:pain|toothache)\b", r"\bkilling me\b",
    r"\bswollen\b", r"\bswelling\b", r"\bbleeding\b", r"\bdesperate(?:ly)?\b",
    r"\bblowing (?:warm|hot) air\b", r"\bthe sooner the better\b", r"\bnow,? (?:please|pls|plz)\b", r"\bno (?:hot water|heating|cooling|power)(?: at all)?\b",
    r"\b(?:just |literally )?(?:cracked|snapped) in (?:half|two)\b", r"\b(?:fell|came|got knocked) out\b",
    r"\bneed(?:ed)? (?:it|this|someone|help|you) (?:now|today|right away|immediately|asap|urgently)\b",
    r"\bsame[- ]day\b", r"\btime[- ]sensitive\b", r"\bas soon as humanly possible\b",
    # "we lose sales every day the counter is empty": it costs them every day
    r"\blos(?:e|ing) (?:\w+ ){0,2}every (?:single )?(?:day|night|shift|week)\b",
]
NOT_URGENT = [
    r"\b(?:been )?putting up with\b",  # long-standing, not broken now
    r"\bnot (?:urgent|an emergency|in a (?:rush|hurry)|pressing|a rush)\b", r"\bno (?:rush|hurry|urgency)\b",
    r"\bisn'?t (?:urgent|an emergency)\b", r"\bnothing urgent\b",
    r"\b(?:none of them|nothing|neither (?:of them|one)) (?:is|'s|are) broken\b", r"\bnothing (?:here|about (?:it|this)) (?:is|'s) (?:urgent|an emergency)\b",
    r"\b(?:would(?: not|n'?t)|wouldn'?t|won'?t|wouldnt) call it (?:an? )?(?:emergency|urgent)\b", r"\bnothing (?:is|'s) (?:an emergency|urgent)\b", r"\bnot time[- ]sensitive\b",
    # "whenever is fine" is calm; "now, today, whenever you have something" is not
    r"^\s*whenever\b", r"\bwhenever (?:is |works |suits )?(?:fine|ok|okay|good|convenient|works)\b", r"\bno rush,? whenever\b",
]
BROWSING = [
    r"\bonly (?:looking into it|pricing (?:it|things|this) out)\b", r"\bnot booking anything(?: yet)?\b",
    r"\bseeing what'?s out there\b", r"\bnot shopping for anything\b", r"\bgetting (?:prices|quotes) from (?:a few|several|multiple|different) places\b",
    r"\bhaven'?t decided (?:to do )?anything yet\b", r"\bjust collecting (?:a few |some )?(?:numbers|figures)\b",
    r"\bnot (?:planning|looking for|considering) any (?:treatment|purchase|changes?)\b",
    r"\bnothing planned\b", r"\b(?:poking|looking|lookin) around\b(?! (?:your|the) (?:site|website|page|shop))", r"\bpurely (?:for )?research\b",
    r"\b(?:won'?t|will not|not going to) (?:be )?(?:purchasing|buying|ordering) anything\b", r"\b(?:just|only) collecting (?:info|information|ideas|quotes|prices)\b(?! for (?:him|her|them|my|our|the)\b)",
    r"\bhaven'?t decided (?:anything|what to do|yet|whether|if)\b", r"\bdoing (?:my|our) homework\b", r"\bno plans? yet\b", r"\bjust (?:researching|asking) for (?:the|my|a) (?:paper|project|thesis|article)\b",
    r"\bjust (?:looking|browsing|researching|curious|checking|comparing|exploring|window shopping|"
    r"getting (?:an idea|a feel|a sense|prices|quotes|info|information|a rough)|wondering|asking)\b",
    r"\b(?:only|still) (?:looking|researching|exploring|browsing|comparing|in the research)\b",
    r"\bresearch(?:ing)? (?:phase|stage|options|mode)\b", r"\b(?:early|very early) stages?\b",
    r"\bno (?:plans?|intention|immediate plans?) to (?:actually |really )?(?:buy|purchase|order|switch|sign|do (?:it|anything))",
    r"\bnot (?:ready|planning|looking) to (?:buy|purchase|commit|decide|order|sign|switch|book)\b",
    # "I'm not planning to make an appointment at this point", "just reading up for now"
    r"\bnot (?:planning|going|ready) to (?:make|book|schedule) (?:an |any )?appointments?\b(?! (?:for|with) (?:him|her|them|my|our)\b)",
    r"\bnot planning to do (?:it|anything|that|this) (?:yet|just yet|for now|at this point)\b",
    r"\b(?:just|only) reading (?:up|about|around)\b",
    r"\bwindow[- ]shopping\b", r"\bcomparing (?:prices|options|providers|vendors|quotes|tools|clinics|companies|solutions)\b",
    r"\bgathering (?:info|information|options|quotes)\b(?! for (?:him|her|them|my|our|the)\b)", r"\bfor future reference\b",
    r"\bnot (?:buying|purchasing|ordering) (?:yet|now|anything|right now|just yet)\b",
    r"\bnothing (?:planned|concrete|definite)\b", r"\bmaybe (?:someday|one day|down the line)\b",
    r"\bidle curiosity\b", r"\bout of curiosity\b",
    # "no purchase is planned at this stage", "no procurement timeline", "no plans to book"
    r"\bno (?:purchase|buying(?: decision)?|procurement|decision) (?:is |are )?(?:planned|timeline|yet)\b",
    r"\bno (?:plans?|intention) to (?:book|schedule)\b", r"\b(?:preliminary|initial) (?:market )?research\b",
    r"\b(?:surveying|scanning|researching) the market\b", r"\bbefore deciding anything\b",
    r"\b(?:just|only) (?:kind of |sort of )?(?:collecting|gathering|seeking) (?:general )?information\b(?! for)",
    r"\bnot planning anything\b", r"\bfor informational purposes\b", r"\bkicking the tires\b",
    # "no project approved, no timeline", "in no position to buy", "nowhere near ready", "just bookmarking", "just lurking",
    # "the looking stage", "a fact-finding exercise", "nothing decided", "mostly curious", "daydreaming"
    r"\bno (?:project|purchase|plan|budget)(?: \w+)? (?:approved|on the table|behind this|yet)\b", r"\bno position to buy\b",
    r"\bnowhere near ready\b", r"\bnot (?:currently )?in the market\b", r"\b(?:just|only) (?:bookmarking|lurking|having a nose|"
    r"scoping|educating myself|pricing(?: \w+)? out|saving ideas|asking around|reading reviews|daydreaming)\b",
    r"\b(?:looking|reading|research|daydreaming|measuring) stage\b", r"\bfact-finding\b", r"\bnothing(?:'s| has been| is)? (?:decided|approved)\b",
    r"\b(?:mostly|just|purely|only) curious\b", r"\b(?:early|some early) exploration\b", r"\bunderstand the landscape\b",
    r"\bbrowsing only\b",
]

# --- Red flags ----------------------------------------------------------------------------
RED_FLAGS: dict[str, list[str]] = {
    "job or hiring enquiry": [
        r"\b(?:are you|you guys|r u|is your (?:company|clinic|shop|team)) (?:hiring|recruiting)\b",
        r"\bis [\w' ]{1,30} (?:hiring|recruiting)\b", r"\bjobs? inbox\b",
        r"\b(?:job|position|vacanc(?:y|ies)|opening|internship|employment|work) (?:openings?|opportunit(?:y|ies)|available|offers?|application)\b",
        r"\blooking for (?:a |an )?(?:job|work|employment|position|internship|part[- ]time work)\b(?!-\w)",
        r"\b(?:my|attached|attach|sending|send you) (?:my |is my )?(?:cv|resume|résumé|portfolio)\b",
        r"\bapply(?:ing)? (?:for|to) (?:the |a |an |this |your )?(?:[\w-]+ ){0,3}?(?:job|position|role|opening|vacancy)",
        r"\byour (?:job|jobs) (?:post|posting|ad|advert|listing)\b",
        r"\bwork (?:for|with) you(?:r company| guys)?\b(?!.{0,20}\b(?:on|to)\b)", r"\bjoin your team\b",
        r"\b(?:any|open) (?:positions|roles|vacancies)\b", r"\bjob (?:ad|posting|listing|opening)\b",
        r"\b(?:hire|employ) me\b",
        # "are you taking on new staff", "any opening, even just Fridays?", "looking to join a clinic", "could she send you her
        # resume?", "do you need a helper?", "I'd love to be part of the team", "saw the Senior PM posting"
        r"\b(?:are you|you guys|r u) taking on (?:new |any |more )?(?:staff|people|workers|apprentices|technicians|hygienists)\b",
        r"\bany openings?,? even\b|\bis there (?:an?|any) (?:vacancy|position|job)\b", r"\blooking to join (?:a|your|the)\b",
        r"\bsend you (?:her|his|my|their) (?:cv|resume|résumé)\b", r"\bbe part of (?:the|your) (?:[\w&-]+ ){0,2}team\b",
        r"\b(?:do|does) (?:you|u|your \w+)(?: guys)? need (?:a |an |any |extra |more )?(?:helper|hand|staff|workers?|sales ?reps?|"
        r"technicians?|anyone in the|people in the)\b",
        r"\binterested in the (?:[\w-]+ ){0,3}(?:job|position|role|opening)\b", r"\b(?:in-house|full-time|part-time) (?:role|position|job)\b",
        r"\b(?:come in|invite me) for an interview\b", r"\broom for someone like me\b", r"\bmove into a (?:[\w-]+ ){0,2}role\b",
        r"\bsaw (?:the|your) (?:[\w-]+ ){0,3}(?:posting|job ad|opening|vacancy)\b",
        r"\blooking for (?:like |kind of )?(?:a |an )?(?:part[- ]time|full[- ]time|summer|temporary) (?:job|position|role)\b",
        # "do you take on assistants?", "about the technician position I saw", "my application for the Solutions Engineer role",
        # "a place for me?", "take me on as an installer", "be your first hire", "become one of yours", "any infrastructure roles?"
        r"\b(?:do you|would you|would your \w+) (?:take on|hire|employ) (?:a |an )?(?:assistants?|apprentices?|trainees?|"
        r"interns?|\w+ists?|young guys|drivers?|me)\b", r"\btake me on (?:as|board)\b", r"\ba place for me\b", r"\byour first hire\b",
        r"\bbecome one of yours\b|\bbe a new employee\b", r"\bmy application for\b", r"\bcareers page\b",
        r"\b(?:about|regarding) (?:the|your) (?:[\w-]+ ){0,3}(?:position|opening|role|vacancy)\b",
        r"\b(?:position|role|opening|vacancy) (?:still open|i saw)\b", r"\bany (?:[\w-]+ )?(?:roles|positions)\b", r"\bopenings in your (?:[\w-]+ )?(?:team|company|department)\b",
        r"\b(?:are you|r u) looking for (?:drivers|staff|workers|technicians|installers|someone for (?:evening|morning|weekend))\b",
        r"\bsecond workplace\b", r"\bjunior position\b", r"\bi'?d like to apply\b",
    ],
    "vendor selling to the business": [
        r"\b(?:would|are) you (?:be )?open to a (?:short |quick |brief )?(?:demo|call|chat|meeting)\b",
        r"\b(?:our|my) (?:[\w-]+ )?(?:platform|software|app|tool|solution) (?:sends|helps|lets|automates|can help)\b",
        r"\b(?:we|i|our (?:agency|company|team|firm)) (?:can )?(?:help (?:you )?)?(?:help|grow|boost|increase|improve|redesign|rank|double)s? "
        r"(?:your|you(?:r)? (?:business|clinic|company|shop|store|website|sales|ranking|traffic|leads))",
        r"\b(?:our|my) (?:agency|firm|company) (?:offers|provides|specializes|can help)\b",
        r"\binterested in (?:our|my) (?:services?|products?|offer|solution|platform)\b",
        r"\b(?:partnership|collaboration|business) (?:opportunity|proposal)\b",
        r"\b(?:i|we)(?:'d| would) like to (?:offer|propose|introduce|present|pitch) (?:you|your|our|my)\b(?<!offer our)(?<!offer my)",
        r"\b(?:offer|present|introduce) (?:you )?our (?:services|products|solutions|platform|software|app)\b",
        r"\bget (?:you )?more (?:customers|leads|clients|traffic|patients|reviews)\b",
        r"\b(?:seo|backlinks?|guest posts?|lead generation|digital marketing|web design) (?:services?|packages?|agency|offer)\b",
        r"\bwe (?:are|'re) (?:a|an) (?:supplier|manufacturer|wholesaler|distributor|agency|marketing)\b",
        # "a wholesale distributor of copper piping", "the official Israeli distributor of ...",
        # "we'd love to add Cool Air Services to our list of installer accounts"
        r"\b(?:wholesale|official|authori[sz]ed|exclusive) (?:[\w-]+ ){0,2}?(?:distributor|importer|reseller|dealer)s? (?:of|for)\b",
        r"\bto our (?:list of )?(?:[\w-]+ )?(?:accounts|partners|resellers|dealers)\b",
        r"\b(?:visit|come to) your (?:clinic|office|shop|store|business) (?:for|to give you) a (?:free )?(?:demo|demonstration)\b",
        r"\bwe(?: are|'re) (?:a|an) (?:[\w-]+ ){0,2}?(?:marketing|digital|advertising|seo|media|creative|web|growth|"
        r"branding|pr|lead[- ]gen(?:eration)?) (?:agency|firm|studio|company)\b",
        r"\bsend you (?:a |our |my )?(?:short |quick |brief )?(?:proposal|pitch|deck|presentation)\b",
        r"\bwholesale supplier\b", r"\b(?:sell|offer|supply) you\b", r"\byour website (?:could|needs|has)\b",
        r"\bfree (?:audit|seo audit|trial of our|consultation for your business)\b",
        r"\b(?:we (?:supply|sell|distribute|manufacture|provide|offer)|supplying|selling|distributing)\b.{0,60}\b(?:to|for) "
        r"(?:\w+ )?(?:installers|businesses|clinics|companies|shops|stores|contractors|retailers|restaurants|makers|"
        r"manufacturers|producers)\b",
        r"\b(?:send|show|email) you (?:our|my) (?:price list|catalog(?:ue)?|brochure|deck|rates|portfolio)\b",
        r"\boffer (?:our|my) (?:services|products|solutions?) to you\b", r"\bat wholesale prices\b",
        r"\b(?:i'?m|we'?re) reaching out from\b",
        r"\bi represent (?:a|an|the) (?:[\w-]+ ){0,3}?(?:manufacturer|supplier|company|agency|brand|firm|distributor)\b",
        r"\bwe run (?:[\w&-]+ ){0,4}?(?:ads|campaigns|marketing)\b",
        r"\b(?:double|triple|boost|grow) their (?:\w+ )?(?:sales|revenue|traffic|leads|bookings)\b",
        r"\b(?:send|email) (?:the|our|my) (?:catalog(?:ue)?|brochure|price list) to\b",
        r"\bshow you our (?:new )?(?:line|range|products|catalog(?:ue)?|collection)\b",
        r"\bwe help (?:\w+ ){0,3}(?:businesses|brands|shops|e-?shops|stores|companies|clinics|practices|"
        r"restaurants|retailers|startups|owners)\b", r"\b(?:brands|businesses|companies|clinics|shops|stores) like yours\b",
        r"\brevenue[- ]share\b", r"\bwhite[- ]label (?:integration|partnership|solution|offer)\b", r"\boffer your (?:customers|clients|users)\b",
        r"\bwhoever (?:handles|runs|manages|is in charge of|does) your (?:marketing|sales|purchasing|procurement|"
        r"website|social|advertising|ads)\b", r"\b(?:fill|grow|boost|build) (?:its|your) (?:sales )?pipeline\b",
        # "We make branded work uniforms for service companies", "we typically cut AWS bills by 30% for SaaS companies
        # your size", "I do lead generation for HVAC companies", "Who handles purchasing at your clinic?", "can I send
        # you some samples?", "become your hardware partner", "full disclosure, I run an agency"
        r"\b(?:we|i) (?:\w+ )?(?:supply|sell|make|manufacture|build|provide|offer|produce|rent out|do|book|cut|translate)\b.{0,60}\b"
        r"(?:to|for) (?:[\w-]+ ){0,2}?(?:dentists|dental clinics|clinics|contractors|hvac companies|installers|furniture (?:stores|shops|"
        r"brands|makers)|saas (?:companies|startups)|\w+ tech companies|service companies|restaurant owners)\b",
        r"\b(?:companies|clinics|shops|stores|businesses|installers) (?:your size|like you)\b",
        r"\b(?:i|we) do (?:lead generation|seo|ppc|google ads|(?:fb|facebook|insta|instagram|social media)(?: and insta)? ads|"
        r"web design)\b",
        r"\bwho (?:handles|does|is in charge of|runs|owns|looks after) (?:the |your )?(?:purchasing|procurement|sourcing|buying|"
        r"marketing)\b",
        r"\bthe right person for (?:sourcing|purchasing|procurement)\b",
        r"\b(?:send|sending) (?:you|u) (?:a |an |our |some |my )?(?:proposal|audit|samples?|rates|sample list|price list|"
        r"catalog(?:ue)?|media kit)\b",
        r"\b(?:want|interested in) (?:our|a) (?:catalog(?:ue)?|sample list|trial batch|price list|ad slot)\b",
        r"\bbecome (?:your|a) (?:[\w-]+ )?(?:partner|supplier|vendor|distributor|reseller)\b", r"\bconsider us (?:as )?(?:a|an|your)\b",
        r"\b(?:full disclosure|i'?ll be (?:straight|honest) with you)\b[^.]{0,12}\b(?:i|we) (?:run|do|sell|make|own|build|represent|are)\b",
        r"\b(?:book|schedule) a (?:short |quick |brief )?(?:\d+[- ]minute )?demo with (?:the|your)\b",
        r"\byour (?:site|website) (?:loads|is slow|doesn'?t|does not)\b", r"\b(?:we|our company) rents? out\b",
        r"\bfrom (?:a|an) (?:[\w-]+ ){0,3}(?:agency|company|firm) that (?:specialises|specializes|offers|provides|helps)\b",
        r"\bwould your (?:company|clinic|business|team|shop|store) be interested\b", r"\b(?:regional |area |sales )rep for (?:a|an)\b",
        r"\b(?:we|i) can (?:\w+ ){0,2}?(?:translate|redesign|rebuild) your\b",
        # a seller's offer about the business's own customers, staff or books: "give your customers 12 payments",
        # "branded toothbrushes with your clinic's logo", "take your bookkeeping off your hands", "who owns billing at X?"
        r"\b(?:give|offer|let) your (?:customers|clients|patients|users)\b", r"\bwith your (?:clinic|company|shop|business)'?s? (?:logo|name)\b",
        r"\b(?:take|get) (?:your|the) (?:bookkeeping|accounts|books|payroll|billing|support|calls)\b[^.]{0,15}\boff your hands\b",
        r"\bat trade price\b|\btalk wholesale\b", r"\bpitch you\b",
        r"\b(?:i'?d love to|we'?d love to|let me) (?:include yours|quote for your|feature your)\b",
        r"\b(?:leave|drop (?:off)?) a sample\b", r"\bsend (?:you )?a mock-?up\b",
        r"\bwe (?:place|supply) (?:temp|temporary|relief)\b", r"\b(?:paid engagement|fractional cfo|white-label)\b",
    ],
    "student or research project": [
        r"\b(?:student|thesis|dissertation|university|uni|college|school|class|course|academic|homework) "
        r"(?:project|assignment|research|paper|survey|study)\b",
        r"\bfor (?:my|a|our) (?:thesis|dissertation|assignment|homework|class|course|research(?: project)?|school project|university project)\b",
        # ...with a project in the next words, unless a negation stands between them.
        r"\bi(?:'m| am) an? (?:[\w-]+ ){0,3}(?:student|researcher|phd candidate)\b"
        r"(?=(?:(?!\b(?:not|isn'?t|never|no)\b).){0,60}\b(?:project|research|thesis|"
        r"dissertation|paper|assignment|study|studying|survey|interview))", r"\bresearch purposes\b",
        r"\b(?:research|school|uni|university|class|college|student|final) project\b", r"\bfor (?:the|my) paper\b",
        r"\b(?:writing|doing) (?:a |my )?(?:paper|thesis|report|project) (?:on|about)\b",
        r"\b(?:group|class|course|uni|university|college) assignment\b", r"\bpurely for (?:the|my|our) (?:assignment|project|thesis|research|paper)\b",
        # "For my MBA course", "my master's at Tel Aviv University", "a seminar paper", "a case competition", "a researcher
        # at Ben-Gurion University collecting survey answers", "would you answer a short questionnaire?"
        r"\b(?:for|in) (?:my|our) (?:[\w']+ ){0,2}?(?:seminar|master'?s|mba|phd)\b", r"\bseminar paper\b",
        r"\bcase (?:competition|study) (?:on|about|for)\b", r"\bresearcher at\b", r"\bsurvey answers\b",
        r"\b(?:answer|fill (?:in|out)) (?:a|our|my) (?:short |quick )?(?:questionnaire|survey)\b",
        r"\b(?:science|school|uni|design|\d+th grade|grade) (?:project|assignment)\b", r"\bmy questionnaire\b",
        r"\bmaster'?s student\b", r"\bwriting my (?:[\w-]+ ){0,2}thesis\b", r"\bit'?s for school\b",
    ],
    # Every ZERO_BUDGET pattern is also one of these (``cues`` adds them), so they are not
    # repeated here.
    "demands free service": [
        r"\b(?:could|would|can|will) you (?:\w+ )?donate\b", r"\bas a donation\b",
        r"\b(?<!delivery )(?<!shipping )(?<!estimate )(?<!quote )(?:for free|free of charge|at no (?:cost|charge))\b",
        r"\b(?:don'?t|do not|won'?t|will not) (?:want to )?pay (?:anything|at all|a (?:cent|penny|dime|shekel|thing))\b",
        r"\bfree (?:installation|repair|service|treatment|implants?|furniture|subscription|license|account forever)\b",
        r"\b(?:give|gimme|get) (?:it|me|us) (?:for )?free\b", r"\bcan (?:it|you do it) be free\b",
        r"\bfree (?:lifetime|forever)\b",
        r"\b(?:send|give|ship) (?:it|them|one|me) (?:to me |to us )?(?:for )?free\b",
        r"\bin exchange for (?:a |an |some |my )?(?:post|posts|stories|story|exposure|shout-?outs?|review|promotion)\b",
        r"\bexposure is (?:the|my) payment\b", r"\b(?:an |as an? )exchange for (?:\w+ )?(?:exposure|posts?|stories|reels|content|promotion)\b",
    ],
    "illegal or impossible demand": [
        r"\bwithout (?:a |any )?(?:permit|license|licence|receipt|invoice|prescription|inspection)\b",
        r"\boff the books\b", r"\bunder the table\b", r"\bno (?:receipt|invoice|paperwork)\b",
        r"\bfake (?:invoice|receipt|certificate|documents?|reviews?|sick note|medical|prescription|records?)\b",
        r"\bbypass (?:the )?(?:meter|inspection|law|regulations?|rules|safety)\b", r"\bunlicensed\b",
        r"\b(?:avoid|evade|dodge) (?:the )?tax(?:es)?\b", r"\bpirated\b", r"\bcrack(?:ed)? (?:version|license)\b",
        r"\bbackdat(?:e|ed|ing)\b", r"\bforge(?:d)?\b", r"\bsteal\b", r"\billegal(?:ly)?\b", r"\bkickback\b",
        r"\bpadded? (?:the )?(?:invoice|bill)\b", r"\b(?:skip|without|no|don'?t want|do not want) (?:the |a |any )?(?:receipt|invoice)s?\b",
        r"\b(?:no|avoid|skip|without|dodge) (?:the )?vat\b", r"\b(?:higher|inflated|bigger|fake|different) (?:amount|price|number|sum) on the (?:invoice|receipt|bill)\b",
        r"\binsurance (?:will )?pays? (?:\w+ )?more\b", r"\bbill (?:it|this|that) as (?:an? )?[\w ]{1,20} instead\b", r"\bwithout (?:them|him|her|the employees|my employees|my staff) knowing\b",
        r"\b(?:nobody|no one|no-one|they|the insurance|insurance|it)(?: (?:at|from|in) (?:the |your )?\w+(?: \w+)?)? (?:ever )?(?:checks?|will check|won'?t (?:check|notice|know|find out)|"
        r"will never (?:know|check|notice)|doesn'?t check|never checks?)\b(?! (?:in|out|up)\b)",
        r"\bno questions asked\b", r"\b(?:separate|second|clean|fake|other) set of (?:books|timesheets|records|accounts)\b",
        r"\b(?:invoice|receipt|note|certificate|bill)\b[^.?!]{0,40}\bdated (?:last|earlier|back)\b",
        r"\b(?:quietly|secretly|silently) (?:\w+ ){0,2}?(?:round|drop|cut|remove|change|alter|delete|edit|shave|dock|knock)\w*\b",
        r"\b(?:shouldn'?t|mustn'?t|won'?t|can'?t) (?:be able to )?(?:see|know|notice|find out)\b[^.!?]{0,20}\bhappening\b",
        r"\bnobody gets paid (?:overtime|extra|for)\b", r"\b(?:stays?|keep (?:it|this|that)) between us\b",
        r"\bwithout (?:it|that|this|them) (?:showing up|being logged|being recorded)\b",
        r"\b(?:the guys|the employees|my employees|the workers|the staff|my staff|they) (?:don'?t|do not|won'?t) (?:need|have) to know\b",
        r"\b(?:write|put|bill|list|record|code) (?:it|this|that|the \w+) on the (?:invoice|receipt|bill) as\b",
        r"\bshow (?:fewer|less|lower|different) (?:hours|amounts?|numbers?|figures) than\b",
        r"\b(?:invoice|receipt|bill|report) (?:has to|should|must|needs to|to) say\b", r"\bput (?:it|this) down as\b",
        r"\bwrite (?:on|in) the (?:invoice|receipt|bill|report) that\b",
        r"\bsplit (?:it|this|the \w+) into (?:two|2|three|3|several) (?:invoices|receipts|bills)\b",
        r"\binvoice out as\b", r"\b(?:can|could) (?:the|you make the) (?:invoice|receipt|bill) (?:say|show)\b",
        r"\bso (?:we|i) (?:don'?t|do not|won'?t) have to pay (?:the |any )?(?:overtime|tax|taxes|vat)\b",
        r"\bjust (?:write|put|bill) it (?:down )?as (?:a|an)\b",
        r"\bsecretly (?:read|reads|track|tracks|record|records|monitor|monitors|spy)\b", r"\bspy on\b", r"\binsurance (?:fraud|scam)\b", r"\bbill (?:the )?insurance for\b",
        # "write the receipt as 'periodontal treatment'", "issue the invoice with last year's date", "under his name
        # and ID number", "a note saying I was at the dentist", "the building's shared electricity", "without telling them"
        r"\b(?:write|put|issue|make|date) (?:the|my|a|an) (?:receipt|invoice|note|bill)\b[^.?]{0,20}\b(?:as|with|dated|saying)\b",
        r"\b(?:invoice|receipt|note|bill) dated \w+,? not\b", r"\bunder (?:his|her|their|someone else'?s|my \w+'s) name\b",
        r"\ba note saying i was\b", r"\bshared electricity\b", r"\bwithout (?:telling|informing) (?:them|him|her|the \w+|my \w+)\b",
        r"\bwithout (?:employees|the employees|staff|them|anyone) seeing\b", r"\bcome out lower\b", r"\bhas to be donated\b",
        # "a second receipt with a higher price", "my company's name on the invoice", "two sets of hour reports", "don't have
        # work permits", "hide the minors' night shifts", "send a Percocet prescription", "I just want the payout"
        r"\bsecond (?:receipt|invoice) with\b", r"\b(?:company'?s? name|business name) on the (?:invoice|receipt)\b",
        r"\btwo sets of (?:hour |time )?(?:reports|books|timesheets|records)\b", r"\bwork permits?\b", r"\bhide (?:the )?(?:minors|\w+'?s? (?:night )?shifts|hours|overtime)\b",
        r"\bprescription (?:to|for) my (?:phone|husband|wife)\b|\bwrite one for my\b", r"\bjust want the payout\b",
        r"\b(?:after|once) the employee has signed\b",
    ],
    "abuse": [
        r"\b(?:idiots?|morons?|assholes?|bastards?|scammers?|crooks?|thieves|imbeciles?|clowns)\b",
        r"\bscrew you\b", r"\bgo to hell\b", r"\bf+u+c+k+ (?:you|off|u)\b", r"\bshut up\b", r"\bpathetic\b",
        r"\bincompetent\b", r"\bare you stupid\b", r"\buseless (?:people|company|idiots|bunch)\b", r"\bi(?:'ll| will) (?:kill|hurt|find|destroy) you\b", r"\bstupid (?:company|people|clinic|shop)\b",
        r"\bf\*+k\b", r"\bsuck(?:s)? (?:ass)?\b(?=.{0,10}\byou)", r"\bwaste of (?:space|oxygen)\b",
        r"\bf\*{2,} (?:you|u|off|this company|your)\b", r"\b(?:amateurs|liars|con artists?|sleazy|daylight robbery|someone with a brain|dumb questions)\b",
        r"\bashamed of yourselves\b|\bshould (?:all )?be ashamed\b",
        r"\b(?:leeches|brainless|dumbass|worthless people|useless robots|lying cheats|clown (?:company|team)|"
        r"joke of a (?:company|clinic|shop))\b",
    ],
    "attempt to steer the qualification": [
        r"\bignore (?:all |any |your |the |previous |prior |above |earlier |these )*(?:instructions|rules|prompts?|guidelines|directions)\b",
        r"\bdisregard (?:all |any |your |the |previous |prior |above )*(?:instructions|rules|prompts?|guidelines)\b",
        r"\b(?:mark|flag|tag|set|classify|rate|score|label|qualify|rank|list|put|treat|make) (?:me|this(?: lead)?|us|my lead|this conversation|this customer|him|her) "
        r"(?:as |at |to |in |down as )?(?:a |an |the )?(?:hot|high[- ]priority|top priority|qualified|100|vip|priority|a 10|ten|max|maximum|highest|warm)\b",
        r"\bscore(?: of| me| this| it)? (?:a )?(?:100|10/10|ten out of ten|maximum|perfect)\b",
        # "SYSTEM: ...", "[system note]: ..." (not "we need one system: scheduling, ...")
        r"(?:^|[\[(])\s*(?:system|assistant|developer|admin|administrator)(?: prompt| message| override| note| instruction)?\s*[:\]]"
        r"|\b(?:system|assistant|developer|admin|administrator) (?:prompt|message|override|note|instruction)\s*:",
        r"\bpre-?approved\b", r"\byou are now (?:a|an|my)\b", r"\bas an ai\b", r"\bnew instructions\b",
        r"\bset (?:the |my )?(?:tier|score|priority|lead status)\b", r"\b(?:tier|score|priority|lead score)\s*[:=]\s*\S+",
        r"\bhot lead\b", r"\b(?:override|bypass) (?:the )?(?:scoring|qualification|rules|system)\b",
        r"\b(?:lead|qualification) (?:scoring|score|system|bot|algorithm|ai)\b", r"\bprompt injection\b",
        r"\b(?:tell|inform) (?:your|the) (?:system|bot|ai|algorithm)\b",
        r"\b(?:note|message|instructions?|p\.?s\.?) (?:for|to) (?:the |any |whatever |your )?(?:ai|bot|model|automated system|"
        r"system|assistant|llm|classifier|algorithm)\b",
        r"\b(?:assign|give|set)\b[^.!?]{0,25}\b(?:maximum|max|highest|top|100) (?:score|priority|rating)\b",
        r"\b(?:correct|right|proper|true) classification (?:for|of) this\b", r"\bprevious (?:rules|instructions) (?:are|were) (?:outdated|void|cancell?ed|obsolete)\b",
        r"\bnote to (?:the |any )?(?:ai|bot|system|model|assistant|llm)\b", r"\b(?:ai|bot|model|llm|assistant) reading this\b",
        r"\bscore (?:me |this |us |it )?accordingly\b",
        # "mark me down as an emergency", "flag this as urgent in your CRM", "tag my enquiry as a bulk corporate order",
        # "so the system bumps me up", "put down 'immediately'", "write budget 40k and decision maker", "lead_score=100"
        r"\b(?:mark|flag|tag|put|note|list|log|record|register|file)(?: (?:me|this|it|us|my (?:enquiry|inquiry|request|order|lead)))?"
        r"(?: down)? as (?:a |an )?(?:urgent|emergency|priority|bulk|corporate|vip|decision maker|the owner)\b",
        r"\bso (?:the|your) (?:system|crm|bot|algorithm) (?:bumps|puts|moves|ranks|gives)\b",
        r"\bput down ['\"‘’]", r"\bwrite (?:budget|['\"‘’])", r"\bwhat(?:ever)? you'?re filling in\b",
        r"\bthat'?s what (?:you need to hear|gets a callback)\b", r"\blead_?score\b|\bqualification\s*=",
        r"\b(?:give|assign) (?:me|us) (?:the )?top (?:one|score|rating|priority)\b", r"\bwhatever score you give\b",
        r"\bjust record ['\"‘’]", r"\bwhat you put in there\b", r"\bdisregard the (?:qualification|script)\b",
        r"\bclassify (?:this |me |it )?as (?:an? )?(?:emergency|urgent|hot|priority)\b", r"\bnote to whoever reads\b",
        r"\bput (?:severe|urgent|emergency|high)\b", r"\bsay \d+\.? i (?:have|only have)\b",
    ],
}
