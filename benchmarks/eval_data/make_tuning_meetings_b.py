#!/usr/bin/env python
"""A second set of hand-written meeting utterances with PII labels, to tune the detector on.

Run from the repository root:
    .venv/bin/python benchmarks/eval_data/make_tuning_meetings_b.py
It writes benchmarks/eval_data/tuning_meetings_b.jsonl (one utterance per line):
    {"meeting": int, "roster": {"names": [...], "emails": [...]},
     "text": str, "spans": [{"start": int, "end": int, "type": str}]}

The set was written blind: without sight of the detector's code or output, and
without sight of the evaluation sets (or of the other tuning sets' utterances),
so that tuning on it never tunes on the evaluation.  It follows the format and
labelling conventions of make_tuning_meetings.py.  Utterances read as
speech-to-text writes meeting talk (lower case, no punctuation, fillers, false
starts, repetitions, numbers spoken as words, "oh" for zero, "double seven");
about a fifth are typed chat turns (cased, punctuated).  About a quarter hold
no PII but hold numbers, dates, times, money, versions, products, companies,
cities and everyday words that are also names (will, mark, may, grace, bill,
rose, hunter, summer...), which a de-identifier must leave alone.

Utterances are written with inline markers ``[[TAG:value]]``; the script strips
the markers and computes character offsets (end exclusive).  Tags:

    P     -> PERSON            EMAIL -> EMAIL_ADDRESS
    PHONE -> PHONE_NUMBER      CARD  -> CREDIT_CARD
    SSN   -> US_SSN            IP    -> IP_ADDRESS
    ADDR  -> STREET_ADDRESS    DOB   -> DATE_OF_BIRTH

Labelling conventions
  * PERSON covers only the name itself: possessive "'s", honorifics such as
    "mister", "missus", "doctor", "professor" and suffixes such as "san" stay
    outside the span; a name spelled letter by letter ("N N A M D I") is a
    PERSON span; a chat mention "@Name" labels the name without the "@".
  * DATE_OF_BIRTH covers the date expression only (no leading "the", "born").
    Other dates, times, weekdays and months are not labelled.
  * STREET_ADDRESS covers house number, street and unit; a city named
    separately is not labelled.  A street named without a house number is not
    an address.
  * Company names, product names, cities, countries and job titles are never
    labelled.  Partial identifiers ("card ends in ...") are not labelled.
  * An email address is one EMAIL_ADDRESS span, spoken or typed; the name in
    it is not labelled separately.
  * Roster entries are "Display Name" or "Display Name|email.local"; the email
    is <local>@<domain of the meeting>; the default local part is
    firstname.lastname, lower case, ASCII-folded.

All names, numbers and addresses are invented; card numbers pass the Luhn check.
"""

import json
import re
from collections import Counter
from pathlib import Path

# The marker syntax, roster and parser of the first meetings set: one format for both.
from make_tuning_meetings import parse, roster

