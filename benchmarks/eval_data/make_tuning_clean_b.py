#!/usr/bin/env python
"""A second set of clean meeting sentences to tune the detector against over-redaction.

Run from the repository root:
    .venv/bin/python benchmarks/eval_data/make_tuning_clean_b.py
It writes benchmarks/eval_data/tuning_clean_b.jsonl, one sentence a line:
    {"text": str, "kind": "product" | "nameword" | "codename" | "mixed", "case": "lower" | "cased"}

An independent sample of the same kind as tuning_clean.jsonl, written by hand without sight of the
detector, its output or the evaluation sets, and with other vocabulary: none of the words that
set's maker excludes (EXCLUDED below, checked), and mostly other name-words, products and code
names. A second sample shows whether tuning on the first one generalises. Four kinds:

* ``nameword``: everyday words that are also given names or surnames (``carol`` singers, a
  ``robin``, ``shepherd`` a release, a fire ``warden``, a ``lazy susan``), alone, in pairs
  (``hazel and olive``) and at the start of a typed sentence (``Violet is the accent colour``);
* ``product``: tools, services and devices people mention at work, many of them looking like
  names (``Gusto``, ``Lever``, ``Claude``, ``Watson``, ``Luigi``), and made-up internal tools
  (``the Jeeves bot``, ``the Paddock dashboard``);
* ``codename``: project code names of one to three everyday words (``copper heron``,
  ``Hopscotch``, ``Quiet Copper Moon``);
* ``mixed``: several of the above with numbers that identify no one (tickets, budgets,
  versions), weekdays, months and job titles.

Each sentence is written once, either as speech-to-text gives it (``lower``: lower case, no
punctuation, now and then a filler) or as typed chat gives it (``cased``). None holds a person's
name, an address, a place, a date of birth or an identifying number: a de-identifier must leave
every one unchanged.
"""

import json
import random
import re
from pathlib import Path

OUT = Path(__file__).with_name("tuning_clean_b.jsonl")

# The words the first tuning set's maker keeps out of its sentences (they belong to the evaluation).
EXCLUDED = (
    "will",
    "grace",
    "mark",
    "bill",
    "may",
    "june",
    "frank",
    "sue",
    "jira",
    "confluence",
    "slack",
    "figma",
    "zoom",
    "excel",
    "salesforce",
    "tableau",
    "postgres",
    "kubernetes",
    "terraform",
    "github",
    "notion",
    "asana",
    "trello",
    "miro",
    "looker",
    "snowflake",
    "datadog",
    "grafana",
    "sentry",
    "airflow",
    "kafka",
    "redis",
    "orion",
    "atlas",
    "nova",
    "helix",
    "quartz",
    "lumen",
    "beacon",
    "pulse",
)

