"""Hand-written clean sentences for tuning, written without sight of the detector.

Every sentence below was written by hand for a PII-detector tuning set and is meant
to be CLEAN: it contains no person's name, no place finer than a country, no
identifying numbers and no dates of birth. The sentences exercise words that
look like names but are not used as names:

* codename  - internal code names for projects, releases, servers and campaigns
* product   - real software, services, devices, AI assistants, languages, databases
* nameword  - everyday words that are also given names or surnames, used in their
              everyday sense
* mixed     - several of the above in one sentence

Each kind has 50 "lower" sentences (lower-case, unpunctuated speech-to-text style)
and 50 "cased" sentences (typed chat, minutes, tickets, emails).

Run this script to validate the sentences and write tuning_clean_d.jsonl next to it.
"""

import json
import string
import sys
from collections import Counter
from pathlib import Path

OUT_PATH = Path(__file__).with_name("tuning_clean_d.jsonl")

CODENAME_LOWER = [
    "okay so the bed board project is called amber falcon now because the old name was taken",
    "um cobalt heron goes onto the bank's test servers next week if the load tests pass",
    "iron lark shipped last night and the handheld scanners picked it up without a restart",
    "hunter's still blocked on the payroll feed so we can't close the sprint",
    "right so copper kite is the timetable app and silver birch is the lunch payments thing",
    "the mason pipeline keeps failing on the second stage uh i think it's the cache again",
    "can we get sterling onto the new cluster before the black friday freeze",
    "carter's dashboards are way too slow you know the newsroom won't wait a minute for a chart",
    "we went with marshall as the name for the donation page revamp",
    "so hazel and rowan both need the same database migration which kind of worries me",
    "ivy opens to parents after half term assuming the login emails go out on time",
    "skye keeps crashing on the older tablets in the pharmacy",
    "storm is like forty gigs right now and the platform limit is way lower than that",
    "um is river still on the roadmap or did it get folded into pebble",
    "sage went to three stores as a pilot and the tills coped fine",
    "the charity is choosing between autumn and dawn as the campaign name",
    "honestly grace has been the smoothest release we've had all year",
    "bishop needs another security review before it goes anywhere near production",
    "porter does the returns labels and fisher does the customs paperwork right",
    "cooper's at ninety percent coverage but the flaky tests are still there",
    "brook got archived in the spring so don't bother restoring those boxes",
    "the plan is merge red fox into green meadow and then retire grey owl",
    "okay so the ruby tiger hotfix is sitting in staging waiting for compliance to sign off",
    "does anyone know why velvet moss is eating all the memory on the print server",
    "you know what let's just call the new intake form lemon drop and move on",
    "emerald gate failed the accessibility audit again mostly contrast stuff",
    "three streams this term oak quill birch bell and maple lantern and we're short on testers for all of them",
    "uh quiet owl is supposed to replace the night shift spreadsheet but nobody's trained on it yet",
    "if frost pine slips again the whole peak season plan falls apart",
    "golden wren is basically done we just need the help pages translated",
    "the servers are named after birds now so sparrow robin and magpie are the web boxes",
    "the tangerine build broke overnight because someone pushed straight to main",
    "jasper runs hot on cpu every single month end",
    "hold on is slate wolf the one with the barcode changes or is that flint badger",
    "we've only got two engineers on amber and they're both off next week",
    "phase one of copper river is the intake screens and phase two is the reporting side",
    "the thunder goat boxes need patching before the tournament",
    "hunter and mason both ship the same day which is just asking for trouble",
    "i'd rather pause hazelnut than rush it and break pharmacy orders",
    "the sterling rewrite got the nightly batch from six hours down to forty minutes",
    "whoever owns blue heron please look at the alerts channel it's been red since lunch",
    "we can't show crimson kettle to the board until the login bug's fixed",
    "rowan was the old name and now it's just called the attendance app",
    "marigold is the loyalty relaunch and marketing wants it out before summer",
    "um both porter and cooper run on the old build images so they need upgrading first",
    "is silver lining still the code name for the pension portal or did that change",
    "so granite step is where all the label printing lives now",
    "let's park dawn chorus and focus on getting autumn leaf through testing",
    "the carter migration moved every case file without a single checksum error",
    "indigo swift had one job stopping duplicate invoices and it does that really well",
]

