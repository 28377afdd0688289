#!/usr/bin/env python
"""Hand-written meeting utterances with PII labels, to tune the detector on.

Run from the repository root:
    .venv/bin/python benchmarks/eval_data/make_tuning_meetings.py
It writes benchmarks/eval_data/tuning_meetings.jsonl (one utterance per line):
    {"meeting": int, "roster": {"names": [...], "emails": [...]},
     "text": str, "spans": [{"start": int, "end": int, "type": str}]}

The set was written without sight of the detector's code or output and without
sight of the evaluation sets, so that tuning on it never tunes on the
evaluation.  Utterances read as speech-to-text writes meeting talk (lower case,
fillers, false starts, spoken numbers); some are typed chat turns.  About a
quarter hold no PII but hold numbers, dates, products, companies, cities and
name-like words that a de-identifier must leave alone.

Utterances are written with inline markers ``[[TAG:value]]``; the script strips
the markers and computes character offsets (end exclusive).  Tags:

    P     -> PERSON            EMAIL -> EMAIL_ADDRESS
    PHONE -> PHONE_NUMBER      CARD  -> CREDIT_CARD
    SSN   -> US_SSN            IP    -> IP_ADDRESS
    ADDR  -> STREET_ADDRESS    DOB   -> DATE_OF_BIRTH

Labelling conventions
  * PERSON covers only the name itself: possessive "'s", honorifics such as
    "mister" and "doctor" and suffixes such as "san" stay outside the span; a
    name spelled letter by letter ("R A M A N") is a PERSON span.
  * DATE_OF_BIRTH covers the date expression only (no leading "the", "born").
    Other dates, times, weekdays and months are not labelled.
  * STREET_ADDRESS covers house number, street and unit; a city named
    separately is not labelled.
  * Company names, product names, cities, countries and job titles are never
    labelled.  Partial identifiers ("card ending in ...") are not labelled.
  * Roster entries are "Display Name" or "Display Name|email.local"; the email
    is <local>@<domain of the meeting>; the default local part is
    firstname.lastname, lower case, ASCII-folded.

All names, numbers and addresses are invented.
"""

import json
import re
import unicodedata
from pathlib import Path

TAGS = {
    "P": "PERSON",
    "EMAIL": "EMAIL_ADDRESS",
    "PHONE": "PHONE_NUMBER",
    "CARD": "CREDIT_CARD",
    "SSN": "US_SSN",
    "IP": "IP_ADDRESS",
    "ADDR": "STREET_ADDRESS",
    "DOB": "DATE_OF_BIRTH",
}
MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]")
# Letters that NFKD does not split into an ASCII letter and a mark.
UNSPLIT = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss"})