NAMEWORD_LOWER = """
so the carol singers are booked for the holiday party on friday
there's a robin nesting right above the loading dock again
um the lily pads in the lobby fountain need cleaning before the client visit
we went with violet for the accent colour on the new slides
can someone pick up olive oil and bread for the team lunch
the hazel trees by the car park dropped nuts all over the bikes
the angel investors want a quarterly update instead of a monthly one
the guy wires on the antenna mast came loose in the wind last night
like just max out the test budget for this sprint and we'll review after
mike check one two can everyone at the back hear me
i watched a ted talk about async work and it was actually pretty good
we had to jimmy the supply cupboard because nobody had the key
okay let's sally forth and get through the rest of the agenda
uh they ran out of the veggie patty so i got the salad instead
does anyone have a bobby pin the clip on my badge snapped
the dash cams in the delivery vans need new memory cards
someone needs to shepherd this release through the change board
i'm just going to potter about in the backlog this afternoon
honestly that incident report was a real page turner
the fire warden wants everyone out by the east stairs during the drill
we need a data steward for each of the new finance tables
the fire marshal signed off on the new seating plan yesterday
that's the cardinal rule never push straight to main
prior to the migration we should freeze writes for an hour
um it's a noble goal but we don't have the headcount for it
watch the error rate like a hawk for the first hour after the deploy
i guess we have to eat crow on that estimate
the jay outside my window keeps setting off the doorbell camera
there's a wren nesting in the old cable tray on the roof
we should be swift about rolling back if latency climbs
there was frost on the satellite dish so the link dropped this morning
the snow day policy says work from home if the trains stop
the autumn offsite agenda is still wide open so send ideas
winter hours start after the clocks go back
the ash tree outside the side gate is getting cut down next week
the birch veneer desks are on back order until the new year
the rowan berries are staining the bike rack again
the willow screen in the quiet room fell over
we're resting on our laurels a bit with onboarding
the myrtle hedge blocks the camera on the back gate
um there's poppy seeds all through the kitchen keyboard
the fern in the meeting room is dying can someone water it
the moss on the roof has to go before the solar panels go up
the clay models from the design sprint are in the cupboard
hardy plants only for the terrace nothing that needs daily watering
a gale warning came through so the outdoor bit moves inside
it's misty out so the drone footage from today is useless
the hold music is that awful melody again
there's no harmony at all between the two style guides
we need a bit of patience with the vendor they're short staffed
a bit of prudence with the cash buffer this quarter wouldn't hurt
the charity bake sale raised more than last year
the security team showed no mercy in the phishing test
the snack cupboard runs on an honor system
so christmas eve is a company holiday this year
the dot in the file name breaks the upload script
we each put a tenner in the kitty for the leaving gift
there's a stack of terry towels in the gym cupboard
the camera dolly needs a new wheel before the shoot
we used a jerry can for the generator at the field day
they keep trying to harry us into a decision before the audit
that merge conflict had me in a full nelson all morning
we ordered herb planters for the roof terrace
there's way too much pepper in the canteen soup again
rosemary and thyme are the only things surviving on the balcony
they put a clementine on every desk in the welcome pack
the brandy snaps at the party were gone in five minutes
apparently the sherry trifle is a tradition at the winter party
the opal finish on the new laptops scratches really easily
the jade plant in reception has doubled in size
uh the jewel cases for the old install discs are all cracked
a stray tom has been sleeping in the bike shed all week
so like a cup of joe before we start anyone
we're designing for the average joe not for power users
the lazy susan on the conference table is stuck again
let's just split the tab even steven
the landing page is a bit plain jane we need more colour
honestly we're a johnny come lately in this market
nobody likes a smart alec in the customer channel
we've been real nosy parkers about their pricing page
um let's skip the intro slides we've all seen them
there's a spike in signups every time the newsletter goes out
can we do a two day spike on search before we estimate it
open the logs in a new tab and search for the request id
it's a tad slow on the older phones
the buzz around the launch died down pretty fast
we've got an ace up our sleeve with the new pricing
the cache buster isn't working on the css files
the gross margin on the hardware line is really thin
the booth at the trade show needs a new banner
the release gates are blocking anything without tests
the cron jobs piled up overnight and nobody got paged
we need a fuller picture before we commit to anything
that's a stark difference from the last survey
legal sent a stern warning about recording without consent
it was a rush job and honestly it shows
let's look under the hood of the billing engine
it's not the law but it's definitely best practice
it's hard to judge demand from one week of data
the fire bell goes at eleven for the drill
the temple on my glasses snapped so i'm squinting at the screen
the main hall is booked for the all hands
we're looking for the sweet spot on price
the travel budget took some savage cuts this year
cross that one off the list it's done
we're not out of the woods yet with the outage
um let's park that and come back to it at the end
the bridges between the two networks keep flapping
the lamb curry at lunch was really good
the heron by the pond scares the delivery drivers
there's a sparrow stuck in the warehouse again
the farmer who supplies the canteen put his prices up
we hired a gardener to sort out the roof terrace
a basket weaver ran the team building workshop
the dog walker keeps buzzing the wrong floor
the early bird pricing for the conference ends on friday
the hazel and olive tones clash on the title slide
the robin and the wren both nest in the hedge by the door
frost and snow took the satellite link out twice this winter
the kelly green on the buttons fails the contrast check
the jerry rigged fix from last week is still in production
we need to take that estimate down a peg
pip install keeps failing behind the proxy
the curtain rod in the boardroom came off the wall
the max retries should go up to five
the mac minis in the build farm need replacing
the skip button on the onboarding video is hidden on mobile
the kit for new starters is in the cupboard by the lifts
there's a good chance of rain so bring the banners inside
the strange thing is it only fails on tuesdays
the silver lining is we found the bug before launch
the moody lighting in the demo room makes the screen hard to read
the wise move is to wait for the vendor patch
don't be a peacock in the demo just keep it simple
the partridge on the holiday card looks like a chicken
patience and prudence are not our strong points this quarter
the dolly move at the start of the promo video is a bit much
the misty autumn photo on the landing page looks great
"""