CODENAME_CASED = [
    "Amber Falcon's go-live checklist is attached; please review the rollback section.",
    "Blocker: Cobalt Heron can't reach the card-authorisation stub in UAT.",
    "FYI — Iron Lark is now the default picking app in every warehouse.",
    "Hunter is blocked until the vendor rotates the API credentials.",
    "Spring release train: Paper Moon, Tin Whistle, Salt Marsh.",
    "Mason passed smoke tests overnight; full regression starts at noon.",
    "Does Sterling still need the legacy file-transfer bridge, or can we switch it off?",
    "Retention rules for Carter were approved by the records committee.",
    "Marshall hit 99.2% uptime last month, the best figure since launch.",
    "From Monday, Hazel replaces the paper near-miss forms on the factory floor.",
    "Action: move Rowan's test data into the anonymised bucket before the audit.",
    "Ivy — soft launch to two year groups first, everyone else after the holidays.",
    "Storm's download size is down to 12 GB after the texture compression work.",
    "River and Brook have been merged into one pipeline, now called Estuary.",
    "Sage is frozen for holiday trading. No deploys until January.",
    "Q: is Autumn the newsletter redesign or the archive migration? I keep mixing them up.",
    "Dawn went out cleanly — zero rollbacks, zero pages.",
    "Grace scope: read-only access for release one, editing in release two.",
    "Bishop stays on hold pending the penetration test report.",
    "Porter now generates a courier manifest in under two seconds, down from nine.",
    "Fisher flags any supplier price jump over 20% before the catalogue import finishes.",
    "Cooper has been retired. Traffic now goes to Tin Soldier.",
    "Status — Pine Cone: green / Paper Crane: amber / Wild Thyme: red.",
    "Root cause for the Opal Ridge timeouts was a missing index on the matters table.",
    "Proposal: rename the consent-form work to Butterscotch so it stops getting confused with billing.",
    "Ember Glass finally passed the accessibility check after three rounds of contrast fixes.",
    "Owners still needed for Walnut, Chestnut and Acorn before quarterly planning.",
    "Please raise Night Jar defects on the shared board rather than by direct message.",
    "Fallback if Snow Lantern misses the peak freeze: keep last year's routing engine for one more season.",
    "Cedar Wing — code complete; waiting on Welsh and Polish translations.",
    "New rack layout: Kestrel, Falcon and Osprey (web), Heron and Crane (database).",
    "Reminder: the Satsuma branch is protected, so changes go through pull requests only.",
    "Jasper's ledger API now supports partial refunds.",
    "Hunter and Cooper share a database, so their schema changes need to be coordinated.",
    "Toffee Apple's pilot wards reported fewer missed handovers in the first month.",
    "Sterling's disaster-recovery test is booked for the last weekend of the quarter.",
    "Blue Heron alerts are now routed to the on-call rota rather than the general channel.",
    "Demo of Crimson Kettle moved to Friday so the board sees the finished search screen.",
    "Marigold vouchers will not stack with staff discount; confirmed by the retail ops team.",
    "Silver Lining is on track, though the data-cleansing estimate has doubled.",
    "Basalt now hosts every label template used in the warehouses.",
    "Autumn Leaf gets the shared test environment for the next fortnight.",
    "Carter's search index rebuild took four hours, so next time it should run out of hours.",
    "Indigo Swift is feature-frozen: bug fixes only from here until release.",
    "Skye is deprecated. Use Harbour Light for new integrations.",
    "Lessons from Rowan: smaller batches, earlier load tests, fewer late scope changes.",
    "Who approved Copper River writing directly to the production ledger?",
    "Bright Anchor's first milestone is a working prototype of the donor receipts.",
    "Heads up: Mulberry's certificate expires soon, and renewing it needs change-board approval.",
    "Sunflower is live on the school website; the old enrolment form now redirects there.",
]

