"""Hand-written clean sentences for tuning (set E), written blind.

Every sentence below was written by hand for a PII-detector tuning set, without
sight of the detector's code or output and without sight of the evaluation sets
(or of the other tuning sets' sentences). Each sentence is meant to be CLEAN: it
contains no person's name, no place finer than a country, no identifying numbers
and no dates of birth. The sentences exercise words that look like names but are
not used as names:

* codename  - internal code names for projects, releases, servers and campaigns,
              made of one or two everyday words
* product   - real software, services, devices, AI assistants, languages,
              databases and frameworks, many of them named like people or places
* nameword  - everyday words that are also given names or surnames (or place
              words), used in their everyday or product sense
* mixed     - several of the above in one sentence

Each kind has 50 "lower" sentences (lower-case, unpunctuated speech-to-text style
with fillers) and 50 "cased" sentences (typed chat, minutes, tickets, emails,
status updates).

Standard library only. Run from the repository root with

    .venv/bin/python benchmarks/eval_data/make_tuning_clean_e.py

to validate the sentences and write tuning_clean_e.jsonl next to this script.
"""

import json
import string
import sys
from collections import Counter
from pathlib import Path

OUT_PATH = Path(__file__).with_name("tuning_clean_e.jsonl")

CODENAME_LOWER = [
    "so um the plan is that velvet otter goes to the pilot schools first and everyone else waits a month",
    "has anyone actually looked at granite's error logs since the patch went out",
    "we're calling the new billing service project thistle for now until marketing picks something better",
    "uh the frost release is basically the same as drizzle but with the export bug fixed",
    "i think the paper crane rollout should pause until support has the new scripts",
    "okay so nettle and bramble are the two staging boxes and nobody deploys to bramble today",
    "the codename is quiet harbor but honestly nobody outside this team needs to know that",
    "so what's blocking salt meadow right now is mostly the contract review right",
    "like i said yesterday tangerine owns the search page and lantern owns everything behind it",
    "um can someone restart pebble it's been throwing timeouts since about lunch",
    "we moved the loyalty campaign from scarlet wave to something softer because legal asked us to",
    "the brave badger branch has like forty commits that never got reviewed",
    "so sleepy owl is the overnight batch job and it finished at four this morning",
    "honestly i'd rather we ship clover late than ship it broken",
    "yeah the marble staircase milestone is the one where we cut over the old database",
    "right so walnut's memory usage doubled after the upgrade and we don't know why yet",
    "uh we still need a name for the next phase maybe golden hour or just phase two",
    "i'll update the wiki page for hollow reed straight after this call",
    "the rusty anchor servers are getting decommissioned at the end of the quarter",
    "so far the feedback on lemon drop has been pretty good from the warehouse team",
    "project foxglove needs one more designer you know someone who's done mobile before",
    "um did the cinder migration actually finish or is it still running",
    "we're keeping the wren and sparrow clusters separate for now just to be safe",
    "so basically thunder and lightning are the two halves of the same release",
    "i don't want another outage like the one on blue ember last spring",
    "the swift otter dashboard is what the execs look at every monday morning",
    "okay let's move sunflower to the backlog and pull in the fern tickets instead",
    "uh whoever owns tin soldier please look at the failing test on main",
    "so sapphire is the internal name and customers will just see it as the new planner",
    "we kind of rushed the hailstorm launch and now we're paying for it",
    "the team behind juniper is two people and a contractor so be realistic about the dates",
    "i think we should archive project driftwood it hasn't had a commit in a year",
    "yeah the glass bridge api is stable enough for the partners to start testing",
    "um so the question is whether humble pie gets its own budget or shares with the app team",
    "the misty pine image is the one with the security patches so use that one",
    "slate and chalk are both running the old kernel and we should really fix that",
    "so the purple finch experiment showed a small lift in sign ups nothing huge",
    "we're renaming northern light to something shorter because people keep misspelling it",
    "honestly the copper bell codename was a mistake it sounds like a pub",
    "so kestrel goes live in the call centre first and then in the branches",
    "hang on is dusty road the mobile release or the web one",
    "the restless tiger load test is scheduled for thursday night after the backups",
    "i mean we could fold puddle into the main app and save ourselves a whole repo",
    "right so project saffron is the recipe feature and nobody's touched it since march",
    "uh the maple syrup job failed again because the upstream file was empty",
    "so who's on call for polar bear this weekend",
    "we should tell finance that silent river will need a lot more storage next year",
    "okay the broken compass incident review is on the agenda for friday",
    "i actually like the name gentle giant for the bulk import tool",
    "so rapid rabbit and lazy tortoise are the fast and slow lanes of the same queue",
]