NAMEWORD_CASED = """
Carol singers are booked for the lobby on the last Friday before the break.
Robin's-egg blue is the colour we want for the onboarding screens.
Lily pads in the fountain are blocking the filter again.
Violet is the accent colour in the refreshed style guide.
Olive oil and bread for the team lunch are on the expense sheet.
Hazel twigs are clogging the gutter over the bike shed.
Angel investors asked for a one-page update instead of the full deck.
Guy ropes on the marquee need checking before anyone goes in.
Max out the retry count on the flaky job until we find the cause.
Jimmy the lock on the supply cupboard only if facilities can't find the key.
Sally forth, team: the board deck is due at noon.
Patty melts are on the canteen menu again on Thursday.
Bobby pins, gaffer tape and zip ties are in the AV kit.
Dash cams in the vans recorded the near miss, so we have the footage.
Shepherd the hotfix through review yourself; don't leave it in the queue.
Warden duty for the fire drill rotates every quarter.
Steward roles for the new datasets are listed in the governance doc.
Marshal the volunteers at the front door before the doors open.
Cardinal sin of on-call: silencing an alert without a ticket.
Prior art searches for the patent filing are with the lawyers.
Noble intentions aside, the rewrite doesn't fit in the quarter.
Hawk-eyed reviewers caught the typo in the pricing table.
Jay feathers keep turning up on the balcony; there must be a nest.
Wren boxes from the volunteering day are up on the roof terrace.
Swift action from support kept the refund queue short.
Frost on the windscreen made half the team late this morning.
Snow days count as remote days, not leave.
Autumn planning starts once the third-quarter numbers are in.
Winter opening hours for the canteen start next week.
Ash, birch and rowan saplings arrive for the planting day.
Willow baskets for the welcome packs came from a workers' co-op.
Laurel hedges block the view from the ground-floor meeting rooms.
Poppy pins for the remembrance collection are at reception.
Fern and moss walls look great but need a misting system.
Clay tiles on the old wing are cracking after the cold snap.
Hardy perennials only on the terrace, please; nobody waters it.
Gale-force winds are forecast, so the outdoor stand is cancelled.
Misty shots from the drone are unusable; we need to reshoot on a clear day.
Melody, tempo and key for the jingle are in the brief.
Harmony between the web and app style guides is the real goal here.
Patience is wearing thin with the vendor's support team.
Prudence and patience are both in short supply this quarter.
Charity matching doubles anything you give this month.
Mercy rule: if the demo fails twice, we switch to the recording.
Honor the old prices for anyone who signed before the change.
Christmas Eve is a company holiday; the office closes at noon the day before.
Dot files in the home directory are not backed up.
Kitty money for the leaving gift is in the envelope in my drawer.
Terry cloth robes are the top pick for the client gift box.
Dolly shots in the promo need a smoother floor.
Jerry cans for the generator are stored in the shed.
Herb butter, garlic bread and salad for the client lunch, please.
Pepper grinders are missing from the kitchen again.
Rosemary focaccia was the hit of the bake sale.
Clementine boxes arrive with the fruit order every Monday.
Brandy and sherry are not on the party drinks list this year.
Opal and jade are the two finishes for the limited edition case.
Jewel tones for the event branding were approved by marketing.
Tom cats from the yard keep getting into the bins.
Cup of joe before the retro, anyone?
Average Joe users never open the settings page.
Lazy Susan turntables for the big table arrived today.
Plain Jane templates tested better than the flashy ones.
We split the dinner even Steven, so nobody owes anything.
Johnny-come-lately vendors keep pitching us the same thing.
Smart alec replies in the customer channel get screenshotted.
Nosy parker alert: the competitor's team keeps signing up for trials.
Skip the intro video; everyone has seen it.
Spike the search redesign for two days before we estimate.
Tab order on the signup form is broken for keyboard users.
A tad more contrast on the labels, please.
Buzz from the launch post died down after a day.
Ace result on the accessibility audit, well done everyone.
Cache buster query strings aren't being appended to the CSS.
Gross margin on the hardware bundle is under target.
Booth setup for the expo starts at seven.
Gates on the release pipeline require two approvals now.
Jobs in the nightly queue are taking twice as long.
Fuller notes from the workshop are in the shared folder.
Stark contrast between the two survey results, worth a look.
Stern words from finance about late expense claims.
Rush orders cost extra, so plan the swag early.
Hood vents in the kitchen are being serviced on Wednesday.
Bond pricing feeds go into the treasury model.
Judge the pilot on retention, not signups.
Bell schedule for the fire drill is on the noticeboard.
Temple tips on the safety glasses are cracked.
Hall B is set up for the all-hands.
Sweet spot for the trial length seems to be two weeks.
Savage feedback from the usability sessions, but fair.
Cross-check the totals before the invoice goes out.
Park the pricing question until next week.
Bridges between the VLANs keep dropping packets.
Lamb, chicken or the veggie option for the dinner?
Heron sculptures in the lobby are getting moved for the event.
Sparrow droppings on the solar panels are cutting output.
Farmer, gardener and weaver are the three personas in the marketplace research.
Walker frames and ramps are on the accessibility checklist for the venue.
Early bird tickets are half price until Friday.
Kelly green is off brand; use the darker shade.
Peg the estimate at three points and revisit.
Pip and npm caches are filling the build disk.
Mac minis in the build farm are due for replacement.
Kit lists for new starters need a laptop stand added.
Chance of rain is high, so the banners stay inside.
Strange errors in the logs only show up on Tuesdays.
Silver lining: we caught it before the launch.
Moody lighting makes the demo screen hard to read.
Wise move holding the release until the patch landed.
Peacock blue is the new header colour.
Violet and olive swatches are pinned in the brand channel.
Frost and snow warnings mean van deliveries could slip.
Hardy, frost-proof planters for the terrace are on order.
"""