PRODUCT_LOWER = [
    "okay so jenkins failed again on the nightly job can someone restart the agent",
    "um we moved all the ward rotas out of excel and into kronos last month",
    "just ask alexa to set a timer for the stand up it's easier",
    "the school's switching from google classroom to canvas in the autumn",
    "right so cassandra is holding the click data and postgres has the orders",
    "i asked claude to draft the release notes and then tidied them up myself",
    "the tablets on the shop floor are all ipads and the label printers are zebras",
    "we're writing the new pricing service in julia because the data team already knows it",
    "uh ruby on rails is still running the old donor site and nobody wants to touch it",
    "has anyone tried harvey for the contract review stuff or is it just a demo",
    "siri keeps mishearing the product names when i dictate notes",
    "we get paged through pagerduty and then everything else happens in slack",
    "mariadb's replication lag was about thirty seconds during the sale",
    "the game builds go through perforce and then unreal engine does a full cook overnight",
    "so the hospital's still on epic for records but the rota side is a separate system",
    "i'd move the reporting into power bi rather than keep emailing spreadsheets around",
    "kafka topics for the parcel scans are filling up faster than the consumers can read them",
    "grafana shows the spike but loki has nothing in the logs for that window",
    "okay so the mobile app is in swift for ios and flutter for android",
    "we use docusign for the engagement letters and clio for time tracking",
    "the newsroom transcribes interviews with otter and then checks them by hand",
    "can you spin up another aurora instance for the reporting replica",
    "django admin is fine for the charity's internal tools honestly",
    "um our build server is travis but we're moving everything to github actions",
    "the plant uses solidworks for design and sap for the stock side of things",
    "watson was the chatbot on the old help page and it never really understood anyone",
    "we tried einstein in salesforce for lead scoring but the donor data was too messy",
    "so autodesk maya for the character rigs and houdini for the effects",
    "the kids love kahoot but the teachers want something that plugs into moodle",
    "puppet is still on about forty of the older branch servers",
    "chef got ripped out last year thank goodness",
    "i keep my notes in obsidian and the team keeps theirs in notion so it's a bit messy",
    "the finance lot live in quickbooks but head office wants everything in netsuite",
    "we're testing gemini and copilot side by side for summarising the board papers",
    "the tills run on windows and the back office is all chromebooks",
    "the label printers talk to shipstation and the scanners talk to the warehouse system",
    "redis fell over and took the session cache with it",
    "we use amazon polly to read the safety announcements over the factory tannoy",
    "lex was the bot framework we tried before moving to dialogflow",
    "the haskell service is tiny but nobody else on the team can read it",
    "pascal was the first language i learned at school which tells you how old i am",
    "we're keeping microsoft teams for internal chat and using zoom for the external calls",
    "the scanners are honeywell and they drop the wifi whenever a forklift goes past",
    "the editors want wordpress gone and arc xp in by next year",
    "crowdstrike flagged the old macro as suspicious so outlook blocked the attachment",
    "cortana got switched off on all the staff laptops ages ago",
    "hugo builds the charity's site in about two seconds which is lovely",
    "the print desk still swears by adobe indesign for the weekend supplement",
    "uh gerrit is where the code reviews happen for the firmware team",
    "blender is free so the students use it instead of paying for anything",
]