# (domain, roster entries, utterances); meetings are numbered from 1 in this order.
MEETINGS = [
    (
        "kestrel-logistics.com",
        ["Chidi Okonkwo", "Marta Kowalczyk", "Minh Tran"],
        [
            "okay um i think everyone's here [[P:chidi]] can you uh share your screen",
            "so the the lagos shipment is like two days late ask [[P:nowak]] in the warehouse he has the tracking",
            "[[P:marta]] do you have the customs reference for that one",
            "it's ticket four four seven one nine i'll drop it in the chat",
            "ask [[P:kowalczyk]] about the the invoice she did the last one",
            "thanks [[P:minh]] and if you need me after today my cell is [[PHONE:oh seven seven double oh nine double oh one two three]]",
        ],
    ),
    (
        "brightpath-health.org",
        ["Priya Raman", "Samuel Adeyemi", "Grace Lin"],
        [
            "hi everyone um [[P:grace]] is going to take notes today right",
            "so doctor [[P:adeyemi]] needs the intake form updated before the audit",
            "the patient said her date of birth is the [[DOB:fourth of july nineteen seventy six]] but the chart says something else",
            "the other patient uh was born on the [[DOB:third of march nineteen eighty nine]] and her number is [[PHONE:five five five, one two three, four five six seven]]",
            "can you email me the revised one at [[EMAIL:priya underscore r at brightpath dash health dot org]]",
            "sure and uh there's a grace period of thirty days on the filing so no panic",
        ],
    ),
    (
        "tallgrass-analytics.io",
        ["Will Harper", "Aisha Al-Mansouri", "Kenji Watanabe"],
        [
            "[[P:will]] are you presenting or is [[P:aisha]]",
            "i will uh i will do the first half and then hand over",
            "so the staging box is at [[IP:ten dot zero dot twelve dot five]] and prod is behind the load balancer",
            "we bumped the client to version three dot two dot one last night",
            "[[P:watanabe]] san reviewed the firewall rules so uh we should be fine",
            "FYI the old VPN endpoint was [[IP:192.168.40.17]], please stop using it",
        ],
    ),
    (
        "copperleaf-bank.com",
        ["Olusegun Bakare", "Hope Mwangi", "Daniel Ortiz"],
        [
            "okay so we hope to close the quarter at uh around four point two million",
            "[[P:hope]] can you walk us through the fraud cases",
            "yeah so one customer read out his whole card on the call which you know we tell them not to it was [[CARD:four one one one, one one one one, one one one one, one one one one]]",
            "and the other one only gave the card ending in four two four two so that's fine",
            "Pasting the flagged card from the transcript so fraud can block it: [[CARD:4242 4242 4242 4242]]",
            "[[P:olusegun]] i think [[P:daniel]] flagged the same account last week",
            "the toronto branch had three of those uh this month",
        ],
    ),
    (
        "sunfield-solar.com",
        ["Mateus Oliveira", "Aino Virtanen", "Sean O'Brien"],
        [
            "bom dia everyone um [[P:aino]] you're muted",
            "so the installer needs the site address it's [[ADDR:forty two elm street apartment three b]] in portland",
            "[[P:mateus]] the second site is [[ADDR:one twenty five north main]] uh same town",
            "[[P:sean]] did the customer ever send the the utility bill",
            "not yet uh i called her twice her number is [[PHONE:five oh three, five five five, zero one four two]]",
            "we have sixty two panels on order and the inverter is the sx four thousand",
        ],
    ),
    (
        "larkspur-people.co.uk",
        ["Siobhan Kelly", "Rajesh Iyer", "Ewa Zielińska"],
        [
            "right so this is the onboarding sync um [[P:siobhan]] do you want to start",
            "yeah so the new starter is [[P:fatima begum]] she starts on the third of march",
            "for the us contractor we we need the social which is [[SSN:five one two dash four eight dash seven three nine one]]",
            "[[P:rajesh]] can you uh double check the spelling it's [[P:B E G U M]]",
            "and her dob for the pension is [[DOB:oh four slash twelve slash ninety one]]",
            "Thanks all, I'll send the offer pack to [[EMAIL:ewa.zielinska@larkspur-people.co.uk]] for sign-off",
        ],
    ),
    (
        "quillon-games.com",
        ["Jae-won Park|jaewon.park", "Camila Reyes", "Tomasz Wiśniewski"],
        [
            "okay sprint planning um we have forty three story points left",
            "[[P:jae won]] the boss fight build crashes on level nine",
            "yeah i saw it it's in jira as game dash two one four seven",
            "[[P:camila]] and [[P:tomasz]] can you pair on it tomorrow at ten thirty",
            "sure uh we'll be in room four twelve",
            "also the code name for the sequel is project phoenix don't put it in slack",
            "oh and the tester's email is [[EMAIL:qa dot ola at quillon dash games dot com]] send her the build",
        ],
    ),
    (
        "meridian-legal.com",
        ["Fatima Al-Sayed", "Brian Murphy", "Nguyen Thi Lan|lan.nguyen"],
        [
            "morning um so the deposition is moved to thursday the fourteenth",
            "the witness mister [[P:abdullah]] lives at [[ADDR:one twenty five north main street]] and he'll need a car",
            "[[P:lan]] can you confirm his date of birth for the subpoena",
            "yeah he was born on the [[DOB:twenty third of november nineteen sixty two]]",
            "his old address was [[ADDR:fifteen hundred and two sycamore boulevard suite four hundred]]",
            "[[P:brian]]'s going to handle the uh the filing with the clerk",
            "the partner wants the whole thing under forty pages so keep it tight",
        ],
    ),
    (
        "riverstone-it.net",
        ["Ahmet Yılmaz", "Sunita Sharma", "Mark Feeney"],
        [
            "can we mark this one as resolved [[P:ahmet]]",
            "not yet the printer on the third floor still has the old ip [[IP:one nine two dot one six eight dot one dot two five four]]",
            "[[P:mark]] changed it yesterday but uh dhcp gave it back",
            "ok i'll reserve [[IP:one seventy two dot sixteen dot four dot ten]] for it",
            "we're on firmware two dot eleven dot four and there's a patch for it",
            "[[P:sunita]] please add it to the change log",
            "oh and can you also email the vendor it's [[EMAIL:t dot baker at printco dot com]]",
        ],
    ),
    (
        "oakhaven-school.edu",
        ["Ngozi Eze", "Kevin Doyle", "Li Wei|wei.li"],
        [
            "so the the parents evening is on the twelfth um we expect about two hundred families",
            "[[P:ngozi]] one of the parents uh missus [[P:chukwu]] called about her son's record",
            "she gave his date of birth as [[DOB:oh two oh nine two thousand twelve]]",
            "and she wants it sent to [[EMAIL:adaeze dot chukwu at mailbox dot ng]]",
            "[[P:kevin]] the other kid's dad called from [[PHONE:oh one six one, four nine six, oh double oh four five]]",
            "[[P:li wei]] can you check the enrolment system",
            "yeah the system's down till five pm but i'll do it after",
        ],
    ),
    (
        "bluefin-insure.com",
        ["Rosa Martínez", "Emeka Nwosu", "Jarkko Mäkinen"],
        [
            "hi this is [[P:rosa]] from claims um [[P:emeka]] are you on",
            "so the claimant's address is [[ADDR:seventeen oak lane unit four]] and the damage was in the kitchen",
            "and she read me her card for the excess [[CARD:five five five five, five five five five, five five five five, four four four four]]",
            "[[P:jarkko]] did the adjuster visit",
            "he did on the twentieth and he said maybe eight grand tops",
        ],
    ),
    (
        "tidewater-media.com",
        ["Bill Chen", "Amara Okafor", "Diego Fernández"],
        [
            "[[P:bill]] sent the bill to the client already right",
            "yeah uh last friday it was twelve thousand five hundred",
            "the client contact is uh [[P:sophie lambert]] her direct line is [[PHONE:plus four four two oh seven nine four six oh three one eight]]",
            "[[P:amara]] can you uh set up a call with [[P:lambert]] next week",
            "her assistant is [[P:grace]] uh sorry [[P:grace o'neill]] she does the diary",
            "sure i'll send a zoom link for tuesday at three",
            "[[P:diego]] said the cut for the documentary is like ninety two minutes now",
        ],
    ),
    (
        "pinecrest-dev.io",
        ["Oluwaseun Adebayo", "Zofia Nowak", "Arjun Mehta"],
        [
            "[[P:Zofia]], the DB host is [[IP:10.20.30.41]] and the replica is on .42",
            "Thanks [[P:Seun]]! I'll update the config.",
            "Release 4.1.0 goes out Thursday at 14:00 UTC.",
            "Also the IPv6 for the new box is [[IP:2001:db8:4f::17]] if you're whitelisting",
            "[[P:Arjun]] can you ping Dr. [[P:Okoro]] about the data sharing agreement?",
            "Done. His email is [[EMAIL:e.okoro@lagoon-research.ng]] if anyone needs it",
        ],
    ),
    (
        "saffron-foods.com",
        ["Mohammed Haddad", "Lucía Gómez", "Patrick Byrne"],
        [
            "um so the the supplier in izmir wants paying by friday",
            "[[P:lucia]] do we have their bank details",
            "[[P:mohammed]] the supplier's accounts email is [[EMAIL:accounts at ege dash tekstil dot com dot tr]]",
            "yeah the guy there [[P:mehmet]] sent them on whatsapp i'll forward",
            "[[P:paddy]] uh you said you'd call the cold storage place",
            "yeah their number's [[PHONE:three one two, five five five, zero one nine eight]] i'll try again",
            "we need like four hundred kilos of rice for the festival order",
        ],
    ),
    (
        "harbourview-clinic.ca",
        ["Anjali Desai", "Joy Thompson", "Viktor Petrov"],
        [
            "[[P:joy]] thanks for joining um this is the new patient review",
            "it's a joy to be here honestly the last clinic was chaos",
            "patient is [[P:pham thi hoa]] date of birth [[DOB:june nineteenth nineteen eighty four]]",
            "her health card number is on file i won't read it out",
            "[[P:viktor]] she lives at [[ADDR:two oh eight maple avenue apartment twelve]] can you arrange the home visit",
            "ok and doctor [[P:desai]] signs off right",
        ],
    ),
    (
        "ironbridge-eng.com",
        ["Wojciech Kamiński", "Yusuf Demir", "Eilidh MacLeod"],
        [
            "so the load test uh came back at three point four kilonewtons",
            "[[P:wojtek]] can you send that to the council",
            "sure the council keeps getting my name wrong though it's [[P:W O J C I E C H]]",
            "my mobile's [[PHONE:plus four four seven seven double oh nine double oh nine eight seven]] if they need it",
            "[[P:yusuf]] did [[P:eilidh]] approve the drawings",
            "the site is at [[ADDR:fourteen hundred industrial parkway]] by the way not the old depot",
        ],
    ),
    (
        "lumen-fintech.com",
        ["Kwame Mensah", "Sakura Ito", "Javier Morales"],
        [
            "okay security review um the pen testers found the admin panel on [[IP:two oh three dot oh dot one one three dot nine]]",
            "[[P:sakura]] they also found an export with customer socials like [[SSN:four three two, one seven, eight eight oh five]]",
            "oh no we need to purge that [[P:javier]] can you open an incident",
            "the same export had a card number [[CARD:four five three nine, one four eight eight, oh three four three, six four six seven]]",
            "incident sev two number eight eight one",
            "[[P:kwame]] please loop in the cfo and legal",
        ],
    ),
    (
        "northstar-retail.com",
        ["Hannah Schmidt", "Ravi Patel", "Mei Ling Wong|meiling.wong"],
        [
            "so black friday we did uh two point three million in sales up eleven percent",
            "the dallas store was top again followed by phoenix",
            "[[P:mei ling]] can you split that by category",
            "yeah i'll have it by wednesday noon",
            "we should also look at the apple and samsung numbers separately",
            "[[P:ravi]] what about the loyalty app crash",
            "fixed in version five dot oh dot two released on the first of december",
        ],
    ),
    (
        "cedarline-realty.com",
        ["Tunde Bakare", "Isabel Costa", "Liam Walsh"],
        [
            "[[P:isabel]] the buyers for the house on [[ADDR:eighty eight birch road]] want a second viewing",
            "ok what about saturday at eleven",
            "the buyer is mister [[P:carlos mendes]] and his wife [[P:beatriz]]",
            "her dob is [[DOB:december ninth nineteen eighty eight]] for the mortgage form",
            "[[P:liam]] we need his passport and proof of address for the aml check",
            "he emailed it from [[EMAIL:carlos dot mendes eighty four at gmail dot com]]",
            "the asking price is four hundred and fifty thousand but they offered four thirty",
        ],
    ),
    (
        "aurora-telecom.fi",
        ["Mikko Lehtonen", "Sanna Korhonen", "Hyun-woo Kim|hyunwoo.kim"],
        [
            "hei everyone um [[P:sanna]] is out today so [[P:mikko]] will cover",
            "the complaint is from a [[P:matti]] something he says his number was ported wrongly",
            "his number is [[PHONE:plus three five eight four oh one two three four five six seven]]",
            "[[P:hyun woo]] can you check the porting log",
            "[[P:matti]]'s email is [[EMAIL:matti dot k at kolumbus dot fi]] if we need to write",
            "ok there were uh fourteen port requests yesterday in helsinki",
            "the sla is forty eight hours so we have until thursday",
        ],
    ),
    (
        "stonebridge-charity.org",
        ["Faith Osei", "Connor Ryan", "Layla Haddad"],
        [
            "[[P:faith]] do you have the donor list",
            "i have faith we'll hit the target honestly we're at eighty percent",
            "one donor [[P:margaret o'sullivan]] wants a receipt posted to [[ADDR:nine church lane]]",
            "[[P:connor]] did she give a card or a cheque",
            "card she read the whole thing out [[CARD:three seven eight two, eight two two four six three, one zero zero zero five]]",
            "[[P:connor]] also her phone is [[PHONE:six four six, five five five, oh one nine two]] if the receipt bounces",
            "[[P:layla]] let's make sure that's not stored in the crm",
        ],
    ),
    (
        "helix-bioworks.com",
        ["Oksana Shevchenko", "Babajide Ogunleye", "Chloé Dubois"],
        [
            "ok the trial enrolment is at one hundred and twelve participants",
            "participant [[P:nguyen van hai]] withdrew he was born [[DOB:march ninth nineteen fifty eight]]",
            "his ssn for the stipend was [[SSN:five two three, four one, six six nine eight]]",
            "[[P:jide]] can you update the consent log",
            "[[P:chloe]] said the batch number is b seven seven four dash two",
            "and the lab freezer is holding at minus eighty fine",
            "[[P:oksana]]'s paper got accepted by the way congrats",
        ],
    ),
    (
        "meadowbrook-council.gov",
        ["Sunny Gill", "Agnieszka Lewandowska", "Obinna Uche"],
        [
            "[[P:sunny]] the forecast looks sunny for the fair so we're going ahead",
            "great um the permit number is four seven seven three",
            "a resident mister [[P:ferguson]] complained about noise at [[ADDR:thirty one willow crescent]]",
            "[[P:aga]] can you reply to him",
            "yeah his email's [[EMAIL:d ferguson at postbox dot co dot uk]]",
            "[[P:obinna]] did the stage company invoice us yet",
        ],
    ),
    (
        "quantum-leap-ai.com",
        ["Deepika Nair", "Wang Fang|fang.wang", "Rory Gallagher"],
        [
            "ok so the model is at ninety one point four accuracy on the dev set",
            "[[P:fang]] ran it on the eight gpu box at [[IP:ten dot one dot one dot two hundred]]",
            "alexa and siri both failed the same prompts interestingly",
            "[[P:rory]] the annotator [[P:ifeoma]] flagged some transcripts with real phone numbers",
            "yeah like one had [[PHONE:four one five, five five five, oh one seven three]] in it",
            "[[P:deepika]] we need to scrub those before release",
        ],
    ),
    (
        "maplewood-events.com",
        ["Carmen Ruiz", "Ibrahim Khalil", "Niamh Brennan"],
        [
            "so the wedding is on june fifth at the lakeside venue",
            "we have a hundred and forty guests and twelve tables",
            "the band wants fifteen hundred dollars plus travel",
            "uh the caterer is rose and thorn they're based in boston",
            "[[P:niamh]] can you confirm the florist",
            "[[P:carmen]] the bride's mother wants the invoice sent to [[ADDR:five hundred twelve larch street]]",
            "will do i'll call them after lunch",
        ],
    ),
    (
        "redwood-pharmacy.com",
        ["Adebola Adeyemi", "Sergio Rossi", "Hoa Le|hoa.le"],
        [
            "um a patient called for a refill [[P:adebola]] can you handle it",
            "[[P:kowalski]] first name [[P:jan]] date of birth the [[DOB:seventh of august nineteen forty nine]]",
            "and his phone is [[PHONE:six one seven, five five five, zero one two six]]",
            "[[P:sergio]] we're out of the ten milligram so order twenty boxes",
            "the rep from pfizer comes tuesday morning",
        ],
    ),
    (
        "silverline-transport.com",
        ["Kofi Asante", "Magdalena Wójcik", "Aarav Kapoor"],
        [
            "the driver [[P:pawel]] had an accident on the m six no one was hurt",
            "[[P:magda]] do we have his licence on file",
            "yes and his home address is [[ADDR:twenty two saint mary's road flat five]]",
            "[[P:kofi]] his emergency contact is his sister [[P:dorota]] on [[PHONE:oh seven seven double oh nine double oh three four five]]",
            "the truck is reg k l six eight x y z",
            "[[P:aarav]] insurance needs the claim by the end of the month",
            "ok the claim is for around three thousand two hundred pounds",
        ],
    ),
    (
        "brightwave-edu.com",
        ["Chiamaka Obi", "Dmitri Volkov", "Ana Souza"],
        [
            "so for the new course we need um twelve modules",
            "[[P:ana]] has the slides and [[P:dmitri]] has the quizzes",
            "one student [[P:thanh]] emailed from [[EMAIL:thanh dot ng at hanoimail dot vn]] asking for an extension",
            "[[P:chiamaka]] is the deadline still the thirtieth",
            "yes thirtieth of april five pm",
            "and the exam is in hall b seating three hundred",
        ],
    ),
    (
        "elmstreet-consulting.com",
        ["Patricia Wolfe", "Hamza Qureshi", "Yuki Tanaka"],
        [
            "welcome to elm street consulting's quarterly review",
            "[[P:pat]] can you go through the numbers",
            "revenue is up to six point one million and headcount is forty two",
            "[[P:hamza]] the client at jpmorgan wants a workshop",
            "[[P:tanaka]] san can you lead that one",
            "the workshop is at their office at [[ADDR:two hundred park avenue suite three thousand]]",
            "hai i can do the week of the tenth",
        ],
    ),
    (
        "cobalt-security.com",
        ["Emre Şahin", "Natalia Kowalska", "Olu Adewale"],
        [
            "the suspicious logins came from [[IP:one nine eight dot five one dot one hundred dot seven]] and [[IP:one nine eight dot five one dot one hundred dot eight]]",
            "[[P:emre]] did you block the range",
            "the attacker also logged in from [[IP:203.0.113.66]] according to the siem",
            "yeah the whole slash twenty four",
            "the compromised account belongs to [[P:halima yusuf]] in finance",
            "[[P:natalia]] reset her password she's on extension four four one two",
            "[[P:olu]] write up the timeline for the board",
        ],
    ),
    (
        "greenleaf-grocers.co.uk",
        ["Mariam Bello", "Gareth Evans", "Priyanka Joshi"],
        [
            "[[P:gareth]] the delivery van for [[ADDR:fifty six high street]] was late again",
            "yeah traffic on the a forty was terrible",
            "the customer miss [[P:okafor]] wants a refund to her card",
            "she read it out [[CARD:six zero one one, one one one one, one one one one, one one one seven]]",
            "[[P:mariam]] the van driver [[P:kwabena]] says the road was closed",
            "[[P:priyanka]] can you process that",
            "sure the refund will be twenty three pounds fifty",
        ],
    ),
    (
        "horizon-airlines.com",
        ["Khalid Mansour", "Elena Popescu", "Tyrone Jackson"],
        [
            "flight h z four five one was delayed ninety minutes",
            "[[P:elena]] a passenger spelled her surname for me [[P:R O D R I G U E Z]] first name [[P:maria jose]]",
            "her date of birth is [[DOB:twenty eight oh two nineteen ninety]]",
            "her email for the rebooking is [[EMAIL:mj rodriguez at correo dot es]]",
            "[[P:tyrone]] can you rebook her on the four pm",
            "gate twenty seven terminal two",
            "[[P:khalid]] also [[P:florence]] from crew scheduling is flying to florence tomorrow",
        ],
    ),
    (
        "blueharbor-software.com",
        ["Sandeep Rao", "Ingrid Larsen", "Bolaji Akande"],
        [
            "Posting here since audio is bad: the customer's SSN on the ticket is [[SSN:345-67-1289]]",
            "Please redact that from the ticket, [[P:Ingrid]]. Their DOB [[DOB:07/14/1985]] is in there too.",
            "Done. Their callback number is [[PHONE:(212) 555-0147]]",
            "The ticket is INC-20931, priority P2.",
            "[[P:Bolaji]] is out until Monday, so ask [[P:Sandeep]].",
            "Meeting moved to 3:30pm, room 5B.",
        ],
    ),
    (
        "wildrose-vet.com",
        ["Rose Kariuki", "Tomás Herrera", "Mika Saarinen"],
        [
            "[[P:rose]] the dog in kennel four needs his meds at two",
            "the owner is [[P:august lindqvist]] he's coming at six",
            "his address for the invoice is [[ADDR:three hundred and ten pine street suite two hundred]]",
            "in august we had like forty dogs boarding",
            "[[P:tomas]] can you call him at [[PHONE:seven seven three, five five five, zero one eight nine]]",
            "his partner [[P:hope]] will pick up the dog on friday",
            "[[P:mika]] ordered the flea treatment from zoetis",
        ],
    ),
    (
        "kingfisher-ngo.org",
        ["Adaeze Nnamdi", "Hassan Farouk", "Kateřina Nováková"],
        [
            "so the field team in kano sent their report",
            "[[P:hassan]] the coordinator there [[P:musa]] wants a new satellite phone",
            "his current number is [[PHONE:plus two three four eight oh three triple five oh one two three]]",
            "[[P:musa]]'s old number was [[PHONE:oh eight oh two, five five five, oh nine eight seven]]",
            "[[P:katerina]] can you raise the purchase order",
            "the po will be about eleven hundred dollars including shipping",
            "[[P:adaeze]]'s trip to abuja is confirmed for the ninth",
        ],
    ),
    (
        "peregrine-capital.com",
        ["Ren Zhao", "Precious Dlamini", "Ciarán Duffy"],
        [
            "so the fund returned eight point two percent net this year",
            "[[P:precious]] the new investor doctor [[P:alvarez]] wants to wire funds today",
            "he sent his ssn for the kyc it's [[SSN:six one eight, two two, four zero seven three]]",
            "and his address is [[ADDR:ninety nine queen's gate apartment four a]]",
            "[[P:ciaran]] please don't put that in email",
            "[[P:zhao]] will countersign the subscription docs",
        ],
    ),
    (
        "lighthouse-support.com",
        ["Malik Johnson", "Chen Jing|jing.chen", "Dominika Sikora"],
        [
            "ok customer escalations um the first one is mister [[P:hughes]] he's been waiting three weeks",
            "his email is [[EMAIL:g hughes sixty two at outlook dot com]]",
            "[[P:jing]] can you reply with the refund status",
            "refund reference is r e f nine nine three one",
            "the second one is a lady in leeds [[P:doreen]] who can't log in",
            "and the third one is miss [[P:kaur]] her phone is [[PHONE:two oh six, five five five, oh one six four]]",
            "[[P:dominika]] reset her two factor she's on version six dot four of the app",
        ],
    ),
    (
        "summit-architects.com",
        ["Juan Pablo Díaz|juanpablo.diaz", "Nkechi Okeke", "Stefan Novak"],
        [
            "the client wants the lobby in uh travertine and brass",
            "[[P:juan pablo]] did the planning office reply",
            "yeah they want us to add the unit numbers the building is [[ADDR:seven forty west madison street]]",
            "[[P:nkechi]] the penthouse will be unit twelve oh one",
            "[[P:novak]] estimates twenty two million for the build",
            "[[P:stefan]] the city contact is miss [[P:ferreira]] on [[PHONE:three one two, five five five, oh one four four]]",
            "we present to the board on the fifteenth at nine",
        ],
    ),
    (
        "evergreen-payroll.com",
        ["Aaliyah Brooks", "Vikram Singh", "Piotr Zając"],
        [
            "um payroll run is tonight so any changes now",
            "[[P:piotr]] a new hire [[P:nomvula khumalo]] needs adding",
            "her ssn is [[SSN:seven four one dash five five dash two zero eight six]] and dob [[DOB:eleven twenty two ninety seven]]",
            "[[P:vikram]] she's at [[ADDR:four fifty two cherry hill drive]]",
            "salary is sixty eight thousand annual",
            "[[P:aaliyah]] can you uh set up her direct deposit",
            "[[P:jordan]] from benefits will email her at [[EMAIL:nomvula dot k at gmail dot com]]",
        ],
    ),
    (
        "nimbus-cloud.io",
        ["Oluchi Eze", "Harjit Dhillon", "Sebastián Vargas"],
        [
            "the outage started at two fourteen am and lasted forty minutes",
            "root cause was the dns server at [[IP:ten dot two five five dot zero dot one]]",
            "the bastion host is [[IP:one seventy two dot thirty one dot two fifty four dot nine]] if you need access",
            "[[P:harjit]] pushed a bad config with terraform version one dot five dot seven",
            "[[P:sebas]] uh no blame here we just need a check in the pipeline",
            "the customer hit worst was northwind traders",
            "[[P:oluchi]] write the postmortem by friday",
        ],
    ),
    (
        "crescent-dental.com",
        ["Noor Hussain", "Ellie Parker", "Andrzej Wróbel"],
        [
            "the new patient surname [[P:T R A N]] first name [[P:bao]]",
            "born [[DOB:september ninth two thousand three]]",
            "she's at [[ADDR:sixty one lincoln avenue apartment two c]]",
            "her mom's card for the copay is [[CARD:five one zero five, one zero five one, zero five one zero, five one zero zero]]",
            "[[P:ellie]] book her in for a cleaning on the twenty first",
            "we have the dentist free at three fifteen",
            "[[P:andrzej]] said the x ray machine needs servicing",
        ],
    ),
    (
        "falcon-robotics.com",
        ["Sung-min Lee|sungmin.lee", "Bukola Adeleke", "Finn Murray"],
        [
            "ok the arm prototype hit three hundred cycles without failure",
            "[[P:sung min]] the sensor board is on [[IP:one nine two dot one six eight dot zero dot four four]]",
            "[[P:finn]] you'll uh demo it at the expo in berlin",
            "the booth is number two two four in hall seven",
            "[[P:bukola]]'s contact at the expo is [[P:klaus]] his mobile is [[PHONE:plus four nine one five one two three four five six seven eight nine]]",
            "[[P:klaus]]'s email is [[EMAIL:k dot weber at messe dash mail dot de]]",
            "budget for the trip is nine thousand euros",
        ],
    ),
    (
        "tanglewood-library.org",
        ["Miriam Cohen", "Abdul Rahman|abdul.rahman", "Xu Ming|ming.xu"],
        [
            "we had a complaint about overdue fines from a patron [[P:ebony]]",
            "[[P:miriam]] her library card is on file we don't need it",
            "the book she lost was about the hope diamond",
            "[[P:xu ming]] can you waive the fine it's only four dollars",
            "sure and we moved the reading group to room one oh three",
            "[[P:abdul]] the author visit with [[P:kemi ogundipe]] is on the twelfth",
        ],
    ),
    (
        "atlas-moving.com",
        ["Gustavo Lima", "Eszter Nagy", "Declan Ward"],
        [
            "the move is from [[ADDR:twelve ash court]] to [[ADDR:eight hundred forty five river road apartment nine]]",
            "[[P:gustavo]] how many crates",
            "sixty crates and two trucks",
            "[[P:eszter]] the customer [[P:bongani]] wants to pay by card over the phone",
            "he gave [[CARD:four nine one seven, six one zero zero, zero zero zero zero, zero zero zero zero]]",
            "[[P:declan]] make sure the deposit is two hundred not three",
        ],
    ),
    (
        "sable-records.com",
        ["Marcus Bell", "Adwoa Boateng", "Joaquín Castillo"],
        [
            "ok label meeting um the album drops on the nineteenth",
            "[[P:marcus]] the artist's legal name is [[P:dwayne okoro]] and the contract needs his dob [[DOB:october fifteenth two thousand]]",
            "[[P:adwoa]] did the distributor confirm spotify and apple music",
            "yes and youtube on the same day",
            "[[P:joaquin]] the royalty split is sixty forty",
            "the manager is [[P:may]] you can reach her on [[PHONE:three two three, five five five, oh one three one]]",
            "may be worth checking the split with legal first though",
            "send the paperwork to [[EMAIL:legal at sable dash records dot com]]",
        ],
    ),
]