CODENAME_CASED = [
    "Status: Project Heron Gate is green, Tidewater is amber, Ashfall is red.",
    "Reminder: do not deploy to Quartz until the cert renewal finishes.",
    "Can someone give me read access to the Blue Spruce repo?",
    "Minutes: agreed to merge Meadowlark and Foghorn into a single release train.",
    "Ticket: login loop on Moth Light after password reset (Android only).",
    "The Stormcloud rollback took eleven minutes, which is inside the target.",
    "FYI the codename Bright Kettle is retired; please use the product name in customer emails.",
    "Who owns Acorn's nightly export? It failed twice this week.",
    "Snowdrift capacity review has moved to next Tuesday.",
    "Hi all, Sleet v2 is on staging. Please try the new filters before Friday.",
    "Action item: update the Golden Thread runbook with the new failover steps.",
    "Hazard Lamp and Red Clover both depend on the old auth library.",
    "Release notes for Thistledown 4.2 are attached.",
    "Honestly, we need a less cheesy name than Project Diamond Dust for the external deck.",
    "Please tag all Marigold issues with the campaign label so we can report on them.",
    "Server naming: the new boxes will be Otter-01 through Otter-06.",
    "Weekly update: Lichen passed security review; Basalt is still waiting on pen test results.",
    "Any objections to moving Whispering Pine to the new cloud account?",
    "The Oak Barrel migration is paused while we investigate the duplicate rows.",
    "Quick heads-up: Bramble Key's API keys rotate tonight.",
    "Decision: Firefly stays as the internal name; externally it's just 'Scheduling'.",
    "Spring campaign 'Orange Peel' launches in-store first, online a week later.",
    "Incident summary: Hollow Oak returned stale prices for about twenty minutes.",
    "Nightjar and Lapwing are the two candidate names for offline mode. Vote by Thursday.",
    "Could we get a demo of Paper Lantern at the all-hands?",
    "Backlog grooming for Sandpiper is cancelled; half the team is at the offsite.",
    "Sprint goal: get Woolly Mammoth's archive search under two seconds.",
    "The Cobblestone build is broken on main -- looks like a missing env var.",
    "Re: Silver Moss budget. Approved for Q3, with the contractor line cut.",
    "Heads up that Project Raincoat now includes the returns portal as well.",
    "Is Dandelion the mobile one? I keep mixing it up with Buttercup.",
    "Checklist for the Hot Cocoa launch: pricing page, FAQ, support macros.",
    "We're sunsetting Lurcher; traffic moves to Whippet over the next two sprints.",
    "Bug: Copper Moth uploads fail for files larger than 2 GB.",
    "Please don't share the Midnight Orchard roadmap outside the leadership group yet.",
    "Capacity for Tundra looks fine until spring; revisit in January.",
    "Hailstone, Sleet and Drizzle all run on the same node pool, and that's the risk.",
    "Update from the Jasper Stone team: the demo moved to next week.",
    "Rollout plan: Crow's Nest to 10% of users Monday, 50% Wednesday, 100% Friday.",
    "Postmortem owner for the Wild Goose outage is still TBD.",
    "Good news: Mossy Log finally passed the accessibility audit.",
    "Kingfisher's search index needs a rebuild after the schema change.",
    "Let's keep Brass Monkey out of the customer-facing docs, please.",
    "Can we rename the 'Gloomy Fog' job? It's making people nervous.",
    "Sev-2 on Lantern Fish: queue depth growing, consumers look stuck.",
    "Thanks to everyone who tested Frozen Pond over the weekend!",
    "The Scarlet Maple campaign assets are in the shared drive under Marketing.",
    "Project Wombat is officially out of beta.",
    "Reviewer needed for the Tidepool config change -- small diff, promise.",
    "Timeline: Emerald Kite design freeze, then build, then a two-week soak.",
]

