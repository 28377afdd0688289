#!/usr/bin/env python
"""Hand-written, held-out evaluation set of meeting utterances with PII labels.

Run from the repository root:
    .venv/bin/python benchmarks/eval_data/make_heldout.py
It writes benchmarks/eval_data/heldout.jsonl (one utterance per line):
    {"meeting": int, "roster": {"names": [...], "emails": [...]},
     "text": str, "spans": [{"start": int, "end": int, "type": str}]}

Utterances are written with inline markers ``[[TAG:value]]``; the script strips
the markers and computes character offsets (end exclusive).  Tags:

    P     -> PERSON            EMAIL -> EMAIL_ADDRESS
    PHONE -> PHONE_NUMBER      CARD  -> CREDIT_CARD
    SSN   -> US_SSN            IP    -> IP_ADDRESS
    ADDR  -> STREET_ADDRESS    DOB   -> DATE_OF_BIRTH

Labelling conventions
  * PERSON covers only the name itself: possessive "'s", honorifics such as
    "mister" and suffixes such as "-san" are outside the span; a name spelled
    letter by letter ("R A M A N") is a PERSON span.
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
import os
import re
import unicodedata

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

MEETINGS = [
    # ------------------------------------------------------------------ 1
    {
        "domain": "acme.com",
        "roster": ["Adaeze Okonkwo", "Priya Raman", "Mikko Virtanen", "Liam O'Sullivan"],
        "utterances": [
            "okay so [[P:Adaeze]]'s slides are up, um, [[P:Priya]] do you want to walk us through the numbers",
            "yeah for the vendor form they need my email, it's [[EMAIL:priya dot raman at acme dot com]], and the surname is [[P:R A M A N]]",
            "I talked to [[P:Oluwaseun Bakare]] from the vendor side yesterday and he's, uh, he's fine with the timeline",
            "if anything breaks just call me on [[PHONE:plus three five eight, four oh, seven two one, double eight nine two]]",
            "uh the staging box is [[IP:ten dot zero dot one dot twenty]] and prod sits behind the load balancer",
            "[[P:mikko]] the courier is shipping the monitor to my place, it's [[ADDR:forty two elm street, apartment six]]",
            "[[P:O'Sullivan]] mentioned that his manager [[P:Thi Hong Nguyen]] wants a demo before friday",
            "for the pension form, um, I was born on the [[DOB:second of october nineteen eighty one]], [[P:Liam]] can you pass that on",
            "so we're at about twelve percent over budget for Q3, which is, you know, not great",
            "version two point three goes out after sprint fourteen, assuming QA signs off",
            "I will mark the Jira tickets as blocked until the Figma designs are final",
            "the offsite is in room 301 at 3 pm and we're expecting five hundred attendees for the launch",
            "we keep hitting error four oh four on the old Salesforce links",
        ],
    },
    # ------------------------------------------------------------------ 2
    {
        "domain": "globex.com",
        "roster": ["Hoa Nguyen", "Bartosz Kowalczyk", "Fatima Al-Zahrani", "João Pereira"],
        "utterances": [
            "um just ask [[P:Bartosz]], he has the access list",
            "my corporate card got declined, the number is [[CARD:four five two six, oh one eight one, five nine oh eight, three oh one two]], can finance look into it",
            "[[P:hoa]] and [[P:joao]] are covering support next week while [[P:Fatima]] is out",
            "the new contractor is [[P:Wojciech Zielonka]], and his email is [[EMAIL:w dot zielonka at protonmail dot com]]",
            "you can reach me on [[PHONE:+351 913 482 027]] while I'm in Lisbon",
            "so [[P:Al-Zahrani]]'s team owns the billing service now, right?",
            "my son [[P:Tomek]] was born [[DOB:may fourth, twenty fifteen]], so I'm off that week for his birthday",
            "for the background check I had to give my social, [[SSN:four eight two, six one, three nine oh seven]], which felt a bit much honestly",
            "the grace period on the contract is thirty days, not sixty",
            "we closed twenty two deals in June, which is a record for the summer",
            "can you bill the hours to the Acme project code, the one ending in seven",
            "latency is down to forty milliseconds after the 2.4 release",
            "let's move the retro to Thursday at ten",
        ],
    },
    # ------------------------------------------------------------------ 3
    {
        "domain": "northwind.io",
        "roster": ["Seo-yeon Park", "Emre Yıldız", "Tigist Bekele", "Rajesh Subramanian"],
        "utterances": [
            "[[P:Seo-yeon]], could you share your screen, uh, the dashboard one",
            "it's [[P:S U B R A M A N I A N]], people always miss one of the A's",
            "yeah my mom [[P:Almaz Bekele]] is flying in so I'm out on monday",
            "send the signed copy to [[EMAIL:tigist underscore b at gmail dot com]] because my work inbox is full",
            "the VPN gateway is at [[IP:one seven two dot sixteen dot two fifty four dot three]]",
            "[[P:emre yildiz]] is, um, he's the one who approved the firewall change",
            "the insurance form wants my date of birth, so that's [[DOB:fourteenth of july nineteen ninety]], and the policy number I'll send later",
            "[[P:Park]] said the numbers from [[P:Rajesh]]'s team look off by a factor of ten",
            "we had about three thousand sign ups in the first week, which is twice the forecast",
            "hope we can get the Salesforce integration done by the end of the sprint",
            "the rose gold variant is selling better than the silver one, like eighteen percent better",
            "room 214 is booked from two to four for the design review",
            "ticket four five two one is a duplicate, just close it",
        ],
    },
    # ------------------------------------------------------------------ 4
    {
        "domain": "initech.com",
        "roster": ["Wei Zhang", "Aoife Byrne", "Kwame Mensah", "Sofia Lindqvist"],
        "utterances": [
            "thanks [[P:Aoife]], that's, uh, that's really helpful",
            "[[P:Kwame]] my number changed, it's [[PHONE:oh two four, four five six, seven eight one two]] now",
            "the landlord, [[P:Grzegorz Pawlak]], wants the keys dropped off at [[ADDR:eighteen Castle Road, flat two B]]",
            "I sent it to [[EMAIL:wei.zhang@initech.com]] but [[P:Zhang]] says it never arrived",
            "so, you know, [[P:Lindqvist]] is leading the nordics rollout together with [[P:Henrik Aalto]]",
            "payroll still needs my SSN, it's [[SSN:530-22-8146]], can someone make sure it's not in the shared drive",
            "the printer's IP is [[IP:192.168.4.17]], if it drops just power cycle it",
            "the amex on the travel account is [[CARD:three seven six eight, five nine nine five two eight, nine oh seven eight three]], [[P:byrne]] has the physical card",
            "I'll frank the letters tomorrow, the post room closes at five",
            "we're at ninety nine point nine percent uptime for the quarter",
            "the sunny weather this week is killing our conversion rate, everyone's outside",
            "can we bump the Figma file to version four and archive the rest",
            "Q4 planning starts on the twelfth, so please have estimates ready",
        ],
    },
    # ------------------------------------------------------------------ 5
    {
        "domain": "umbrellahealth.com",
        "roster": ["Oluwaseun Adebayo", "Karthik Iyer", "Inês Carvalho", "Hiroshi Tanaka", "Mariam Haddad"],
        "utterances": [
            "okay let's start, [[P:seun]] are you there? I think [[P:Oluwaseun]] is still dialing in",
            "[[P:Karthik Iyer]] from the data team, uh, I mean that's me, I'll take the action item",
            "the record shows [[P:Adwoa Boateng]], born [[DOB:march third nineteen eighty five]], and that has to be redacted before we share it",
            "[[P:Mariam]] can you send me the export? I'm [[EMAIL:hiroshi dot tanaka at umbrella health dot com]]",
            "[[P:inês]]'s husband [[P:Duarte]] is the one who found the bug, funnily enough",
            "her home address is [[ADDR:two hundred and seven Ogunlana Drive]], so make sure it's masked in the export",
            "the ssn field in row three is [[SSN:six one two, oh four, five five three eight]], which is clearly real data, not test data",
            "[[P:Haddad]] and [[P:Tanaka]] are reviewing the consent forms",
            "we're onboarding fifteen clinics in Q2 and another twenty in Q3",
            "the bill for the cloud spend was eleven thousand dollars, which is way over",
            "May is going to be busy with the audit and the 3.1 upgrade",
            "error five hundred on the appointments API again, I'll open a Jira",
            "let's mark that as done and move on",
        ],
    },
    # ------------------------------------------------------------------ 6
    {
        "domain": "starklogistics.com",
        "roster": ["Dawit Haile", "Agnieszka Nowak", "Tuấn Lê|tuan.le", "Grace Mwangi"],
        "utterances": [
            "[[P:Grace]], do you have the shipping numbers for the Nairobi hub?",
            "[[P:agnieszka]] said the, uh, the warehouse in Gdansk is ready to go",
            "my cell is [[PHONE:triple seven, four two one, oh oh nine three]], text is better than calling",
            "the driver, [[P:Mulugeta Tadesse]], will deliver to [[ADDR:fifteen Bole Road, building C, third floor]]",
            "[[P:Lê]] and [[P:Haile]] are both out, so let's push the decision",
            "the router config points to [[IP:ten dot ten dot forty dot one]], not the old subnet",
            "reimburse me on my personal card, [[CARD:five one four seven, one oh four nine, seven four six five, oh seven five nine]]",
            "for the badge, [[P:Tuan]]'s surname is just two letters, [[P:L E]]",
            "the grace period ends on the fifth, after that there's a late fee",
            "we shipped four thousand two hundred units last week",
            "I hope the new Salesforce dashboards will be ready by sprint nine",
            "pallet twelve went to the wrong dock, dock three instead of dock seven",
        ],
    },
    # ------------------------------------------------------------------ 7
    {
        "domain": "waynefinance.com",
        "roster": ["Ananya Krishnan", "Yusuf Demir", "Niamh Gallagher", "Chen Jing|jing.chen"],
        "utterances": [
            "for the contract it's spelled [[P:N I A M H]], the irish spelling",
            "[[P:Chen Jing]] has the reconciliation file, ask her",
            "[[P:Ananya]]'s flight lands at six so she'll join late",
            "the customer, a mister [[P:Chinedu Okafor]], disputed a charge on the card ending in four four oh two",
            "and his full card number was in the ticket, [[CARD:four six six one, three one eight six, oh nine one three, nine oh nine oh]], which should never happen",
            "if it's urgent call [[P:Yusuf]] on [[PHONE:+90 532 418 7706]]",
            "please email [[EMAIL:ananya.krishnan@waynefinance.com]] with the audit logs and cc [[P:Gallagher]]",
            "the fraud model flagged logins from [[IP:two oh three dot oh dot one one three dot forty two]]",
            "interest went up a quarter point, so two point five percent now",
            "we'll bill quarterly, net thirty",
            "version five of the risk model goes live in September",
            "Acme and Globex both renewed, which is good news for Q1",
            "the summer interns start on the third of June",
        ],
    },
    # ------------------------------------------------------------------ 8
    {
        "domain": "hooli.com",
        "roster": ["Lucas Almeida", "Aiko Matsumoto", "Abebe Tesfaye", "Ji-ho Kim"],
        "utterances": [
            "hey [[P:lucas]], uh, can you hear me okay?",
            "[[P:Matsumoto]]-san already approved the budget, so we're good",
            "for the visa paperwork they want my birthday, it's [[DOB:november ninth, two thousand one]]",
            "[[P:Abebe]] forwarded the email from [[P:Selamawit Girma]] about the office move",
            "the new office is at [[ADDR:three thirty three Rua Augusta, fourth floor]], front desk is [[PHONE:+351 21 346 0918]]",
            "uh my personal email is [[EMAIL:jiho underscore kim eighty eight at naver dot com]]",
            "the dev server is on [[IP:10.0.3.25]] and the database is [[IP:10.0.3.26]]",
            "[[P:kim]] and [[P:tesfaye]] are paired on the migration",
            "the bill came to about forty euros per person",
            "will the Figma prototype be ready for the 2.4 release?",
            "we have eighty five open bugs, down from a hundred and ten",
            "let's meet in room 12B at half past two",
        ],
    },
    # ------------------------------------------------------------------ 9
    {
        "domain": "soylentfoods.com",
        "roster": ["Sanna Korhonen", "Omar Farouk", "Thandiwe Dlamini", "Arjun Mehta"],
        "utterances": [
            "I'll let [[P:Sanna]] kick things off",
            "so my details for the courier: [[P:Thandiwe Dlamini]], [[ADDR:twenty one Jacaranda Avenue, unit nine]], and the phone is [[PHONE:oh eight two, five five oh, one nine four three]]",
            "[[P:Farouk]] has, um, has the key for the storage room",
            "my nephew [[P:Sipho]] is doing an internship with us this month, be nice to him",
            "okay reading it off the form, the social is [[SSN:three three nine, four seven, oh two eight one]]",
            "[[P:arjun]]'s email is [[EMAIL:arjun dot mehta at soylent foods dot com]], all lower case",
            "the kiosk keeps pinging [[IP:one ninety two dot one sixty eight dot oh dot ninety nine]] and timing out",
            "[[P:korhonen]] wants the allergen labels redone before the audit",
            "sales in the summer quarter were up seventeen percent",
            "sprint twenty two is going to be mostly bug fixes",
            "the June release is version three point oh",
            "we have three hundred and fifty SKUs in the catalogue now",
            "rose and lavender did the best in the taste test",
        ],
    },
    # ------------------------------------------------------------------ 10
    {
        "domain": "cyberdyne.ai",
        "roster": ["Chiamaka Eze", "Piotr Wiśniewski", "Minh Anh Tran|minhanh.tran", "Layla Rahimi"],
        "utterances": [
            "[[P:Chiamaka]] and I went through the, uh, the incident timeline last night",
            "[[P:piotr wisniewski]], spelled [[P:W I S N I E W S K I]], with an accent on the S",
            "[[P:Minh Anh]] is out today, her dad [[P:Tran Van Long]] is in the hospital",
            "the attacker came in from [[IP:eighty five dot two oh nine dot eleven dot one four four]]",
            "my backup number is [[PHONE:+48 601 223 874]]",
            "ping [[P:Rahimi]] about the log retention policy",
            "the leaked row had a card, [[CARD:three seven two two, three three oh seven nine two, four four oh two three]], plus the expiry",
            "and the same row had an SSN, [[SSN:529-38-1047]], and a name, [[P:Marguerite Okello]]",
            "we patched forty two hosts overnight and three are still pending",
            "the model's accuracy is at ninety one percent on the test set",
            "Q3 roadmap has the Jira cleanup and the SSO migration",
            "can someone bill this to the security budget",
            "we'll do the tabletop exercise in May",
        ],
    },
    # ------------------------------------------------------------------ 11
    {
        "domain": "vandelayimports.com",
        "roster": ["Deepa Venkataraman", "Carlos Mendoza", "Eero Lehtonen", "Hye-jin Choi"],
        "utterances": [
            "okay [[P:Deepa]], go ahead",
            "[[P:Venkataraman]], it's [[P:V E N K A T A R A M A N]], ugh, sorry, it's a long one",
            "the importer contact is [[P:Faisal bin Khalid]], his number is [[PHONE:plus nine seven one, five oh, three three two, one eight four oh]]",
            "[[P:Eero]] said his cousin [[P:Aleksi]] runs a shipping company in Turku",
            "ship the samples to [[ADDR:Calle de Alcalá ninety eight, third floor left]]",
            "[[P:hye-jin]] can you email [[EMAIL:carlos dot mendoza at vandelay imports dot com]] the customs forms",
            "the broker needs a date of birth, mine's [[DOB:twenty second of february nineteen seventy nine]]",
            "[[P:Mendoza]] and [[P:Choi]] will handle the Rotterdam shipment",
            "the warehouse lead there is [[P:Ferhat Yilmaz]], [[PHONE:oh one five one, two three eight four, seven seven two oh]], or email him at [[EMAIL:f.yilmaz@rotterdam-freight.nl]]",
            "the container holds about twenty eight tonnes",
            "customs fees went up by eight percent this year",
            "will the Acme shipment clear before the holiday?",
            "we're on version six of the price list",
        ],
    },
    # ------------------------------------------------------------------ 12
    {
        "domain": "piedpiper.com",
        "roster": ["Yetunde Afolabi", "Mehmet Kaya", "Ciarán Doyle", "Linh Pham", "Zainab Qureshi"],
        "utterances": [
            "[[P:Yetunde]], [[P:Mehmet]], [[P:Ciarán]], I think we're all here, just waiting on [[P:Linh]]",
            "[[P:Zainab]]'s proposal is basically what [[P:Gideon Asamoah]] pitched last year",
            "um my ssn, you need it for the equity paperwork, right? it's [[SSN:four oh one, seven seven, two nine six five]]",
            "the compression cluster is [[IP:172.31.8.200]], don't touch it during the demo",
            "[[P:doyle]] can you send it to my gmail, [[EMAIL:linh dot pham dot work at gmail dot com]]",
            "the card on file is [[CARD:4960 3082 4628 1940]], expiring next month",
            "my wife [[P:Elif]] says hi, by the way",
            "[[P:afolabi]] thinks we should, like, open source the codec",
            "the compression ratio improved to five point two",
            "we need two hundred more GPUs by Q2",
            "error four oh three on the upload endpoint again",
            "mark the compression bug as high priority",
            "the board meeting is on the fourteenth at 9 am",
        ],
    },
    # ------------------------------------------------------------------ 13
    {
        "domain": "massivedynamic.com",
        "roster": ["Rafael Souza", "Hana Nováková", "Selam Gebremedhin", "Vikram Nair"],
        "utterances": [
            "[[P:Rafa]], uh, [[P:Rafael]], sorry, your mic is echoing",
            "[[P:Vikram]], the grant form wants your date of birth, [[DOB:august fifth, nineteen sixty eight]], right?",
            "[[P:Nováková]] is leading the lab safety review with [[P:Jakub Dvořák]] from facilities",
            "the lab address for deliveries is [[ADDR:one hundred Innovation Way, suite four ten]]",
            "[[P:selam]] said the sequencer's IP is [[IP:ten dot one hundred dot five dot seven]]",
            "you can text me at [[PHONE:six one seven, five five five, oh one four two]]",
            "send the raw data to [[EMAIL:hana.novakova@massivedynamic.com]] and I'll clean it",
            "the reagents went on my card, [[CARD:four four eight seven, five seven four nine, one one eight six, two five two oh]], so I need that reimbursed",
            "the sample size is two hundred and forty, which is fine for this phase",
            "we're at eighty percent of the reagent budget",
            "to be frank, the results are noisy",
            "the sunny side of this is we caught the contamination early",
            "let's schedule the summer review for week thirty",
        ],
    },
    # ------------------------------------------------------------------ 14
    {
        "domain": "oceanicair.com",
        "roster": ["Mei Ling Wong|meiling.wong", "Kofi Asante", "Magdalena Zielińska", "Bilal Hussain"],
        "utterances": [
            "[[P:Mei Ling]] is the approver for anything over ten thousand",
            "the passenger, [[P:Nkechi Uzor]], date of birth [[DOB:12/05/1994]], filed a complaint about the lost bag",
            "uh [[P:Kofi]] can you call her back on [[PHONE:plus two three four, eight oh three, five five five, oh one two two]]",
            "her booking was paid with [[CARD:five two nine one, seven oh three four, two three six six, seven one two six]]",
            "[[P:magda]], sorry, [[P:Magdalena]], what's the status on the lounge contract?",
            "[[P:Hussain]] wants us to reply to her at [[EMAIL:n dot uzor at yahoo dot co dot uk]] today",
            "[[P:Wong]] and [[P:Asante]] are flying to Accra on Monday",
            "she wants the travel voucher mailed to [[ADDR:nineteen Adeola Odeku Street, flat four]]",
            "on-time performance was eighty seven percent in June",
            "flight two oh four was delayed by ninety minutes",
            "we'll bill the partner airline for the rebooking",
            "gate 31 is closing for renovation over the summer",
        ],
    },
    # ------------------------------------------------------------------ 15
    {
        "domain": "tyrellcorp.com",
        "roster": ["Ikechukwu Nwosu", "Päivi Heikkinen", "Ahmad Karimi", "Beatriz Rocha"],
        "utterances": [
            "[[P:ikechukwu]], is it okay if I call you [[P:Ike]]?",
            "[[P:Beatriz]], HR needs your social for the US entity, is it still [[SSN:five oh seven, one three, six two two four]]?",
            "[[P:Ahmad]]'s brother [[P:Reza Karimi]] is interviewing for the analyst role, so he should recuse",
            "my home IP is [[IP:eighty two dot one twenty eight dot seventy seven dot five]] if you need to allowlist it",
            "forward it to [[EMAIL:paivi dot heikkinen at tyrell corp dot com]], that's [[P:P A I V I]]",
            "the new hire's address is [[ADDR:sixty six Rua das Flores, apartment twelve]], she starts in two weeks",
            "[[P:Heikkinen]] and [[P:Nwosu]] own the Q4 forecast",
            "[[P:Päivi]]'s the youngest here, born [[DOB:1998-06-21]] according to the HR export, which honestly shouldn't be in this deck",
            "the forecast assumes four percent growth",
            "headcount is two hundred and twelve as of today",
            "we'll roll out version seven of the handbook in spring",
            "the Salesforce license renewal is due in thirty days",
            "hope everyone had a good long weekend",
        ],
    },
    # ------------------------------------------------------------------ 16
    {
        "domain": "bluesun.com",
        "roster": ["Sung-min Lee", "Aylin Öztürk", "Seán Murphy", "Lakshmi Pillai"],
        "utterances": [
            "[[P:Sung-min]], you're on mute",
            "oh [[P:aylin]] just joined, hi [[P:Aylin]]",
            "the supplier contact is [[P:Kemal Arslan]], phone [[PHONE:+90 212 347 0187]]",
            "uh [[P:Lakshmi]], my new address is [[ADDR:eleven Harcourt Terrace, apartment three A]], for the payroll records",
            "for the car rental they wanted my date of birth, [[DOB:oh four, oh nine, nineteen eighty seven]]",
            "[[P:murphy]] posted the build logs, the agent is [[IP:10.20.30.44]]",
            "my personal one is [[EMAIL:lakshmi dot p dot ninety one at outlook dot com]]",
            "[[P:Öztürk]] said the Istanbul team can take over on-call",
            "the US payroll form has a box for the social, mine is [[SSN:six four two dash one nine dash three oh five eight]]",
            "the build takes twelve minutes now, down from twenty",
            "we'll cut the 2.4 release branch on Wednesday",
            "bill me for the extra seats and I'll expense it",
            "the Jira board has a hundred and six tickets in to-do",
        ],
    },
    # ------------------------------------------------------------------ 17
    {
        "domain": "initrode.com",
        "roster": ["Bao Ngoc Vu|baongoc.vu", "Tomasz Lewandowski", "Nadia Benali", "Folake Ogunleye"],
        "utterances": [
            "[[P:Folake]], thanks for hosting",
            "[[P:Bao Ngoc]]'s team in Hanoi built the first prototype",
            "[[P:tomasz]] read out the card they charged back, it was [[CARD:four eight two one, nine nine three five, one eight one nine, oh nine three four]]",
            "it's [[P:Nadia Benali]], [[P:B E N A L I]], from the Casablanca office",
            "my grandmother [[P:Rose]] turned ninety, so I'm taking friday off",
            "just call [[P:Ogunleye]] at [[PHONE:oh eight oh, three three one, two seven four six]]",
            "for the birthday card, [[P:Folake]] was born on [[DOB:june sixteenth, nineteen ninety two]], so, um, next week",
            "the VPN log shows [[P:Lewandowski]] connecting from [[IP:ninety one dot two twelve dot forty dot eight]]",
            "the pilot had five hundred attendees across the three sessions",
            "we reduced churn by nine percent in the summer",
            "let's use the Figma template for the deck",
            "June numbers come out on the fifth",
            "the sunny-day scenario is forty million in revenue",
        ],
    },
    # ------------------------------------------------------------------ 18
    {
        "domain": "weyland.io",
        "roster": ["Yohannes Alemu", "Riya Sharma", "Gabriel Costa", "Xiaoming Liu"],
        "utterances": [
            "[[P:Yohannes]], could you recap what [[P:Riya]] said about the outage",
            "[[P:xiaoming]] has the root cause doc",
            "the customer was [[P:Hamid Rostami]] and he gave us [[EMAIL:hamid dot rostami seventy at hotmail dot com]]",
            "the outage started when [[IP:ten dot four dot four dot one]] stopped responding",
            "[[P:Gabriel]]'s emergency contact is his wife [[P:Larissa Costa]], [[PHONE:plus five five, one one, nine seven three four two, six one five eight]]",
            "the SSN he gave, [[SSN:two one eight, five five, nine oh three six]], doesn't match the account, so we're escalating",
            "[[P:Liu]] wants the postmortem by thursday",
            "[[P:Rostami]]'s billing address is [[ADDR:ninety Shahid Beheshti Street, unit fourteen]], and it's outside the sanctions check",
            "error four oh four spiked to twelve hundred per minute",
            "uptime for the month was ninety nine point nine five",
            "we'll do the upgrade in sprint fourteen",
            "I will grab the Salesforce export after lunch",
            "the summer freeze starts on the first of July",
        ],
    },
    # ------------------------------------------------------------------ 19
    {
        "domain": "aperturelabs.com",
        "roster": ["Orla Kennedy", "Tariq Mansour", "Ngozi Obi", "Juha Mäkinen", "Min-seo Yoon"],
        "utterances": [
            "[[P:Orla]], [[P:Tariq]], thanks for joining so early",
            "[[P:ngozi obi]], is that [[P:O B I]]? three letters? great",
            "the participant, [[P:Grace Adeyemi]], lives at [[ADDR:seven Marina Road, block B]]",
            "[[P:Mäkinen]]'s laptop is [[IP:one nine two dot one six eight dot one dot one oh one]]",
            "for the waiver we need dates of birth, [[P:Min-seo]], yours is [[DOB:december first, nineteen ninety nine]]?",
            "[[P:Tariq Mansour]], that's me, [[EMAIL:tariq dot mansour at aperture labs dot com]]",
            "the cake order went on [[CARD:6011 6666 1760 3131]]",
            "reach [[P:Juha]] on [[PHONE:+358 50 412 9973]] if the lab door jams again",
            "the portal test has eleven chambers",
            "we'll need room 301 and room 302 for the demo",
            "about one in five testers reported motion sickness",
            "May's numbers look better than April's",
        ],
    },
    # ------------------------------------------------------------------ 20
    {
        "domain": "dundermifflin.com",
        "roster": ["Suresh Ramachandran", "Camila Ferreira", "Duc Hoang", "Ewa Kamińska"],
        "utterances": [
            "[[P:Suresh]], before we start, [[P:Ewa]] has an announcement",
            "[[P:camila]], the client [[P:Bongani Nkosi]] called again about the late invoice",
            "his office is at [[ADDR:four hundred twelve Church Street, suite two hundred]]",
            "[[P:Hoang]] is spelled [[P:H O A N G]] on the form, no U",
            "he said to reach him at [[EMAIL:b underscore nkosi at nkosi paper dot co dot za]]",
            "my social is [[SSN:five six one, two eight, four oh seven three]], uh, for the benefits enrollment",
            "[[P:Kamińska]]'s number is [[PHONE:(412) 836-2290]]",
            "oh and he paid with [[CARD:four seven eight six, five seven nine seven, five four three two, three one nine nine]]",
            "paper sales are up six percent, which is, you know, something",
            "we'll bill the Scranton branch for the shared printer",
            "will anyone take the Saturday shift?",
            "the June conference expects about two hundred people",
            "let's mark this down as a win",
        ],
    },
]

MARKER = re.compile(r"\[\[([A-Z]+):(.+?)\]\]")
FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "ß": "ss"})


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))


def make_roster(entries, domain):
    names, emails = [], []
    for entry in entries:
        name, _, local = entry.partition("|")
        if not local:
            parts = ascii_fold(name).lower().split()
            local = ".".join(re.sub(r"[^a-z0-9]", "", p) for p in (parts[0], parts[-1]))
        names.append(name)
        emails.append(f"{local}@{domain}")
    return {"names": names, "emails": emails}


def parse(marked):
    """Strip [[TAG:value]] markers; return (text, spans)."""
    text, spans, pos = [], [], 0
    length = 0
    for m in MARKER.finditer(marked):
        before = marked[pos : m.start()]
        text.append(before)
        length += len(before)
        tag, value = m.group(1), m.group(2)
        if tag not in TAGS:
            raise ValueError(f"unknown tag {tag!r} in {marked!r}")
        spans.append({"start": length, "end": length + len(value), "type": TAGS[tag], "_value": value})
        text.append(value)
        length += len(value)
        pos = m.end()
    text.append(marked[pos:])
    text = "".join(text)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced marker in {marked!r}")
    return text, spans


# --- spoken-number reader, used only to sanity-check the invented values ---
UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())}
UNITS["oh"] = 0
TEENS = {
    w: 10 + i
    for i, w in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())
}
TENS = {
    w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"
}


def spoken_digits(s):
    """Read digits out of a value as spoken ("double five", "one ninety two")."""
    if re.search(r"\d", s):
        return re.sub(r"\D", "", s)
    toks = re.findall(r"[a-z]+", s.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple"):
            out.append(str(UNITS[toks[i + 1]]) * (2 if t == "double" else 3))
            i += 2
        elif t in UNITS:
            out.append(str(UNITS[t]))
            i += 1
        elif t in TEENS:
            out.append(str(TEENS[t]))
            i += 1
        elif t in TENS:
            v = TENS[t]
            if i + 1 < len(toks) and toks[i + 1] in UNITS and UNITS[toks[i + 1]] > 0:
                v += UNITS[toks[i + 1]]
                i += 1
            out.append(str(v))
            i += 1
        elif t == "hundred":
            lead = int(out.pop())
            i += 1
            if i < len(toks) and toks[i] == "and":
                i += 1
            rest = 0
            if i < len(toks) and toks[i] in TEENS:
                rest = TEENS[toks[i]]
                i += 1
            elif i < len(toks) and toks[i] in TENS:
                rest = TENS[toks[i]]
                i += 1
                if i < len(toks) and toks[i] in UNITS and UNITS[toks[i]] > 0:
                    rest += UNITS[toks[i]]
                    i += 1
            elif i < len(toks) and toks[i] in UNITS:
                rest = UNITS[toks[i]]
                i += 1
            out.append(str(lead * 100 + rest))
        else:
            i += 1  # "dot", "plus", ...
    return "".join(out)


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def check_value(span):
    v, t = span["_value"], span["type"]
    if t == "CREDIT_CARD":
        d = spoken_digits(v)
        assert len(d) in (15, 16) and luhn_ok(d), (v, d)
    elif t == "US_SSN":
        d = spoken_digits(v)
        assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9", (v, d)
        assert d[3:5] != "00" and d[5:] != "0000", (v, d)
    elif t == "IP_ADDRESS":
        parts = re.split(r"\s*(?:\.|\bdot\b)\s*", v)
        octets = [int(spoken_digits(p)) for p in parts]
        assert len(octets) == 4 and all(0 <= o <= 255 for o in octets), (v, octets)
    elif t == "PHONE_NUMBER":
        d = spoken_digits(v)
        assert 9 <= len(d) <= 13, (v, d)


def build():
    rows = []
    for n, meeting in enumerate(MEETINGS, start=1):
        roster = make_roster(meeting["roster"], meeting["domain"])
        assert 3 <= len(roster["names"]) <= 5
        for marked in meeting["utterances"]:
            text, spans = parse(marked)
            prev_end = -1
            for s in spans:
                assert text[s["start"] : s["end"]] == s.pop("_value"), marked
                assert s["start"] >= prev_end, f"overlap in {marked!r}"
                assert text[s["start"] : s["end"]].strip() == text[s["start"] : s["end"]], marked
                prev_end = s["end"]
            rows.append({"meeting": n, "roster": roster, "text": text, "spans": spans})
    return rows


def main():
    # value sanity checks on the raw markers
    for meeting in MEETINGS:
        for marked in meeting["utterances"]:
            for s in parse(marked)[1]:
                check_value(s)
    rows = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    # re-read and re-validate what was written
    counts, clean = {}, 0
    with open(out, encoding="utf-8") as fh:
        lines = [json.loads(line) for line in fh]
    for row in lines:
        if not row["spans"]:
            clean += 1
        for s in row["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(row["text"])
            counts[s["type"]] = counts.get(s["type"], 0) + 1
    print(f"wrote {len(lines)} utterances from {len(MEETINGS)} meetings to {out}")
    print(f"clean utterances: {clean}; with PII: {len(lines) - clean}")
    for t in TAGS.values():
        print(f"  {t:15s} {counts.get(t, 0)}")


if __name__ == "__main__":
    main()