PRODUCT_LOWER = """
so the harvest timesheets are due by friday at five
payroll runs through gusto now not the old bureau
um we moved laptop management into rippling last month
the lattice review cycle opens next week
can you post the new role on greenhouse today
lever still has the old job description up
pendo says almost nobody clicks the export button
the hotjar recordings show people rage clicking the date filter
just send them a calendly link and let them pick
i'll record a loom walking through the bug
put it in linear and tag it as a regression
we built the refund tool in retool over a weekend
sentinel flagged a bunch of failed logins on the admin account
cassandra compaction is eating the disk again
the churn model notebook is in jupyter on the shared server
honestly the django admin is fine for internal users
it's a tiny flask app behind the load balancer
uh alexa keeps waking up during calls in the open plan area
siri misheard the reminder again
does anyone actually still use cortana
we looked at watson years ago for the support chatbot
i asked claude to summarise the incident doc and it was decent
the gemini draft of the faq was way too long
copilot suggested the same wrong import three times in a row
wasn't bard the old name for it
the rails upgrade is blocked on one old gem
julia is faster for the simulation but nobody here knows it
the ada code in the firmware is older than most of the team
the gatsby site takes forever to build
luigi pipelines still run the nightly exports
travis builds on the old repo are flaky
the alfred workflow for searching tickets is a lifesaver
expensify rejected my train receipt again
ramp flagged a duplicate software subscription
the cap table in carta needs updating after the round
plaid is what connects the bank feeds
the braintree webhook is failing in staging
um aurora failover took about thirty seconds which is fine
lambda cold starts are killing our p99
athena queries on the raw logs are getting expensive
the cloudflare rules are blocking our own health check
netlify preview links show up on every pull request
the hetzner boxes are cheap but support is slow
crowdstrike quarantined one of the build agents
snyk found a critical in the base image
bitwarden has the shared vault for the social accounts
the yubikey rollout starts next month
the otter transcript got half the product names wrong
fireflies joined the meeting uninvited again
the typeform survey closes on friday
segment is sending duplicate events to the warehouse
the fivetran sync failed overnight
the dbt models need tests before they ship
prometheus alerts are way too noisy right now
loki only keeps a week of logs
jaeger traces show the slow hop is the auth service
launchdarkly still has the new checkout at ten percent
cypress tests are flaky on the shared runners
playwright is quicker for the smoke tests
storybook is out of date with the real components
vite builds are way faster than the old webpack setup
celery workers are backed up again
rabbitmq queue depth keeps climbing
consul health checks are failing on two nodes
helm values in prod don't match staging
so my macbook fan goes crazy on video calls
the thinkpads need a firmware update before the audit
the echo in the kitchen keeps playing music at random
the nest thermostat in the big room is stuck
the roomba got stuck under a standing desk again
the jabra speakerphone in the small room crackles
the brother printer on the third floor is jammed again
the dell monitors flicker with the new docks
the jeeves bot posts the on call rota every monday
the butler service handles deploy approvals now
the paddock dashboard shows the build queue
the turnstile service does the rate limiting
the kotlin rewrite of the android app is half done
we tried mistral and llama for the summariser
the macos sonoma update broke the vpn client
we're trialling ashby for recruiting next quarter
contractors abroad get paid through deel
the culture amp survey results are out
the coupa approval for the new laptops is stuck
webex is what the bank insists on for their calls
the lucidchart diagram of the network is out of date
"""