PRODUCT_LOWER = [
    "so we ended up moving the whole build from travis to jenkins and honestly it's been fine",
    "um can you ask alexa to stop adding paper towels to the list every time someone says towel",
    "the backend is django and the jobs run on celery so it's all python really",
    "we tried cassandra for the event store but the ops overhead was way too much",
    "i still think mariadb is the safer choice for the small client sites",
    "so copilot wrote most of that test and then i fixed the bits it got wrong",
    "has anyone upgraded to sonoma yet my docker setup broke on it",
    "kotlin for the android app and swift for the ios one that's the plan anyway",
    "uh the old laptops are stuck on monterey because they can't run anything newer",
    "the data team lives in jupyter and then copies the charts into tableau",
    "siri keeps mishearing the name of the project which is kind of funny",
    "we pay for jira confluence and trello and i'm pretty sure we only need two of those",
    "i asked claude to summarise the thread and it did a decent job actually",
    "so the logs go to kibana the metrics go to grafana and the alerts go to pagerduty",
    "julia is great for the simulation stuff but nobody else on the team knows it",
    "we should move off heroku before the pricing changes kick in",
    "um the cortana integration is dead so we can just delete that code",
    "the warehouse uses zebra scanners and the pickers really don't like the new app",
    "my kindle died halfway through the flight which was great",
    "the old site was on drupal and the new one is wordpress with a custom theme",
    "we use sage for payroll and xero for basically everything else",
    "i think gemini gave a better answer than the other one but it took longer",
    "ansible for the servers terraform for the cloud stuff and puppet for nothing anymore",
    "so the nest thermostat in the office thinks it's the middle of summer",
    "we're evaluating snowflake against bigquery for the reporting warehouse",
    "i'd rather write it in rust than in go but i'm outvoted",
    "uh the hadoop cluster is finally getting switched off next month",
    "kafka's consumer lag was huge during the sale so we added more partitions",
    "the interns are learning pascal which feels a bit old school to me",
    "haskell is beautiful but hiring for it is a nightmare",
    "so we're on elixir and phoenix for the chat service and it's been rock solid",
    "is the webinar on zoom or on teams because i've got both links",
    "sorry about the noise the roomba got stuck under my desk again",
    "we can prototype in figma and then do the user testing in maze",
    "the alpine image is tiny but it doesn't ship with bash by default",
    "um the selenium tests are so flaky that we're moving them to cypress",
    "the mac mini in the corner still runs the old hudson server believe it or not",
    "we moved the support inbox from zendesk to freshdesk last year",
    "the hubspot forms feed straight into salesforce which is why the leads are duplicated",
    "so the jasmine tests and the karma runner both need updating after the angular upgrade",
    "ubuntu on the servers debian in the containers and fedora on my laptop",
    "we need oracle licences for the finance system there's no way around it",
    "the chatbot still runs on watson and honestly it's showing its age",
    "i'd use mongodb for the prototype and decide on the real database later",
    "we're putting the design docs in notion instead of the wiki from now on",
    "have you tried perplexity for the research bits at least it cites its sources",
    "uh the tesla chargers in the car park only work through the app",
    "everything old is on spring boot and the new services are on quarkus",
    "the marketing site is on squarespace and the shop is on shopify",
    "the sales team records every call with gong and nobody ever listens to them",
]