PRODUCT_CASED = [
    "Jasmine tests are failing on the CI runner after the Node.js upgrade.",
    "FYI — Ada is still used for the line-control firmware, so please don't propose a rewrite.",
    "Blocker: Okta SSO login loops for anyone using Safari.",
    "Migrated the rota exports from Microsoft Access to SQL Server over the weekend.",
    "Has anyone tried asking ChatGPT to rewrite the discharge leaflet in plain English?",
    "Alfred and Hazel are the two Mac utilities the design team asked IT to approve.",
    "Please use 1Password for shared logins; LastPass is being retired.",
    "Norton and McAfee are both installed on the old laptops, which is why they crawl.",
    "The stock forecast model lives in a Databricks notebook, and results land in Snowflake.",
    "Unity 6 upgrade: shaders compile, but the physics regressions need a look.",
    "Godot is fine for the game-jam prototype; production stays on Unreal.",
    "Action: rotate the HashiCorp Vault root token and update the Consul ACLs.",
    "Nomad schedules the batch jobs. Kubernetes runs everything customer-facing.",
    "Our Athena queries over the parcel-scan logs cost more than the storage does.",
    "Amazon Neptune was overkill for the org chart, so it's going back into Postgres.",
    "Minutes: agreed to trial Zendesk for patient enquiries, with Freshdesk as the fallback.",
    "Relativity handles disclosure review; iManage holds the matter files.",
    "The Kindle Scribe pilot for the reading group went well.",
    "Datawrapper charts embed nicely, but Flourish handles the animated ones better.",
    "Raiser's Edge export failed again — the Gift Aid column has a stray comma.",
    "JustGiving and Eventbrite both push into the CRM now, via Zapier.",
    "COBOL batch jobs on the mainframe are scheduled through Control-M.",
    "CyberArk vaults the privileged accounts and Tenable scans the estate weekly.",
    "Wireshark capture attached. The handshake dies right after the client hello.",
    "Erlang powers the chat backend, and Elixir is what new services get written in.",
    "All the Mercurial repos have been converted to Git.",
    "Samsara trackers are fitted to every van; the dashboard shows idle time per route.",
    "Workday goes live for HR at the start of next quarter, replacing the old payroll system.",
    "Did the Raspberry Pi on the packing line reboot, or is the sensor feed genuinely flat?",
    "Arduino prototypes are fine for the demo, not for the factory floor.",
    "MATLAB licences are pooled; Simulink is checked out separately.",
    "The Echo Show in the staff room keeps playing the radio at full volume.",
    "Nest thermostats in the stockroom are stuck in manual mode.",
    "Bixby pops up every time someone presses the side button on the Galaxy phones.",
    "Grammarly is blocked on managed devices because it sends text off-site.",
    "Mailchimp vs HubSpot: HubSpot wins on segmentation, Mailchimp on price.",
    "Minitab is still the quality team's favourite for control charts.",
    "Prometheus alert rules need tidying — half of them fire on every deploy.",
    "Thanos keeps the long-term metrics; Mimir is being evaluated as a replacement.",
    "Celery workers ran out of memory while processing the donor receipts.",
    "Postman collections for the claims API are linked from the wiki.",
    "Descript makes podcast editing far quicker than Audition ever did.",
    "Llama and Mistral models are both running locally through Ollama for the pilot.",
    "Logitech headsets or Jabra? The contact centre needs a decision by Friday.",
    "ServiceNow tickets for the branch printers should go to the desktop queue.",
    "Dropbox is being phased out in favour of SharePoint and OneDrive.",
    "SQLite is fine for the kiosk app, as long as it never needs concurrent writes.",
    "The Rust rewrite of the barcode parser removed a whole class of crashes.",
    "Xero holds the shop's accounts, but Sage payroll hasn't been replaced yet.",
    "Gatsby builds for the newsroom microsites take ten minutes; Hugo managed it in seconds.",
]

NAMEWORD_LOWER = [
    "okay so we need to bill the client for the extra hours before the month closes",
    "can you mark the ticket done once the porter's brought the boxes up",
    "don't rob the training budget to pay for the new chairs please",
    "um hunter green is the new brand colour apparently so every sign is changing",
    "the masons have finished repointing the old chimney on the admin block",
    "prices in pounds sterling went up again on the import order",
    "a baker's dozen of volunteers turned up which was way more than we expected",
    "the carpenter finally fixed the door on the supply cupboard",
    "right so the grant covers the laptops but not the software licences",
    "we have to be frank with the supplier about the late deliveries",
    "i think there's a grace period of thirty days before the late fees kick in",
    "uh the holly and ivy on the reception desk need to come down after new year",
    "can someone chase the invoice that's been sitting with accounts since march",
    "nobody actually wants to sue the supplier legal just wants a firm letter",
    "we drew straws for who covers saturday and i lost",
    "the new starters shadow the cooper in the barrel shop for their first week",
    "pat the samples dry before you weigh them or the readings drift",
    "may i just suggest we push the deadline back a week",
    "august is always quiet in the newsroom except when it really isn't",
    "the shepherd's pie in the canteen was gone by half twelve",
    "there's a nick in the cable by the loading bay door so don't use that socket",
    "staff have to don the gowns before they go into the isolation bay",
    "we'll be wading through emails for a week after the holidays",
    "faith in the new rota system is pretty low right now you know",
    "we live in hope that the lift gets fixed this week",
    "the weavers on nights want the loom guards replaced",
    "let's not pass the buck on the audit findings this time",
    "nobody's trying to cook the books it's just a rounding error in the spreadsheet",
    "the clay for the pottery class arrived but half of it has dried out",
    "there was black ice on the loading ramp this morning so go slow",
    "the earnest money sits in the client account until completion",
    "king size duvets are always the first thing to sell out in the sale",
    "the new scanners have honestly been a joy to use",
    "a little prudence with the overtime budget would help this quarter",
    "we'll honour the old price for anyone who ordered before the change",
    "can you daisy chain the two monitors or does the dock not support it",
    "um the poppy appeal collection tins need to go back to the office by friday",
    "ash dieback means the trees by the front gate are coming down",
    "let's not rest on our laurels just because the inspection went well",
    "we shouldn't cherry pick the easy tickets and leave the horrible ones",
    "rain check on the team lunch the delivery van broke down",
    "the fiscal year starts in april so the budget has to be in by then",
    "chuck the old toner cartridges in the recycling bin by the printers",
    "we need to nip it in the bud before the whole ward starts doing it",
    "the charity is facing a cliff edge when the council funding ends",
    "somebody needs to check the guy ropes on the marquee before the fete",
    "please stop harrying the drivers about their paperwork while they're loading",
    "the tea kitty is empty again so bring some coins on monday",
    "the head brewer wants tank four cleaned before the next batch",
    "sharps bins on the ward are nearly full and the collection isn't till thursday",
]