PRODUCT_CASED = """
Harvest reminders go out every Friday at 4pm.
Gusto handles payroll and benefits for the whole company.
Rippling now provisions laptops on day one.
Lattice goals for the quarter are due next Wednesday.
Greenhouse scorecards have to be in within a day of the interview.
Lever goes read-only next month; everything moves to Greenhouse.
Pendo guides on the settings page are live.
Hotjar heatmaps show nobody scrolls past the fold.
Calendly links are in the sales team's email signatures.
Loom videos under five minutes, please.
Linear cycles are two weeks from now on.
Retool needs a read-only database user.
Sentinel alerts go to the security rota.
Cassandra repair jobs are running long again.
Jupyter kernels on the shared server keep dying.
The Django 5 upgrade is scheduled for the next sprint.
Flask is fine for this; we don't need a bigger framework.
Alexa for Business is being retired in the meeting rooms.
Siri shortcuts for expenses sounded good but nobody used them.
Cortana integration has been dropped from the roadmap.
Watson Assistant licences end this year.
Claude drafted the first pass of the release notes.
Gemini summaries are turned on in the shared drive.
Copilot seats are limited to the platform team for now.
Bard answers were too generic for support macros.
Ruby on Rails is still the core of the billing app.
Julia notebooks for the pricing model are in the repo.
Gatsby builds time out on the free tier.
Luigi tasks need retries on the export step.
Travis CI is being switched off at the end of the month.
Alfred snippets for common replies are shared on the wiki.
BambooHR holds the org chart now.
Expensify receipts must be attached within a week.
Ramp virtual cards are the only way to pay for software.
Carta invites for the new option holders went out.
Braintree payouts are delayed by a day this week.
Aurora read replicas take the reporting load.
Lambda memory settings are too low for the image resizer.
Cloudflare caching rules were updated this morning.
Hetzner and DigitalOcean quotes are in the procurement folder.
CrowdStrike is installed on every laptop before handover.
Snyk checks block merges on critical findings.
Bitwarden is mandatory for shared credentials.
YubiKeys arrive with the new laptops.
Otter transcripts are not allowed on customer calls.
Typeform responses feed straight into the CRM.
The Segment tracking plan is out of date.
Fivetran connectors for billing are paused.
Prometheus retention is 30 days.
Jaeger sampling is at 10% in production.
LaunchDarkly flags older than 90 days get reviewed.
Cypress, Playwright or both? We should pick one.
Storybook deploys on every merge to main.
Celery beat schedules live in the settings module.
RabbitMQ is getting replaced by a managed queue.
MacBook chargers are in the IT cupboard.
ThinkPad docks don't work with the new monitors.
The Echo in the kitchen has been unplugged.
The Brother printer by the lifts needs toner.
Dell monitors for the new starters are on order.
The Butler service needs a second approver for prod deploys.
The Paddock dashboard is the source of truth for build times.
The Turnstile service rejects anything over 100 requests a second.
Mistral and Llama both did fine on the summariser eval.
The macOS Ventura update is on hold until the VPN client is fixed.
Deel contracts need a countersignature from legal.
Culture Amp results go to team leads first.
Coupa approvals over the threshold go to the finance director.
Lucidchart is where the network diagrams live.
The Abacus report for finance runs on the first of the month.
The Pantry app takes snack orders until Thursday noon.
The Foghorn bot pages the on-call engineer when the queue backs up.
"""