PRODUCT_CASED = [
    "Jenkins is down again -- the agent on the Windows box ran out of disk.",
    "Reminder: Alexa for Business is being retired, so the meeting-room devices need a new setup.",
    "Can we get Claude Team seats for the support leads?",
    "Migrated the session store from Memcached to Redis; latency looks better.",
    "Please upgrade to macOS Sequoia only after IT confirms the VPN client works.",
    "Our Ruby on Rails app still pins an old version of Sidekiq.",
    "Ticket: Cortana shortcut still appears in the Windows 10 image.",
    "Please use Loom for walkthroughs instead of sending 40-minute Teams recordings.",
    "The new analytics stack is dbt + Snowflake + Looker.",
    "Has anyone tried Mistral's small model for the call summaries?",
    "Apache Cassandra 5 upgrade scheduled; expect read-only mode for ~15 minutes.",
    "Siri Shortcuts integration is out of scope for v1.",
    "We're moving CI from CircleCI to GitHub Actions by the end of the quarter.",
    "Django 5 is fine, but Wagtail needs a minor bump first.",
    "Has anyone got a spare Pixel to test the Android build on?",
    "Minutes: agreed to standardise on Postgres; the MySQL instances will be migrated.",
    "Power BI dashboards refresh at 6am; if they're stale, check the gateway.",
    "Gemini in Docs keeps suggesting the wrong tone for legal emails.",
    "Note: the Java 8 runtime on the batch servers is end-of-life.",
    "Our Vue components are being rewritten in Svelte for the kiosk app.",
    "Kotlin Multiplatform looks promising for sharing the sync logic.",
    "The Phoenix LiveView prototype is surprisingly fast.",
    "Tip: Alfred workflows are a great way to speed up repetitive Mac tasks.",
    "Hazel on my Mac files the invoices automatically, so I never touch Downloads.",
    "The ThinkPad batch arrived; the Surface laptops are back-ordered.",
    "Bug: Safari on iPad renders the date picker off-screen.",
    "Julia 1.10 broke one of our plotting packages.",
    "Ada is still used in the flight software, so don't expect a rewrite.",
    "Grok has been blocked on the corporate network by security.",
    "Has anyone got experience with Airflow vs Dagster for this kind of pipeline?",
    "We replaced Nagios with Prometheus and Alertmanager last year.",
    "The Kubernetes upgrade broke our Helm charts; Istio is fine.",
    "Status: Sentry alerts now route to Opsgenie, not email.",
    "Anyone using Linear? Thinking of moving the design team off Jira.",
    "Monday.com boards are read-only for contractors.",
    "Please log your time in Harvest by Friday.",
    "The Echo Show in the kitchen keeps interrupting meetings.",
    "Gusto handles payroll; BambooHR handles leave requests.",
    "Stills come from the Canon, the drone footage from the DJI Mavic.",
    "Switching the survey font from Georgia to Verdana improved readability.",
    "Is Delphi still used anywhere in the legacy estate? I found an old .dpr file.",
    "Laravel Forge provisions the servers and Envoyer handles zero-downtime deploys.",
    "MacBooks stuck on Big Sur can't install the new Office build.",
    "Next.js 14 on Vercel for the marketing site; the app stays on Angular.",
    "Salesforce and HubSpot disagree on the lead count again.",
    "Copilot Chat is enabled for all engineers starting Monday.",
    "The Sonos speakers in the meeting rooms are being replaced with Jabra units.",
    "QuickBooks is gone; everything's in Xero now, and Athena queries the exports.",
    "The Raspberry Pi in the server room runs Pi-hole for the office DNS.",
    "Elasticsearch is being replaced by OpenSearch in the next infra sprint.",
]

NAMEWORD_LOWER = [
    "i will send the notes round after lunch if that works for everyone",
    "can you mark the finished ones in green and just leave the rest",
    "the bill for the hosting went up again and nobody noticed for two months",
    "we give them a grace period of two weeks before the account gets switched off",
    "i really hope the vendor gets back to us before the long weekend",
    "um the rose gold finish is apparently the most popular one by far",
    "the designer picked a hazel brown with an amber accent for the buttons",
    "the ruby and pearl anniversary gift guides are doing really well on the blog",
    "we got a jade plant for reception and somehow it's still alive",
    "the picture on the new cameras is crystal clear even from the back row",
    "sales dip every summer and then pick back up again in the autumn",
    "we were up till dawn fixing the payment outage so be gentle with us today",
    "if it's sunny on friday we'll do the team lunch outside otherwise it's pizza in the kitchen",
    "to be frank i don't think the agency even read the brief",
    "he was very earnest about it but the numbers just don't add up",
    "we don't take cash at the stand anymore it's card only",
    "not one more penny goes to that agency until they actually deliver",
    "our best customers are bargain hunters who wait for the january sale every year",
    "the baker down the road does the pastries whenever we have client visits",
    "we had to get a mason in to fix the wall next to the loading bay",
    "the porter on the front desk will sign for any parcels while we're out",
    "the crane next door keeps swinging over the car park which is a bit scary",
    "she moved her bishop forward and i knew the game was basically over",
    "it was a noble idea but there's just no budget for it this year",
    "long story short the export still doesn't work on the older phones",
    "we're short on testers so i might rob a couple of people from the support team",
    "the fox got into the bins again so facilities put a lock on them",
    "a robin built a nest in the bike shed so we're leaving it alone until spring",
    "we only tried it for a lark and the prototype actually works",
    "um the director won't brook any more delays on this one",
    "it ended on a total cliffhanger so now i have to watch the next episode tonight",
    "the clay pots and the stone planters are on the second page of the catalogue",
    "we're not out of the woods yet with the server migration",
    "the support desk fields about a hundred calls a day in peak season",
    "the river was too high to ford so the survey crew turned back",
    "can someone chase finance about those unpaid invoices please",
    "they threatened to sue if we didn't refund the whole order",
    "give yourselves a pat on the back everyone that was a great quarter",
    "we should max out the free tier before we pay for the upgrade",
    "the chip shortage pushed the hardware delivery back by three months",
    "there's a ray of hope on the hiring front at least",
    "the lily pads in the hero photo make it look like a stock image",
    "the violet and olive colour options tested worst with users",
    "honestly ginger and honey in hot water is the only thing helping my throat",
    "the sage and basil on the windowsill need watering while i'm off",
    "the holly and the ivy are up in reception so it must be december",
    "we bought champagne for the launch and a bottle of sherry for the older clients",
    "the virginia creeper has completely covered the back wall of the warehouse",
    "he wears chelsea boots and a tweed jacket on every call like some kind of professor",
    "we need a florence flask and a couple of beakers for the chemistry demo",
]