NAMEWORD_CASED = [
    "Bargain hunters had cleared the clearance rail by ten o'clock.",
    "Mason jars for the bake sale are in the staff kitchen.",
    "Sterling silver samples arrived; two have surface scratches.",
    "The baker delivers the bread rolls at six, so someone needs to open the side door.",
    "FYI — the porter will bring the spare beds up to the ward after lunch.",
    "Grant application deadline has moved; the draft needs to be with finance by the end of next week.",
    "Frank feedback welcome: is the new rota layout actually easier to read?",
    "Patience, please — the IT desk is working through a backlog after the outage.",
    "Heather seedlings for the sensory garden were delivered today.",
    "Rose-scented hand soap caused complaints on the maternity ward, so we're switching to unscented.",
    "A jack and a spare wheel should be in every van. Please check before you head out.",
    "Bit rich to expect overtime with no notice, if I'm honest.",
    "Art department request: two larger monitors for the layout desk.",
    "The ward sister has asked for the bins to be emptied before the evening round.",
    "Hope is not a strategy — we need a proper backup plan for the server room.",
    "The butler sink in the staff room is blocked again; facilities have been told.",
    "Fire marshals: collect your hi-vis vests from reception before the drill.",
    "Chess club: the white knight and one bishop are missing from the second set.",
    "Page two of the consent form is missing from the printed packs.",
    "Amber means look soon, red means look now. Please don't wake anyone up for amber.",
    "Olive oil delivery was six cases short.",
    "Crystal-clear glasses for the gala arrived cloudy, so we're sending them back.",
    "The penny finally dropped: both stores were running the same faulty firmware.",
    "Ginger biscuits are in the tin by the kettle — help yourselves.",
    "Stormy weather delayed half of yesterday's deliveries.",
    "Dawn starts for stocktake next week, so the coffee order has been doubled.",
    "Sunny spells forecast, so sports day goes ahead outdoors.",
    "The turner on the lathe section needs a new chuck key.",
    "Chip shortages are still delaying the handheld scanner orders.",
    "Gene therapy trial paperwork goes to the research office, not to us.",
    "Will you grant the agency staff read access to the shared drive?",
    "Carol service rehearsal clashes with parents' evening. Can we move it?",
    "Justice delayed is justice denied, as the poster in the break room reminds us.",
    "Rusty hinges on the fire door need oiling before the inspection.",
    "Sandy floors in the sports hall again after the long jump — cleaners need extra time.",
    "Ray of hope: the budget might stretch to new chairs after all.",
    "The dean of sixth form wants the mock exam timetable printed by Wednesday.",
    "The warden at the boarding house wants the Wi-Fi fixed before the pupils return.",
    "The shop steward has asked for a meeting about the new shift pattern.",
    "We need two ushers for the awards evening; volunteers welcome.",
    "Reed diffusers in reception are far too strong, according to several visitors.",
    "Ruby red is the accent colour in the new report template.",
    "Jade plants on every desk was a lovely idea, but nobody is watering them.",
    "Violet lanyards are for visitors; green ones are for contractors.",
    "Lilies in reception are making people sneeze, so they're being replaced.",
    "Sage green walls have made the family room feel much calmer.",
    "Willow baskets for the Christmas hampers are arriving in two batches.",
    "Honey from the school beehives will be sold at the summer fair.",
    "June's board meeting will be held online.",
    "The melody on the hold music is driving the switchboard mad.",
]