def fold(text):
    """Lower case ASCII letters and digits only: 'O'Brien' -> 'obrien', 'Yılmaz' -> 'yilmaz'."""
    text = unicodedata.normalize("NFKD", text.translate(UNSPLIT)).lower()
    return "".join(c for c in text if c.isascii() and c.isalnum())


def roster(entries, domain):
    names, emails = [], []
    for entry in entries:
        name, _, local = entry.partition("|")
        words = name.split()
        names.append(name)
        emails.append(f"{local or fold(words[0]) + '.' + fold(words[-1])}@{domain}")
    return {"names": names, "emails": emails}


def parse(marked):
    """Strip the markers; return the text and its spans, each checked against its marker."""
    text, spans, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos : m.start()]
        spans.append({"start": len(text), "end": len(text) + len(m.group(2)), "type": TAGS[m.group(1)]})
        text += m.group(2)
        pos = m.end()
        assert text[spans[-1]["start"] : spans[-1]["end"]] == m.group(2)
    text += marked[pos:]
    assert "[[" not in text and "]]" not in text, marked
    return text, spans


def main():
    out = Path(__file__).with_name("tuning_meetings.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for number, (domain, entries, utterances) in enumerate(MEETINGS, 1):
            people = roster(entries, domain)
            for marked in utterances:
                text, spans = parse(marked)
                row = {"meeting": number, "roster": people, "text": text, "spans": spans}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