NAMEWORD_CASED = [
    "Will do -- I'll update the doc tonight.",
    "Mark as resolved once the customer confirms.",
    "Bill of materials attached; the unit cost went up by about 8%.",
    "Grace period for late submissions is 48 hours.",
    "Hope this helps! Let me know if anything's unclear.",
    "Faith in the old forecast is low, so we're redoing it from scratch.",
    "Joy of the week: the flaky test finally stopped flaking.",
    "Daisy-chain the monitors if the dock only has one port.",
    "Amber threshold is 80% CPU; red is 95%.",
    "Storm damage to the roof means the east meeting room is closed this week.",
    "Rain delayed the outdoor shoot, so the photos will be a few days late.",
    "Frank feedback welcome -- this is a very rough draft.",
    "Rich snippets are showing for the product pages again.",
    "Sterling silver cufflinks are the top-selling gift this month.",
    "Cash flow forecast updated; the runway looks fine.",
    "Penny-pinching on the monitors was a mistake; half of them have dead pixels.",
    "Cook times for the new oven are shorter, so the menu timings need updating.",
    "Miller, baker, brewer: the three roles we're hiring for at the bakery cafe.",
    "King-size beds in all the rooms, per the venue contract.",
    "Young professionals are the target segment for the spring campaign.",
    "Brown rice, green beans and white fish are on the lunch order.",
    "Gray or grey? Pick one spelling for the style guide.",
    "Black Friday prep starts next week.",
    "Cry wolf too often with alerts and people stop reading them.",
    "Finch and wren sketches for the picture-book cover are in the shared folder.",
    "Jay, magpie and crow: the three birds that keep setting off the motion cameras.",
    "Swan song for the old intranet: it goes read-only on Friday.",
    "Heath and moorland shots are fine for the nature campaign, just no recognisable landmarks.",
    "Brook trout is the special in the canteen on Thursday.",
    "Cliff notes version: we're over budget and behind schedule.",
    "Rock-solid uptime this month: 99.98%.",
    "Stone, clay and slate samples have arrived for the showroom.",
    "Fields marked with an asterisk are mandatory.",
    "Plaster of Paris moulds for the prototype cases are drying in the workshop.",
    "Lane closures on the motorway will slow the deliveries this week.",
    "Hall passes are obviously not needed; just let the host know if you step out.",
    "Carolina Reaper sauce is banned from the team chilli cook-off this year.",
    "Chase the two outstanding POs before month-end, please.",
    "Pat on the back to the night shift for the quick recovery.",
    "Max file size for uploads is 25 MB.",
    "Chip and PIN terminals are being replaced with contactless ones.",
    "Ray tracing is off by default in the demo build.",
    "Lily of the valley is poisonous, so it's been removed from the office planters.",
    "Iris scanners at the lab entrance are back online.",
    "Olive oil, rosemary and sea salt focaccia is the new bakery SKU.",
    "Candy Crush-style streaks increased daily logins by 12%.",
    "Jasmine tea or peppermint for the client meeting?",
    "Brandy snaps and Tiffany-blue napkins for the launch party, please.",
    "Mercedes vans in the delivery fleet are being swapped for electric ones.",
    "Georgia is the body font; headings stay in the sans-serif.",
]