MIXED_LOWER = [
    "okay so amber falcon runs on postgres and the brand colour for it is hunter green",
    "um sterling is the codename and it's really just a jenkins job that bills the clients nightly",
    "mason's pipeline lives in gitlab and the porter still has to sign for the hardware",
    "cobalt heron uses alexa skills for the ward reminders and the nurses' patience is running out",
    "right so hazel is the codename and the jira board is called hazel too so it's a grey area who owns it",
    "the rowan release moves everything from access into mariadb before the autumn term",
    "iron lark pushes scans into kafka and we mark each parcel done in the warehouse app",
    "ivy is built in django and the teachers want a grace period before it's compulsory",
    "storm ships on steam next week as long as the frost doesn't knock the office power out again",
    "we asked claude to name the new campaign and it suggested dawn chorus which we kept",
    "um river depends on snowflake and the summer interns are building the dashboards for it",
    "porter and fisher both run on kubernetes and nobody wants to rob their cpu quota",
    "sage the codename not sage the accounting package is the thing that's blocked",
    "cooper is written in rust and the cooper in the barrel shop thinks that's hilarious",
    "carter uses relativity under the hood and we chase the vendor every week about licences",
    "the bishop rollout needs okta working and a fair bit of faith from the branch staff",
    "brook pulls the donor data out of blackbaud every night and the spring appeal totals come from that",
    "okay so marshall runs in azure and we'll marshal the volunteers to test it on saturday",
    "golden wren's help pages are in confluence and they read like a baker's dozen of different authors",
    "grace is the unity project and the art team wants sage green for the menus",
    "um red fox is on the old jenkins box and the headphone jack on that server's console is broken",
    "copper kite sends the timetable to google calendar and the bell schedule's still in excel",
    "can you ask siri to remind me to chase the thunder goat patch tomorrow",
    "autumn leaf's data sits in mongodb and honestly it's a joy compared to the old system",
    "skye crashes on the older galaxy tablets and the fix is stuck behind the may release",
    "velvet moss is on tomcat and the rusty old server it sits on needs replacing",
    "we moved hunter off dropbox and onto sharepoint and nobody shed a tear",
    "quiet owl's rota exports go into kronos and the ward sister checks them every morning",
    "right so granite step prints to the zebras and fragile stuff gets a rose coloured border",
    "dawn the codename is live on shopify and dawn starts for the warehouse team begin monday",
    "ruby tiger is written in ruby which is confusing enough without the ruby red logo",
    "the jasper ledger talks to sql server and the auditors want frank answers about the rounding",
    "slate wolf uses tableau for reporting and the penny dropped when the totals didn't match",
    "blue heron alerts go through pagerduty and honestly the on call rota needs a bit more mercy",
    "crimson kettle's search runs on elasticsearch and the clerks can bill time straight from the results",
    "indigo swift is in python and the spring clean of old invoices is happening alongside it",
    "um oak quill's lesson plans are in google docs and so for some reason are the holly decorations for the hall",
    "so lemon drop is the intake form and it's built in power apps because that's what the hospital pays for",
    "is frost pine still on terraform or did the platform team move it to pulumi",
    "the hunter level in storm uses unreal's new lighting and it's all hunter green which the art director loves",
    "marigold runs on stripe and the bill for transaction fees doubled this summer",
    "flint badger writes to cassandra and it'll need a grace period while the old tables drain",
    "silver lining uses docusign and the pension team will grant access to the trustees next week",
    "okay so paper moon is on wordpress and the newsroom wants it on arc by june",
    "bright anchor uses mailchimp and we'll need some patience while the lists get cleaned",
    "copper river talks to netsuite and the april close is when we find out if it actually works",
    "maple lantern runs on ubuntu and the winter term is when the whole school switches over",
    "um toffee apple uses epic's api and the ward clerks drew up a list of missing fields",
    "tin soldier replaced cooper and it runs on nginx so the old apache config can go in the bin",
    "the opal ridge team uses jira and they've asked us to mark every duplicate before they triage",
]