CODENAME_LOWER = """
so copper heron goes to beta at the end of the sprint
um where are we on velvet otter is it still blocked on legal
crimson badger is the one with the new search right
brass tortoise is slow by design it's the archival project
obsidian reef needs another backend engineer
the scarlet lynx demo is on thursday
we folded maroon beetle into the billing work
chalk dune is just the internal name the customers never see it
cotton ravine shipped quietly last week and nobody noticed
uh magenta squid is the data pipeline one not the mobile one
burnt toast was a joke name and now it's stuck
sleepy koala is the background sync thing
brave teapot needs a design review before we build anything
quiet thunder is on hold until the next planning cycle
lazy comet the caching layer is ready for load testing
wobbly jellyfish keeps slipping because of the vendor api
silent harpoon is the security hardening so don't post details in the open channel
crispy waffle has the best name and the worst backlog
marble fjord is the migration off the old data centre
basalt crater and granite geyser should really be one project
graphite owl is the nightly batch rewrite
turquoise bison is the partner portal
mauve hedgehog got cancelled didn't it
lilac sloth is the accessibility pass on the old screens
glass archipelago is the microservices split
paper lantern is the new help centre
cobalt marmot is waiting on procurement
sour pickle is what we called the refund edge cases
grumpy ferret is the alerting cleanup
tiny anchor is the mobile offline mode
hollow drum is the audio processing spike
silver pretzel is the pricing experiment
bold meerkat is the new onboarding flow
dizzy hummingbird is the animation library work
linen falcon is the design system refresh
rubber iceberg is the cold storage tiering
so bluebird is the notification revamp
tumbleweed is the cleanup of dead feature flags
firefly is the dark mode project
snowplow clears out the old tickets before planning
pinwheel is the dashboard redesign
hopscotch is the navigation rework
stardust is the analytics relaunch
driftwood is the legacy api retirement
sandcastle is the sandbox environment for partners
moonshot is the assistant idea the cto keeps bringing up
trapdoor is the emergency kill switch
cartwheel is the checkout redesign
peppermint is the fresh install experience
marmalade is the spreadsheet import
gumdrop is the rewards programme
thimble is the tiny sdk for embedded devices
quokka is the friendly error pages project
narwhal is the search relevance work
anvil is the load testing harness
tiny purple rocket is the growth experiment nobody asked for
quiet copper moon is phase two of copper heron
lucky yellow umbrella is the insurance partner integration
happy paper boat is the printable reports feature
sleeping granite giant is the mainframe integration and yes it's huge
slow blue snail is the low bandwidth mode
polka dot penguin is the kids edition
midnight velvet train is the overnight reconciliation job
olive moose is the procurement portal
hazel tractor is the field service app
um is velvet otter or copper heron first in the queue
can we rename sour pickle before the exec review
the chalk dune retro got moved to next week
like the burnt toast backlog is basically empty now
the firefly branch has conflicts with main
i think narwhal and stardust overlap quite a lot
the scarlet lynx channel is way too noisy
so who's the tech lead on obsidian reef now
the graphite owl jobs finished in half the time
does anyone remember why it's called hopscotch
anvil found the memory leak in about ten minutes
glass archipelago has seventeen services now apparently
the lilac sloth audit found forty issues
"""