MIXED_LOWER = [
    "so tidewater runs on postgres now and i will check the slow queries after lunch",
    "the sparrowhawk dashboards are in grafana and the numbers look a bit rosy if you ask me",
    "honestly copilot suggested a fix for the granite crash but it was wrong in a really confident way",
    "um we mark the rusty nail tickets as blocked in jira until the vendor replies",
    "the dallas release is just the kent release plus the ruby upgrade so don't panic",
    "if it's sunny we can film the kestrel demo outside on the new pixel",
    "so project austin needs a django expert and frankly we don't have one",
    "the bill from heroku for the meadow cluster is more than the whole marketing budget",
    "uh the holly release notes are in confluence and the ivy ones are still in notion",
    "we're using claude for the first draft of the storm warning emails and a human checks every one",
    "so the copper beech api is written in kotlin and the web front end is still angular",
    "we'll chase the snowdrop bug in sentry after standup and see if it's the same stack trace",
    "the black swan scenario for the harvest campaign is that shopify goes down on launch day",
    "um siri pronounces lark as lurk which is why the voice demo sounds so weird",
    "the golden eagle build leaks memory on mariadb but not on mysql for some reason",
    "i'd rather not max out the snowflake credits on the foxtrot experiments",
    "the penny farthing project basically means rewriting the billing engine in rust",
    "so jenkins builds the heron app every night and posts the results in slack",
    "the brown bear cluster is where kafka lives so please be careful with it",
    "uh the frost and dew releases both need the new figma designs before we can start",
    "long story short the tableau licences for the marigold team expired on friday",
    "the sage ledger exports feed into the walnut reconciliation job every morning",
    "we could ask gemini to translate the summer campaign copy but someone should still check it",
    "the crystal ball forecasting model runs in jupyter on the big gpu box",
    "so the cardinal release is mostly a cassandra upgrade and some wording changes",
    "i hope the wombat migration is done before we have to renew the oracle contract",
    "um the tulip landing page is on wordpress and it loads really slowly on mobile",
    "honestly the jade tiger dashboards in looker are the only ones anybody opens",
    "the baker's dozen promo goes out through mailchimp and the honeybee app sends the push notifications",
    "so the summit release goes to the android beta first and the ios one a week later",
    "we'll keep carolina as the codename for the loyalty app and georgia as the web font",
    "can someone ask chatgpt why the clover pipeline keeps failing because i've run out of ideas",
    "the hunter green theme looks great on the kindle but terrible on the phones",
    "uh the drizzle service talks to redis and the sleet service talks to dynamo",
    "so the pearl diver search feature is built on elasticsearch and nobody wants to own it",
    "the cobalt sky rollout is paused because the zoom integration broke calendar sync",
    "i think the autumn leaves campaign should go out on tiktok before instagram",
    "we had a really frank chat about the lighthouse budget and the aws bill",
    "the otter project uses jasmine for its tests and the badger project uses jest",
    "so the bishop and knight servers are both on ubuntu but rook is still on centos",
    "i will mark the velvet tickets done once the hubspot sync passes",
    "the crane lift feature got cut but the robin release still ships with the notion export",
    "the cash register app crashes on the older ipads whenever the storm branch is deployed",
    "our sterling tier customers get early access to the new alexa skill",
    "so basically maple handles the data juniper handles the reports and both of them run on aurora",
    "the ginger cat in the marketing video is getting more comments than the new macbook",
    "the olive branch project is how we're trying to win back customers who cancelled last year",
    "uh the swift rewrite of the lemonade app is taking way longer than the kotlin one",
    "um the rain check feature lets customers push a booking back and it's built on firebase",
    "honestly the young folks on project willow picked up terraform faster than the rest of us",
]