# (domain, roster entries, utterances); meetings are numbered from 1 in this order.
MEETINGS = [
    (
        "harbourline-shipping.com",
        ["Adaeze Nwosu", "Tomasz Zieliński", "Hoang Linh|linh.hoang"],
        [
            "okay can everyone hear me um [[P:adaeze]] you're you're on mute i think",
            "sorry about that so um the rotterdam containers cleared customs tuesday and [[P:joost]] signed for them around nine thirty",
            "did did [[P:pieter]] from the dock office ever call you back [[P:tomasz]]",
            "yeah he said to reach him on his mobile [[PHONE:plus three one six four eight two nine oh seven one five]] after four",
            "[[P:Linh]] I'll send the manifest over, it's 14 pages so give me a sec.",
        ],
    ),
    (
        "brookfield-dental.com",
        ["Will Harrington", "Sunita Deshpande|sunita.d"],
        [
            "[[P:will]] will you be able to cover the front desk on friday",
            "i can but um i have to leave at like three fifteen to get [[P:ella]] from school",
            "okay so the new patient uh her date of birth is [[DOB:june fourth nineteen seventy eight]] and the chart has it wrong",
            "Fixed it in the system. Dr. [[P:Okafor]] wants the x-ray room booked for Thursday 10am.",
            "send the the rota to [[EMAIL:sunita dot d at brookfield dash dental dot com]] not my old address",
        ],
    ),
    (
        "novapoint-analytics.io",
        ["Rahul Iyer", "Keiko Tanaka", "Brendan Walsh"],
        [
            "so the q three numbers came in at uh four point two million which is like eleven percent up on last year",
            "we migrated to version two point fourteen on the twenty third and nothing broke which is a first",
            "[[P:tanaka]] san could you pull the dashboard for the the singapore region",
            "Dashboard link is in the channel. [[P:Brendan]], APAC looks flat vs May.",
            "um [[P:rahul]] i'll mark that as a follow up and we'll revisit it in the summer planning",
        ],
    ),
    (
        "greenleaf-insurance.com",
        ["Olumide Bakare", "Caitríona Ní Bhriain|caitriona.nibhriain", "Jakub Mazur"],
        [
            "so the claimant uh mister [[P:ferreira]] rang again about the water damage",
            "he gave his social as [[SSN:five two one four eight three three oh nine]] but i want to double check that against the file",
            "i don't have access to that system so [[P:caitriona]] would you would you mind",
            "Checked, it matches. His address on file is [[ADDR:1182 Birchwood Lane, Apt 4C]], Columbus.",
            "brilliant thanks [[P:cait]] and [[P:jakub]] let's close that out by end of week",
        ],
    ),
    (
        "orbit-telecom.co.uk",
        ["Siobhan Keane", "Arjun Mehta", "Ewa Lewandowska"],
        [
            "morning all um [[P:siobhan]] here so the the outage in manchester was a bad config push on the core router",
            "the box is at [[IP:ten dot forty dot two dot one]] if anyone wants to ssh in",
            "who was on call was it you [[P:arjun]]",
            "Yes. Rolled back at 02:40, traffic normal by 03:05. Ticket is INC-20931.",
            "cool um let's do the post mortem wednesday and [[P:ewa]] you run it",
        ],
    ),
    (
        "tidewater-foods.com",
        ["Mark Jensen", "Bill Acheampong", "Rose Delgado"],
        [
            "so we need to mark the the organic line as discontinued from may first",
            "the bill from the packaging supplier came to like thirty two thousand four hundred",
            "rose gold packaging tested really well in the the focus group in denver",
            "Agreed. [[P:Rose]], let's revisit pricing in the summer review, maybe mid-July.",
            "oh and [[P:bill]] the invoice needs to go to finance by the the twelfth",
        ],
    ),
    (
        "safari-ventures.co.ke",
        ["Wanjiru Kamau", "Ibrahim Al-Sayed|ibrahim.alsayed", "Grace O'Connell"],
        [
            "right so [[P:grace]] the booking for [[P:david okoro]] came through last night",
            "he wants to pay by card and he just read it out to me it's [[CARD:four six six six one seven six oh three one three seven two one five nine]]",
            "please don't read card numbers on the call [[P:wanjiru]] we we can't have that in the recording",
            "sorry sorry yeah i'll put it in the vault",
            "Grace period on the deposit is 14 days btw, so no rush on the balance.",
        ],
    ),
    (
        "meridian-law.com",
        ["Fatima Zahra Benali", "Declan Murphy", "Ha-eun Park|haeun.park"],
        [
            "okay so um the deposition with [[P:kwiatkowski]] is moved to the the fourteenth at ten a m",
            "did opposing counsel ever send the exhibits [[P:declan]]",
            "they did uh [[P:fatima]] has them i think she she printed them all",
            "I have them. The witness is [[P:Margaret Oyelaran]], DOB [[DOB:11/02/1959]].",
            "[[P:ha eun]] check whether [[P:oyelaran]]'s statement lines up with the the police report",
        ],
    ),
    (
        "pixelforge-games.com",
        ["Hunter Greaves", "Nguyen Thi Mai|mai.nguyen", "Lukas de Vries"],
        [
            "so the build is version oh point nine point three and it crashes on like every third load",
            "i think it's the the shader cache again [[P:hunter]] what do you reckon",
            "could be um [[P:mai]] saw the same thing on the the dev kit yesterday",
            "Yeah repro'd on kit #2, log is in /builds/0.9.3/crash.txt, cc [[P:Lukas]]",
            "the hunter class still feels way overpowered in the playtest by the way",
            "okay [[P:de vries]] you're up next with the the audio stuff",
        ],
    ),
    (
        "sunbelt-realty.com",
        ["Chiamaka Eze", "Paulo Henrique Souza|paulo.souza"],
        [
            "so the listing at [[ADDR:four twelve magnolia court]] got two offers over asking",
            "nice nice um the buyer on the first one is uh [[P:jordan price]]",
            "[[P:paulo]] the disclosures need to go to [[EMAIL:jordan dot price at fastmail dot com]] today",
            "Sent. Also the inspection at [[ADDR:88 Pelican Way]] is Tuesday 9am.",
        ],
    ),
    (
        "quantum-ledger.io",
        ["Anika Sharma", "Oskar Nilsson", "Thandiwe Mokoena"],
        [
            "um so the the audit found three issues all low severity which is honestly fine",
            "we're bumping the api to v four and deprecating v two by december thirty first",
            "like [[P:oskar]] said the the cost is about eighteen hundred dollars a month on aws right now",
            "@[[P:Thandiwe]] can we move standup to 9:15? The 9:00 clashes with the Berlin sync.",
        ],
    ),
    (
        "crescent-pharma.com",
        ["Ayodele Fashola", "Marek Dąbrowski", "Soo-ah Kim|sooah.kim"],
        [
            "how's the the trial recruitment going in krakow [[P:marek]]",
            "slow um [[P:ayodele]] we have like forty one patients enrolled out of sixty",
            "and one participant a mister [[P:wojcik]] dropped out because of the side effects",
            "[[P:soo ah]] please please make sure his records are flagged",
            "Flagged. His DOB is [[DOB:March 3, 1961]] so he's in the over-60 cohort anyway.",
        ],
    ),
    (
        "bluewater-bank.com",
        ["Emeka Obi", "Noor Haddad", "Ciarán Byrne|ciaran.byrne", "Vikram Nair"],
        [
            "okay we have a fraud case um the customer is a missus [[P:lena hofstetter]]",
            "she says someone used her card [[CARD:four oh one oh nine two eight one five nine oh one three nine six two]] at like three in the morning",
            "freeze it freeze it now [[P:noor]]",
            "Frozen. Replacement card ends in 4471, dispatched to her branch.",
            "her callback number is [[PHONE:six one seven four oh two nine three double eight]] she said after six",
            "thanks [[P:vikram]] uh [[P:emeka]] anything else from you",
        ],
    ),
    (
        "alpine-outdoor.ch",
        ["Grace Müller", "Stefan Huber", "Amara Diallo"],
        [
            "the summer catalogue goes live on june second um assuming the photos are ready",
            "we sold like two thousand three hundred units of the the hunter jacket in march",
            "Zurich store numbers: CHF 84k for April, up 6% on plan.",
            "uh will we have stock for the the autumn launch or not [[P:stefan]]",
        ],
    ),
    (
        "redwood-clinic.org",
        ["Abimbola Adeyinka", "Kasia Wróbel", "Tuan Pham"],
        [
            "doctor [[P:adeyinka]] the patient in room four uh is asking for you",
            "okay um what's her name again",
            "[[P:rosa bianchi]] she was born the [[DOB:ninth of october nineteen ninety]]",
            "grab her chart would you [[P:kasia]] and uh let [[P:tuan]] know we need the ultrasound",
            "On it. Ultrasound is free at 14:30.",
        ],
    ),
    (
        "ironclad-security.com",
        ["Deshawn Carter", "Yusuf Demir", "Aoife Gallagher"],
        [
            "so the the scan flagged an open port on [[IP:one nine two dot one six eight dot four dot twenty two]]",
            "that's the printer um [[P:yusuf]] set it up last year",
            "I did. Will patch it tonight, firmware 3.2.1 fixes the telnet issue.",
            "[[P:aoife]] add it to the the risk register please",
            "and also the the vpn gateway at [[IP:ten dot oh dot twelve dot one]] needs the new cert before friday",
        ],
    ),
    (
        "harvest-coop.org",
        ["Summer Patel", "Bill Nakamura"],
        [
            "okay so the the farmers market starts may fourth and runs every saturday till october",
            "we raised like twelve thousand five hundred at the the spring fundraiser mostly thanks to [[P:summer]]",
            "Let's budget $3,200 for the new cooler. Quote from FrostKing expires Friday, their rep is [[EMAIL:dale.nowicki@frostking.com]].",
        ],
    ),
    (
        "cobalt-software.dev",
        ["Olga Petrova", "Chinedu Onyeka", "Bao Nguyen"],
        [
            "[[P:chinedu]] um did you get the the pr merged",
            "not yet [[P:bao]] left some comments and i'm still like working through them",
            "Most are nits, [[P:Chinedu]]. One real bug in the retry loop though.",
            "okay cool and uh the the staging db is at [[IP:ten dot two dot thirty dot five]] right",
            "yeah but don't use the old password [[P:olga]] rotated it on monday",
        ],
    ),
    (
        "maplewood-school.edu",
        ["Patience Asante", "Michael O'Brien|mike.obrien", "Zofia Kamińska"],
        [
            "so um for the field trip to the science museum we need uh the emergency contacts for every kid and [[P:patience]] has the list",
            "you've got the the permission slips right [[P:mike]]",
            "i do um one parent missus [[P:okafor]] gave her number as [[PHONE:three one two four four seven oh nine one six]]",
            "[[P:zofia]] the last three slips by thursday if you can",
            "Will do. Still missing [[P:Tyler]], [[P:Ava]] and [[P:Kwame]].",
        ],
    ),
    (
        "saffron-restaurants.com",
        ["Ravi Krishnan", "Lucía Fernández|lucia.fernandez", "Dmitri Volkov"],
        [
            "the the new menu launch is pushed to the twentieth because [[P:gurpreet]]'s tandoor guy hasn't installed it yet",
            "[[P:lucia]] did the the supplier in valencia confirm",
            "yes um they want payment up front so i gave them the company card [[CARD:five three eight four eight three seven two six one six seven five one three six]]",
            "Please use the procurement portal next time, not the card over the phone.",
            "anything from the chicago site [[P:dmitri]]",
        ],
    ),
    (
        "helios-energy.com",
        ["Mark Achebe", "Ingrid Johansson", "Ji-ho Lee|jiho.lee"],
        [
            "the the solar farm in arizona hit like ninety two percent uptime in q two",
            "uh we're looking at forty megawatts for phase two with a budget of about sixty million",
            "Next review is 08/14 at 10:00 MST, [[P:Ingrid]] is sending the invite.",
            "i'll mark it down and circle back with the the grid operator",
        ],
    ),
    (
        "northstar-hr.com",
        ["Ngozi Okeke", "Piotr Wiśniewski", "Daniel Costa"],
        [
            "so we have a new hire starting monday um [[P:ana paula ribeiro]]",
            "she sent her uh her social security number over email which we really shouldn't have",
            "Yeah, I moved it to the HR vault: [[SSN:423-71-0958]]. Deleting the email now.",
            "thanks [[P:piotr]] and um the laptop ships to her home which is [[ADDR:two twenty one east fifth street unit nine]]",
            "i'll image the laptop tonight [[P:ngozi]] and send her login to [[EMAIL:anapaula dot ribeiro at gmail dot com]]",
        ],
    ),
    (
        "lighthouse-media.com",
        ["Aisling Doyle", "Kofi Mensah"],
        [
            "[[P:kofi]] the the podcast guest for next week is uh professor [[P:adaora nnamdi]] from the university of ghana",
            "nice can you spell her surname for the show notes",
            "yeah it's [[P:N N A M D I]] double n at the start",
            "Booked her for Wed 3pm GMT. Her email: [[EMAIL:a.nnamdi@ug-research.edu.gh]]",
        ],
    ),
    (
        "vertex-robotics.com",
        ["Hoang Duc Anh|anh.hoang", "Rose Okafor", "Tim Becker"],
        [
            "the the arm calibration drifted by like point three millimetres overnight",
            "[[P:anh]] ordered two more servos from from shenzhen they arrive on the eleventh",
            "Firmware v1.8.0-rc2 is on the test rig now.",
            "cool um so the demo for toyota is still on for friday at two [[P:rose]] you're presenting right",
        ],
    ),
    (
        "pinecrest-credit.com",
        ["Tariq Hussain", "Mei Ling Chen|meiling.chen", "Gabriel Santos"],
        [
            "um [[P:tariq]] the member on line two wants to update his his phone number",
            "what's the new one",
            "he said [[PHONE:plus five five two one nine nine four one two oh eight three seven]]",
            "and the member is [[P:gabriel]] sorry no that's you [[P:gabriel]] the member is [[P:rodrigo almeida]]",
            "Updated. Verified with DOB [[DOB:1979-08-22]].",
            "he also wants the the card on file replaced it's [[CARD:five four two oh seven five oh nine six one nine two three nine six nine]]",
            "his social on the account is [[SSN:two nine one oh six double four eight three]] is that what he gave you",
        ],
    ),
    (
        "atlas-engineering.com",
        ["Emmanuel Adebayo", "Katarzyna Nowak|kasia.nowak", "Sean Fitzgerald"],
        [
            "[[P:kasia]] the the bridge drawings uh are they signed off",
            "almost um [[P:fitzgerald]] wants one more load calc on span three",
            "[[P:emmanuel]] um [[P:emmanuel]] could you run that today",
            "Yes, will have it by 5. Using the 2019 Eurocode tables.",
        ],
    ),
    (
        "cloudnine-travel.com",
        ["Paris Mitchell", "Georgia Lambert"],
        [
            "so the paris package is selling way better than the the rome one",
            "yeah and georgia the country not the state is like trending on on social",
            "We should bundle Tbilisi + Batumi, 7 nights from $1,499.",
            "[[P:paris]] i'll draft something by wednesday and run it past [[P:deepak]] in marketing",
        ],
    ),
    (
        "silverline-auto.com",
        ["Bongani Dlamini", "Radek Kowalski", "Minh Anh Vu|minhanh.vu"],
        [
            "so a customer uh mister [[P:kowalski]] no not our [[P:radek]] a different [[P:kowalski]] is complaining about the brakes",
            "what's his what's his full name and number",
            "[[P:andrzej kowalski]] and his cell is [[PHONE:two oh six eight one three four four seven two]]",
            "Booked him for Thursday 8:30 at the Tacoma service center. He lives at [[ADDR:5120 North Pearl Street]] if we need to tow it.",
        ],
    ),
    (
        "evergreen-church.org",
        ["Faith Oyelowo", "Patrick Gallagher", "Hope Martins"],
        [
            "[[P:faith]] um the the food drive raised like four hundred and twenty dollars",
            "amazing um we just have to have faith the the winter one does as well",
            "the thank you notes [[P:hope]] are those going out this week",
            "Yes, sending to everyone on the list. [[P:Pat]], can you print the labels?",
        ],
    ),
    (
        "stratos-aero.com",
        ["Olamide Ogunleye", "Henrik de Jong", "Priyanka Bose"],
        [
            "um so [[P:olamide]] the the flight test got scrubbed because of crosswinds at like twenty five knots",
            "you you have the the telemetry from tuesday right [[P:henrik]]",
            "it's on the the ground station uh [[IP:one seven two dot sixteen dot eight dot forty]]",
            "[[P:Priyanka]]'s deck has the revised schedule, slide 12.",
        ],
    ),
    (
        "copperleaf-consulting.com",
        ["Dawn Reilly", "Ifeanyi Uche"],
        [
            "the the workshop with deloitte is at nine and honestly i'll be up since dawn",
            "uh the proposal [[P:ifeanyi]] sent was for one hundred and eighty thousand over six months",
            "They want the deck in 16:9, not 4:3. And copy [[P:Greta]] in the Frankfurt office.",
            "i mean like the sow says three phases so let's just stick with that",
        ],
    ),
    (
        "moonrise-bakery.com",
        ["Ayesha Siddiqui", "Jan Kowalczyk"],
        [
            "okay so the wedding order is for uh [[P:marcus]] and [[P:tiana]] the the three tier one",
            "[[P:jan]] the bride left her number it's [[PHONE:oh seven seven double oh nine four two one three five]] give her a ring",
            "I'll call her after lunch. Deposit was £150, paid.",
            "and [[P:ayesha]] the the delivery goes to [[ADDR:fourteen rosemary gardens]] not the venue",
        ],
    ),
    (
        "datacrest-systems.com",
        ["Sanjay Gupta", "Agnieszka Lis", "Obinna Nwachukwu", "Thu Trang Le|trang.le"],
        [
            "[[P:agnieszka]] can we unblock [[P:obinna]] he's locked out of the the jump box",
            "yeah what's the host",
            "it's [[IP:ten dot one dot fourteen dot two oh two]]",
            "Unlocked. @[[P:Obinna]] try now.",
            "oops wrong window, ignore that: [[CARD:6011 1042 3468 5356]]",
            "uh [[P:trang]] will you be at the the retro tomorrow",
        ],
    ),
    (
        "blossom-florist.com",
        ["Lily Tran", "Holly Brennan", "Ivy Osei"],
        [
            "the the lily arrangements are like forty five dollars each for the the gala",
            "we need holly and ivy garlands for the december order like two hundred metres",
            "Supplier in Aalsmeer confirmed 300 stems of rose, delivery 12/03.",
            "um and [[P:holly]] daisy chains for the kids' table too",
        ],
    ),
    (
        "keystone-accounting.com",
        ["Oluwaseun Adeleke", "Rafael Oliveira", "Eimear Quinn"],
        [
            "so the client [[P:harold whitfield]] uh wants to amend his twenty twenty two return",
            "do we have his social on file",
            "yeah it's [[SSN:five three nine double two eight one seven four]]",
            "[[P:eimear]] the the w two is it in the portal",
            "Pulled it. Note his address changed to [[ADDR:3307 Sycamore Ave, Suite 210]] in June.",
            "okay [[P:seun]] you take the lead on this one",
        ],
    ),
    (
        "tanglewood-events.com",
        ["Chloe Armstrong", "Kwabena Boateng", "Anh Thu Dinh|thu.dinh"],
        [
            "[[P:kwabena]] um the the caterer for the gala is is it confirmed",
            "yeah the contact there is [[P:bella]] her email is [[EMAIL:bella at tastebudscatering dot com]]",
            "[[P:Thu]], can you send her the final headcount? It's 240.",
            "and um we still need the venue deposit sorted [[P:chloe]]",
        ],
    ),
    (
        "riverbend-logistics.com",
        ["Chase Whitaker", "Nnamdi Ibe"],
        [
            "so chase bank approved the the credit line for two point five million",
            "the the trucks out of memphis are running about forty minutes behind [[P:nnamdi]] says",
            "Dock 7 is closed until 6/21 for resurfacing.",
            "uh we'll chase the the insurer about the the damaged pallets",
        ],
    ),
    (
        "harborview-hotel.com",
        ["Marisol Reyes", "Feng Zhao", "Kieran O'Sullivan"],
        [
            "okay um the guest in fourteen twelve [[P:yasmin al farsi]] says her card was charged twice",
            "which card",
            "she read it out it's [[CARD:three seven eight double oh eight three seven four oh seven one double eight one]]",
            "[[P:feng]] refund the the duplicate please and [[P:kieran]] log it",
            "Refund issued, ref RF-88213. Will take 3-5 business days.",
        ],
    ),
    (
        "skyward-edu.com",
        ["Adunni Olatunji", "Mateusz Kaczmarek", "Siddharth Rao"],
        [
            "um [[P:sid]] the the student portal is down again",
            "yeah the app server [[IP:one nine two dot one six eight dot ten dot five]] ran out of disk",
            "[[P:Mateusz]] cleared the logs at 7:40, should be fine now.",
            "okay cool someone tell the teachers maybe you [[P:adunni]]",
        ],
    ),
    (
        "aurora-biotech.com",
        ["Art Kowalczyk", "Joy Eze", "Sonny Park"],
        [
            "the the art of this assay is getting the incubation right like thirty seven degrees for forty eight hours",
            "[[P:joy]] the reagent shipment from boston arrived two weeks early which is a a rare joy",
            "Plate reader booked Mon/Tue 8-12, lab B. Ask [[P:Sonny]] for the key.",
            "we're looking at uh phase one in like q one twenty twenty six",
        ],
    ),
    (
        "fjord-capital.no",
        ["Sigrid Halvorsen", "Babatunde Ojo", "Nhung Do|nhung.do"],
        [
            "[[P:tunde]] um the the wire to the lagos fund is stuck in compliance",
            "they want id for the beneficiary uh [[P:folake adebisi]] date of birth [[DOB:fourteenth february nineteen eighty two]]",
            "[[P:Sigrid]] has the KYC pack, I'll ask her when she joins.",
            "yeah and [[P:nhung]] the swift reference send it to me",
        ],
    ),
    (
        "lantern-design.studio",
        ["Noah Abara", "Maja Zielińska", "Felipe Carvalho"],
        [
            "so uh the client [[P:rebecca szczepanska]] hated the the second mockup",
            "i think it's the the colour palette [[P:felipe]] honestly",
            "um how do you spell her surname i keep getting it wrong on the invoices",
            "it's [[P:S Z C Z E P A N S K A]]",
            "[[P:maja]] has her number it's [[PHONE:plus four eight six oh two three one seven eight four five]]",
        ],
    ),
    (
        "granite-mining.com.au",
        ["Jack Thornton", "Penny Wu"],
        [
            "the the drill rig in kalgoorlie needs a new hydraulic jack before monday",
            "we're about a penny a tonne over budget which over a million tonnes is like ten grand",
            "Safety stand-down Thursday 6am, all crews. [[P:Penny]] is running it.",
            "uh the the iron ore price dropped to like a hundred and four dollars",
        ],
    ),
    (
        "peregrine-legal.com",
        ["Rania Khalil", "Conor Lynch", "Tolu Akinwande"],
        [
            "okay um so the client in the custody case uh [[P:jasmine]] sorry [[P:jasmine reyes-moore]] has a hearing on the ninth",
            "[[P:conor]] do we have the the child's birth certificate",
            "yes um he was born [[DOB:april second twenty sixteen]]",
            "Filed with the court this morning. [[P:Tolu]] has the stamped copy.",
            "great [[P:rania]] will you be uh second chair",
        ],
    ),
    (
        "wavecrest-telecom.com",
        ["Eun-ji Choi|eunji.choi", "Ahmed Mansour", "Dara Kelly"],
        [
            "[[P:eunji]] the korean customer called again about the the roaming charges",
            "uh what was his number",
            "[[PHONE:oh one oh nine eight seven two double four one three]]",
            "He's on the Global 20 plan, charges look correct to me.",
            "okay so who's calling him back [[P:ahmed]] is that you",
        ],
    ),
    (
        "beacon-publishing.com",
        ["May Lindqvist", "Ray Adeyemi", "Sue Hartmann"],
        [
            "the the may issue goes to print on the the twenty eighth",
            "[[P:ray]] we're using ray tracing renders for the the cover right",
            "Print run: 45,000 copies, 128 pages, matte. Proofs to [[EMAIL:may.lindqvist@beacon-publishing.com]] please.",
            "um we might sue the the distributor if they don't pay by june",
            "the the morgan stanley piece says rates hold till march so the finance issue is fine",
        ],
    ),
    (
        "coralreef-dive.com",
        ["Kai Nakamura", "Oyinkansola Bello", "Duc Minh Ho|minh.ho"],
        [
            "[[P:oyin]] the the group from sydney arrives tomorrow",
            "um the lead booker is [[P:liam o'hara]]",
            "the card on the booking form is [[CARD:four four six five five seven two one oh one four one five six one eight]] but it bounced",
            "[[P:minh]] i'll email him at [[EMAIL:liam dot ohara at bigpond dot com]]",
        ],
    ),
    (
        "oakridge-clinic.org",
        ["Folasade Adewale", "Wojciech Majewski|wojtek.majewski", "Niamh Ryan"],
        [
            "[[P:wojtek]] um the patient transfer uh needs the the full address",
            "it's [[ADDR:seventeen hawthorn close flat two]]",
            "and date of birth",
            "it's the [[DOB:twenty first of july nineteen forty eight]]",
            "[[P:Niamh]], ambulance booked for 11:00.",
        ],
    ),
    (
        "nimbus-cloud.io",
        ["Will Mbeki", "Grace Holloway"],
        [
            "so will the the migration finish before the maintenance window or not",
            "i think so [[P:will]] we moved like eight hundred terabytes last night",
            "There's a 30-day grace period on the old buckets, then they're deleted.",
            "uh the new region is frankfurt then we do tokyo in q four [[P:grace]] has the the plan",
            "we're on version four dot two dot one of the sdk so that's fine",
        ],
    ),
    (
        "trident-defense.com",
        ["Hamza Qureshi", "Aleksandra Sokołowska|ola.sokolowska", "Jae-won Shin|jaewon.shin"],
        [
            "[[P:ola]] the the badge for the new contractor is ready",
            "great um whose is it",
            "[[P:marcus bell]] he starts monday",
            "For the clearance form I need his SSN: [[SSN:612-44-0973]]",
            "[[P:jae won]] you'll escort him on day one yeah",
        ],
    ),
    (
        "silkroad-imports.com",
        ["Arash Karimi", "Ewelina Pawlak", "Sani Abubakar"],
        [
            "[[P:sani]] the the container from mombasa is held at the port",
            "yeah they want the importer's um tax id and the consignee's phone",
            "the consignee phone is [[PHONE:plus two five four seven double two four one eight six oh three]]",
            "[[P:Ewelina]] can you send them the tax docs?",
            "on it on it",
        ],
    ),
    (
        "summit-fitness.com",
        ["Hunter Lowe", "Bella Oduya"],
        [
            "the the summer bootcamp signups are at like three hundred and ten",
            "um [[P:hunter]] and i agreed we're bumping the monthly price from forty nine to fifty four dollars",
            "New class: HIIT at 6:15am, Mon/Wed/Fri. [[P:Bella]] is teaching it.",
            "the hunter green merch sold out in like two days",
        ],
    ),
    (
        "polaris-insurance.com",
        ["Ikechukwu Nwosu", "Dorota Jankowska", "Lan Phuong Tran|phuong.tran", "Brian Keogh"],
        [
            "[[P:ike]] uh [[P:ike]] you're frozen",
            "sorry back um so the claimant [[P:ferhat yildiz]] sent photos of the car",
            "[[P:dorota]] is handling the the assessment with [[P:keogh]]",
            "His policy address: [[ADDR:45 Ashgrove Road, Unit 3]], Dublin 9.",
            "and his phone is [[PHONE:oh eight seven three four one two nine oh six]]",
        ],
    ),
    (
        "inkwell-agency.com",
        ["Temitope Alabi", "Hyun-woo Jung|hyunwoo.jung"],
        [
            "[[P:hyun woo]] the model for the shoot is [[P:mark delacroix]]",
            "okay [[P:temi]] i need his agent's contact",
            "Agent is [[P:Sophie Laurent]], [[EMAIL:sophie@laurentmgmt.fr]], [[PHONE:+33 6 48 21 93 07]].",
            "perfect i'll mark it in the the call sheet",
        ],
    ),
    (
        "ember-studios.com",
        ["Rich Coleman", "Amber Nwosu"],
        [
            "so [[P:amber]] the the trailer is like two minutes forty and the client wants it under two",
            "we had an amber alert on the the render farm last night just temperature",
            "[[P:Rich]], budget is $42k and we're at $37.5k.",
            "uh the rich text editor in the cms is broken again",
        ],
    ),
    (
        "crosswind-airlines.com",
        ["Yetunde Bankole", "Krzysztof Zając", "Quang Huy Nguyen|huy.nguyen"],
        [
            "[[P:krzysztof]] sorry [[P:krzys]] um the passenger in twelve c is asking for you",
            "passenger name is [[P:aaliyah bennett]] she missed her connection",
            "her booking phone is [[PHONE:nine one seven two six three oh four five eight]]",
            "Rebooked on CW 418, departs 19:35. DOB on the PNR is [[DOB:07/30/1994]].",
            "thanks [[P:huy]] and [[P:yetunde]] please note it in the the log",
        ],
    ),
    (
        "foxglove-vet.com",
        ["Clementine Abara", "Bartek Szymański|bartek.szymanski"],
        [
            "[[P:bartek]] the the owner of the labrador in kennel three is [[P:gerald finch]]",
            "he wants to pay the the bill by card over the phone",
            "card number is [[CARD:four nine five eight double two five four two eight two double one six seven three]]",
            "[[P:Clementine]], the bill was $312.40 incl. X-rays.",
        ],
    ),
    (
        "harbor-city-council.gov",
        ["Frank Osei", "Victoria Ng"],
        [
            "to be frank the the budget for the bike lanes is like half what we need",
            "uh victoria street is closed from the fifth to the the nineteenth for the works",
            "Public consultation closes 30 September. Queries to [[P:Victoria]] on [[PHONE:(503) 214-7781]].",
            "[[P:frank]] we got like fourteen hundred submissions which is a record",
        ],
    ),
    (
        "mosaic-charity.org",
        ["Chukwuemeka Eze|emeka.eze", "Magdalena Krawczyk", "Thao Vo", "Seamus Dunne"],
        [
            "[[P:magda]] um the the big donor mister [[P:harish venkataraman]] wants a call",
            "his his number is [[PHONE:plus nine one nine eight four five oh two seven three one six]]",
            "[[P:Seamus]] can you prep the impact report for him?",
            "[[P:thao]] and [[P:emeka]] uh join that call if you can",
        ],
    ),
    (
        "ridgeline-it.com",
        ["Adebola Oni", "Paweł Górski", "Linh Dang", "Sunny Mehra"],
        [
            "[[P:sunny]] um it's not so sunny in the the server room the ac died",
            "[[P:pawel]] the core switch at [[IP:ten dot zero dot zero dot one]] is overheating",
            "Facilities ticket FAC-3391 raised. ETA 2h. Monitoring host is [[IP:10.8.0.14]].",
            "okay [[P:linh]] and [[P:adebola]] let's move the the backups to the dr site",
            "the the backup box is [[IP:one seven two dot two oh dot one dot nine]]",
        ],
    ),
]