MIXED_CASED = [
    "Amber Falcon's login now goes through Okta; the grace period for old passwords ends Friday.",
    "Blocker: Sterling's nightly Airflow run failed, so client bills won't go out tonight.",
    "Hunter green is the theme for Storm's launch page, which the web team built in Webflow.",
    "FYI — Hazel (the Mac app) is approved for the design team; Hazel (the codename) is still under review.",
    "Rowan's attendance exports now land in BigQuery, and the summer term report is the first to use them.",
    "Action: ask ChatGPT for a first draft of the Dawn Chorus appeal, then edit it by hand.",
    "Porter and Fisher share a Kubernetes namespace — please don't rob Fisher's CPU quota for Porter's batch jobs.",
    'Clarification: "Sage" in this thread means the codename, not the Sage accounting package.',
    "Bishop requires a Duo push for every branch login, which is asking a lot of faith from staff.",
    "Brook now reads from Raiser's Edge, so the poppy appeal totals should match finance's figures.",
    "Marshall moved off Heroku last month — the bill is now a third of what it was.",
    "Golden Wren's tooltips were translated with DeepL, then checked by the charity's volunteers.",
    "Grace builds on Unity 2022 LTS; the art team is keen to move to the newer version in the autumn.",
    "Grey Owl still runs on a CentOS box that is held together by hope and a UPS.",
    "Paper Crane pulls class lists from Arbor each morning, and the bell times come from the same feed.",
    "Thunder Goat's crash reports now go to Backtrace, and Sunday's spike was one bad graphics driver.",
    "Autumn Leaf's search moved from Solr to Algolia, and the results are a joy to browse.",
    "Skye no longer supports Internet Explorer; June is the cut-off for the last holdouts.",
    "Velvet Moss passed its Qualys scan with no criticals — a first.",
    "Hunter's file store moved to Box, and the old shares become read-only from next month.",
    "Quiet Owl sends shift reminders through WhatsApp Business; the ward sister approved the wording.",
    "Granite Step label templates are now edited in BarTender, not in Word.",
    "Dawn (codename) ships to the App Store first; Google Play follows once review is done.",
    "Ruby Tiger's new API is written in Crystal, so the team now has two gem-named languages.",
    "Jasper exports now go to Power BI, and the month-end pack is generated automatically.",
    "Blue Heron's on-call alerts switched from PagerDuty to Opsgenie on Monday.",
    "Crimson Kettle uses Azure AI Search, so the clerks can chase documents by clause rather than file name.",
    "Indigo Swift's duplicate check is a small Go service, and it caught a dozen double payments in week one.",
    "Oak Quill exports lesson plans to PDF via LibreOffice, so teachers without Office can still open them.",
    "Emerald Gate's design tokens come straight from Figma; hunter green and ivory are the new brand colours.",
    "Lemon Drop's form logic was rebuilt in Microsoft Forms, and the old Power Automate flows are gone.",
    "Frost Pine's route optimiser uses OR-Tools, and the winter timetable cut mileage by a tenth.",
    "Marigold points are stored in DynamoDB; the summer double-points weekend stressed it nicely.",
    "Tangerine's summaries now use Claude instead of Gemini, following the newsroom pilot.",
    "Flint Badger's pallet data moved to CockroachDB, so the grace period on the old cluster ends soon.",
    "Silver Lining uses Adobe Sign for trustee approvals; we'll grant the auditors read-only access.",
    "Paper Moon's podcast feed is hosted on Libsyn, and the autumn season starts in three weeks.",
    "Bright Anchor sends receipts through SendGrid; the bounce rate is now under one percent.",
    "Copper River reconciles against Xero every night and marks each matched line in green.",
    "Maple Lantern's kiosks run ChromeOS Flex on recycled laptops donated by the bank.",
    "Toffee Apple pulls discharge summaries from Cerner; the ward clerks drew up the field mapping.",
    "Tin Soldier sits behind Cloudflare now, and bot traffic has dropped sharply.",
    "Opal Ridge tickets have moved to Linear — please mark anything left on the old board as obsolete.",
    "Iron Lark's handheld app is built with React Native and tested on a rack of old Pixel phones.",
    "Ivy's push notifications go through Firebase; parents can opt out and we'll honour it straight away.",
    "Cobalt Heron's fraud rules run in Drools, and the payday spike was handled without a hiccup.",
    "Mason's artefacts are stored in Artifactory, while Cooper's are still on an old Nexus box.",
    "River ingests the ward census into Snowflake, and the winter surge dashboard reads from it.",
    "Carter's OCR step runs on Tesseract; scanned deeds with faded ink still trip it up.",
    "Autumn and Hunter are both waiting on the same Snyk findings, so fixing one unblocks both.",
]