CODENAME_CASED = """
Project Copper Heron: beta opens after the sprint review.
Velvet Otter is still blocked on the data-sharing agreement.
Crimson Badger search is live for internal users.
Brass Tortoise archives anything older than two years.
Obsidian Reef is hiring one more backend engineer.
The demo for Scarlet Lynx moved to Thursday afternoon.
Maroon Beetle has been merged into the billing roadmap.
Chalk Dune stays an internal name; customers see "Insights".
Cotton Ravine shipped last week with no incidents.
Magenta Squid owns the ingestion pipeline, not the app.
Burnt Toast is officially the name now, sorry.
Sleepy Koala handles background sync on mobile.
Brave Teapot needs a design review before any code.
Quiet Thunder is paused until next planning.
The Lazy Comet caching layer is ready for load tests.
Wobbly Jellyfish slipped again because of the vendor API.
Please keep Silent Harpoon details out of public channels.
Crispy Waffle: great name, worrying backlog.
Marble Fjord cutover is planned for a weekend.
Should Basalt Crater and Granite Geyser merge?
Graphite Owl batch jobs now finish before the morning standup.
Turquoise Bison has its first three partners on the portal.
Mauve Hedgehog was cancelled in the last review.
Lilac Sloth accessibility fixes are tracked on the board.
Glass Archipelago: one more service split this quarter.
Paper Lantern help centre search needs tuning.
Cobalt Marmot is waiting on a purchase order.
Sour Pickle edge cases are listed in the refund spec.
Grumpy Ferret cut alert volume by a third.
Tiny Anchor offline mode works on both platforms.
The Hollow Drum audio spike wraps up this week.
The Silver Pretzel pricing test is at a fifty-fifty split.
Bold Meerkat onboarding goes to usability testing next.
Dizzy Hummingbird animations feel heavy on low-end devices.
Linen Falcon tokens are ready for the design system.
Rubber Iceberg moves cold data to cheaper storage.
Bluebird notifications are rolling out gradually.
Tumbleweed removed a lot of stale feature flags.
Firefly (dark mode) needs a contrast pass.
Snowplow runs before every planning session.
Pinwheel dashboard mockups are in the design file.
Hopscotch navigation tests went well.
Stardust needs a data owner before relaunch.
Driftwood: the old API goes read-only next month.
Sandcastle environments reset every night.
Moonshot is still just a slide in the strategy deck.
The Trapdoor kill switch was tested in staging.
Cartwheel lifted checkout conversion slightly.
Peppermint gets the install flow down to three steps.
Marmalade handles CSV imports now.
Gumdrop rewards launch is pencilled in for the autumn.
Thimble SDK binary size is under budget.
Quokka error pages got great feedback.
Narwhal relevance tuning is the top priority.
Anvil load tests run nightly.
Tiny Purple Rocket is a growth experiment, not a product.
Quiet Copper Moon picks up where Copper Heron stops.
Lucky Yellow Umbrella needs the insurer's sandbox keys.
Happy Paper Boat adds printable reports.
Sleeping Granite Giant talks to the mainframe, slowly.
Slow Blue Snail is the low-bandwidth mode.
Polka Dot Penguin is the kids' edition.
Midnight Velvet Train reconciles the ledgers overnight.
The Olive Moose procurement portal demo is ready.
Hazel Tractor needs offline maps before the pilot.
Post Velvet Otter updates in #velvet-otter, not here.
Who owns the Chalk Dune retro notes?
"""

MIXED_LOWER = """
so the copper heron budget is forty thousand and the cfo wants it on a linear board by tuesday
um ticket four eight two one is the export bug in pendo for crimson badger
the vp of engineering wants velvet otter on kotlin before october
version two point four of the refund tool in retool fixes the rounding bug the finance lead found
the head of people is moving leave requests to bamboohr in january
the growth manager says silver pretzel stays at a fifty fifty split until the end of the month
like the staff engineer on sleepy koala says the django admin is fine until march
sprint fourteen is all bluebird plus the harvest timesheet fix
the scrum master wants the marmalade retro on wednesday not friday
the design lead picked violet and kelly green for the pinwheel dashboard
so the release captain for stardust is on call over the long weekend
we've got about eight grand left for the hopscotch usability sessions
the cto wants claude and gemini compared for moonshot by the end of february
graphite owl runs at two in the morning on the jupyter box
the product designer on peppermint wants a loom of the new install flow
fifteen percent of anvil runs fail on the cypress step
the finance lead approved ten brex cards for the narwhal offsite
um the office manager says the carol singers and the jeeves demo both want the lobby on the last friday of december
the data steward for marble fjord wants cassandra snapshots every six hours
quarter three targets for tiny anchor are in lattice now
the support lead says the gorgias tags for sour pickle are up thirty percent
the on call engineer rolled back tiny anchor version three point one at midnight
our security officer wants crowdstrike on every thimble test device by november
the recruiter posted two roles for obsidian reef on greenhouse and ashby
the intern built the quokka error pages as a flask app in about a week
the ops manager wants the nest thermostat and the sonos fixed before the january kickoff
the sales director wants gong clips from the turquoise bison calls every monday
the copper heron retro is thursday at three and the robin nest is still blocking the camera
"""