DIGIT_WORDS = {
    "oh": "0",
    "o": "0",
    "zero": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}


def digits(value):
    """The digits of a typed or spoken number ("double seven" -> "77"; "plus" is skipped)."""
    if any(c.isdigit() for c in value):
        return "".join(c for c in value if c.isdigit())
    out, repeat = "", 1
    for word in value.split():
        if word in ("double", "triple"):
            repeat = 2 if word == "double" else 3
        elif word == "plus":
            continue
        else:
            out += DIGIT_WORDS[word] * repeat
            repeat = 1
    return out


def luhn(number):
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def check(text, spans):
    """Sanity checks on the labelled values (not part of the format)."""
    for s in spans:
        value = text[s["start"] : s["end"]]
        assert value == value.strip() and value, (text, value)
        if s["type"] == "CREDIT_CARD":
            n = digits(value)
            assert len(n) in (15, 16) and luhn(n), (value, n)
        elif s["type"] == "US_SSN":
            n = digits(value)
            assert len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9", value
        elif s["type"] == "PHONE_NUMBER":
            assert 9 <= len(digits(value)) <= 13, value
        elif s["type"] == "IP_ADDRESS":
            assert value.count(" dot ") == 3 or re.fullmatch(r"\d+\.\d+\.\d+\.\d+", value), value


def main():
    out = Path(__file__).with_name("tuning_meetings_b.jsonl")
    counts, rows = Counter(), 0
    with out.open("w", encoding="utf-8") as f:
        for number, (domain, entries, utterances) in enumerate(MEETINGS, 1):
            assert 2 <= len(entries) <= 6, domain
            people = roster(entries, domain)
            for marked in utterances:
                text, spans = parse(marked)
                check(text, spans)
                counts.update(s["type"] for s in spans)
                counts["(no PII)"] += not spans
                rows += 1
                row = {"meeting": number, "roster": people, "text": text, "spans": spans}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{out}: {len(MEETINGS)} meetings, {rows} utterances")
    for kind, n in sorted(counts.items()):
        print(f"  {kind:16} {n}")


if __name__ == "__main__":
    main()