SETS = [
    ("codename", "lower", CODENAME_LOWER),
    ("codename", "cased", CODENAME_CASED),
    ("product", "lower", PRODUCT_LOWER),
    ("product", "cased", PRODUCT_CASED),
    ("nameword", "lower", NAMEWORD_LOWER),
    ("nameword", "cased", NAMEWORD_CASED),
    ("mixed", "lower", MIXED_LOWER),
    ("mixed", "cased", MIXED_CASED),
]

KINDS = ("codename", "product", "nameword", "mixed")
CASES = ("lower", "cased")
PER_BUCKET = 50
TOTAL = PER_BUCKET * len(KINDS) * len(CASES)
MIN_WORDS, MAX_WORDS = 5, 30

# Speech-to-text style: lower-case letters, digits, spaces and apostrophes only.
LOWER_ALLOWED = set(string.ascii_lowercase + string.digits + " '")


def build_rows():
    """Return the rows in a fixed order (grouped by kind, then case)."""
    return [{"text": text, "kind": kind, "case": case} for kind, case, texts in SETS for text in texts]


def validate(rows):
    """Return a list of problems; an empty list means the set is valid."""
    problems = []
    if len(rows) != TOTAL:
        problems.append(f"expected {TOTAL} rows, got {len(rows)}")

    seen = {}
    for i, row in enumerate(rows):
        text, kind, case = row.get("text"), row.get("kind"), row.get("case")
        where = f"row {i} ({kind}/{case}): {text!r}"
        if set(row) != {"text", "kind", "case"}:
            problems.append(f"{where}: unexpected fields {sorted(row)}")
        if kind not in KINDS:
            problems.append(f"{where}: bad kind")
        if case not in CASES:
            problems.append(f"{where}: bad case")
        if not isinstance(text, str) or not text:
            problems.append(f"{where}: empty or non-string text")
            continue
        if text != text.strip() or "  " in text:
            problems.append(f"{where}: stray whitespace")
        n_words = len(text.split())
        if not MIN_WORDS <= n_words <= MAX_WORDS:
            problems.append(f"{where}: {n_words} words")
        if case == "lower":
            bad = sorted(set(text) - LOWER_ALLOWED)
            if bad:
                problems.append(f"{where}: characters not allowed in lower case: {bad}")
        elif case == "cased":
            if not any(ch.isupper() for ch in text):
                problems.append(f"{where}: no capital letters")
        key = " ".join(text.lower().split())
        if key in seen:
            problems.append(f"{where}: duplicate of row {seen[key]}")
        else:
            seen[key] = i

    kind_counts = Counter(row["kind"] for row in rows)
    case_counts = Counter(row["case"] for row in rows)
    bucket_counts = Counter((row["kind"], row["case"]) for row in rows)
    for kind in KINDS:
        if kind_counts[kind] != PER_BUCKET * len(CASES):
            problems.append(f"kind {kind}: {kind_counts[kind]} rows")
    for case in CASES:
        if case_counts[case] != PER_BUCKET * len(KINDS):
            problems.append(f"case {case}: {case_counts[case]} rows")
    for kind in KINDS:
        for case in CASES:
            if bucket_counts[(kind, case)] != PER_BUCKET:
                problems.append(f"{kind}/{case}: {bucket_counts[(kind, case)]} rows")
    return problems


def main():
    rows = build_rows()
    problems = validate(rows)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        sys.exit(1)
    with OUT_PATH.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter((row["kind"], row["case"]) for row in rows)
    print(f"wrote {len(rows)} rows to {OUT_PATH}")
    for kind in KINDS:
        print(f"  {kind}: " + ", ".join(f"{case}={counts[(kind, case)]}" for case in CASES))


if __name__ == "__main__":
    main()