MIXED_CASED = """
ENG-1423 (Velvet Otter) is fixed in v2.4.1; the notes are in Linear.
Budget for Copper Heron: $40k for Q3, approved by the CFO.
The VP of Product wants Crimson Badger demoed to the board in October.
Sprint 14: Bluebird, plus the Harvest export fix and two Pendo guides.
The Head of People is moving us from spreadsheets to BambooHR in January.
Graphite Owl now runs at 02:00 on the Jupyter server instead of 04:00.
INC-207: Cassandra nodes behind Marble Fjord ran out of disk on Sunday.
The staff engineer on Sleepy Koala estimates 3 weeks for the Kotlin rewrite.
Carol singers, the Jeeves bot demo and the Marmalade launch all want the lobby in December.
Hazel and violet are the two accent colours for Pinwheel; kelly green is out.
The scrum master moved the Hopscotch retro from Friday to Wednesday.
12% of Hotjar sessions on Crimson Badger end at the filter panel.
The CTO asked for a Claude vs Gemini comparison for Moonshot by the end of February.
The refund tool in Retool ships v3.0 on Monday; the finance lead has signed off.
Stardust's release captain is on call over the long weekend.
The design lead wants a Loom of the Peppermint install flow before Tuesday.
Anvil: 15% of runs fail on the Cypress step since build 812.
Ten Brex cards approved for the Narwhal offsite, $500 limit each.
PR 982 adds Flask health checks for Quokka.
The support lead reports Gorgias tags for Sour Pickle are up 30% week on week.
Tiny Anchor v3.1 was rolled back at midnight by the on-call engineer.
Every Thimble test device needs CrowdStrike by November, says the security officer.
Two Obsidian Reef roles are open on Greenhouse and Ashby, salary band B.
Silver Pretzel Q3 targets are in Lattice; the growth manager owns them.
The ops manager is getting the Nest thermostat and the Sonos fixed before the January kickoff.
"""

SETS = {
    "nameword": (NAMEWORD_LOWER, NAMEWORD_CASED),
    "product": (PRODUCT_LOWER, PRODUCT_CASED),
    "codename": (CODENAME_LOWER, CODENAME_CASED),
    "mixed": (MIXED_LOWER, MIXED_CASED),
}


def rows():
    """Every sentence with its kind and case, checked against the set's rules."""
    excluded = re.compile(r"\b(?:%s)\b" % "|".join(EXCLUDED), re.IGNORECASE)
    out, seen = [], set()
    for kind, (lower, cased) in SETS.items():
        for case, block in (("lower", lower), ("cased", cased)):
            for text in block.strip().splitlines():
                assert not excluded.search(text), text
                assert text.lower() not in seen, text
                assert not re.search(r"\d{5}", text), text  # nothing long enough to identify
                if case == "lower":
                    assert re.fullmatch(r"[a-z0-9' ]+", text), text
                else:
                    assert text[0].isupper() or text[0].isdigit(), text
                    assert text[-1] in ".?!", text
                seen.add(text.lower())
                out.append({"text": text, "kind": kind, "case": case})
    return out


def main():
    data = rows()
    random.Random(20250611).shuffle(data)
    assert len(data) >= 450, len(data)
    with OUT.open("w", encoding="utf-8") as f:
        for row in data:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(data)} sentences to {OUT}")


if __name__ == "__main__":
    main()