MIXED_CASED = [
    "Will the Tidewater migration to Postgres 16 finish before Friday, or should we warn support?",
    "The invoicing screen has three buttons -- Mark Paid, Bill Now and Chase Up -- and the Figma file has the new icons.",
    "Sparrowhawk dashboards are in Grafana; Kingfisher's are still in Kibana.",
    "Frank assessment: the Dallas release shouldn't go out until the Jenkins pipeline is green.",
    "Project Austin (the Django rewrite) is paused; the team moves to Heron for Q3.",
    "Hope the Copper Moth fix lands today -- Sentry shows hundreds of errors an hour.",
    "Ruby 3.3 upgrade for Project Kent is done; Devon is next.",
    "Summer campaign assets live in Figma; the Autumn ones aren't started yet.",
    "Amber and Jade are staging environments; Ruby is production. Don't run migrations on Ruby without approval.",
    "Grace period for the Siri Shortcuts deprecation ends next month, so Walnut users need a warning banner.",
    "Sunny-day tests for the Storm release pass in Cypress; the rainy-day cases still fail.",
    "Alexa's skill logs show the Lantern skill was invoked about 300 times yesterday.",
    "Rich text from Notion doesn't survive the export to Confluence, so the Hazel docs look broken.",
    "Cash and card payments in the Penny app both go through Stripe.",
    "The Baker job (nightly Snowflake refresh) overran by an hour, and Miller waits on it.",
    "Finch, Wren and Robin are the three Kubernetes clusters; Robin is the one with GPUs.",
    "Black Friday load test on the Sable cluster: Redis held up, MariaDB didn't.",
    "Swan Song is the codename for the Tableau replacement, and Looker is the frontrunner.",
    "Cook, Porter and Mason are the service names in the Helm chart (kitchen orders, delivery, inventory).",
    "Young users love the Sky Blue theme; older users keep switching to High Contrast.",
    "Gemini and Copilot both flagged the same bug in the Marble Run branch.",
    "Dawn Chorus (the morning digest email) now goes out via Mailchimp at 7am.",
    "Status: Foxglove green, Bramble amber -- Kafka lag on Bramble is the issue.",
    "Long-running Jupyter kernels on the Permafrost box are eating memory again.",
    "Noble is the internal codename for the Android tablet app; it ships with Kotlin 2.0.",
    "Fisher and Hunter both read from the same Cassandra keyspace, which is why they deadlock.",
    "Georgia, Virginia and Carolina are this year's three release trains; Georgia ships first on iOS.",
    "Holly and Ivy (the two Christmas campaigns) are both scheduled in HubSpot.",
    "Max retries for the Oracle connector is three; Sterling retries forever, which is the bug.",
    "Crystal-clear audio on Zoom since we swapped to the Jabra headsets -- thanks, IT!",
    "Iris (our image-tagging service) now calls the OpenAI API instead of the old Watson model.",
    "Pearl and Jasper are different releases: Pearl is the Swift app, Jasper the Kotlin one.",
    "Rose-tinted forecast aside, the Clover launch still needs a Shopify theme fix.",
    "Dale and Glen are the two Postgres replicas; Glen lags by about a minute.",
    "Marsh, Moss and Brook are the new environments for the data platform. Moss runs Airflow.",
    "Crane's Terraform plan wants to destroy 14 resources -- do NOT apply.",
    "Chelsea boots, Mercedes vans, Paris green paint: the mood board for the Olive campaign is eclectic.",
    "Champagne toast for the Lighthouse launch at 5; the Slack announcement goes out at the same time.",
    "Honey and Ginger are the two new Alexa skills; Honey is live, Ginger is in review.",
    "Sage 50 export failing for the Birch entity; Xero is unaffected.",
    "Violet build failed: Vite can't resolve the Svelte plugin.",
    "Filters in the property app: Woods, Fields, Lakeside. Fields is broken on Safari.",
    "Cliff-edge risk: if the Kestrel contract lapses, the Jira instance goes read-only.",
    "Frost and Dawn both depend on the old Node 16 runtime; upgrade them before December.",
    "Bishop is the Ubuntu bastion host; Knight and Rook are the Debian workers.",
    "Chip (the Raspberry Pi kiosk app) crashed after the Chromium update.",
    "Shortlist of release names: Hazel, Juniper, Sorrel, Basil. Basil is the favourite so far.",
    "Ray (the Python framework) handles the Saffron batch scoring on the GPU nodes.",
    "Sherry-cask whisky for the client gift boxes and Tiffany-style lamps for the Willow showroom launch.",
    "Lark (the ByteDance suite) and Slack both got trialled; the Raven team preferred Slack.",
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
