"""Write tuning_speech.jsonl: labelled speech-to-text sentences for TUNING a detector.

The sentences imitate what a speech recogniser writes for parliamentary debates,
news bulletins, interviews and business meetings: lower case, no punctuation,
numbers in words, the odd "uh" or repeated word. They were written by hand from
general knowledge, without sight of the detector's code or of any evaluation
set, so that tuning on them does not leak evaluation data. Use them to tune;
never report scores on them as an evaluation.

Mark-up, one sentence a line: [[P:value]] is a PERSON, [[L:value]] a PLACE
finer than a country (city, town, region, province, state, district, street,
landmark, airport, and natural features such as rivers, seas, mountains and
islands whatever their size), [[C:value]] a COUNTRY_OR_WIDER (countries,
continents, unions, regions spanning several countries such as the middle
east, the balkans or the sahel).

Conventions: a span holds the name only. Titles and offices (mister, madam,
missus, doctor, commissioner, minister, president, senator) stay outside, so
do a leading "the" and a possessive 's or '. Each surname in a list is its own
span. Organisations (even those named after a place, such as the bank of
england), nationalities, languages, job titles and addresses such as "mister
chairman" are never labelled. The last block holds sentences with no span at
all, full of words that look like names or places.

Output: one JSON object a line, {"text": str, "spans": [{"start", "end",
"type"}]}, offsets in characters, end exclusive. Run from anywhere:
    python benchmarks/eval_data/make_tuning_speech.py
"""

import json
import re
from pathlib import Path

PARLIAMENT = """
mister president i would like to thank the rapporteur [[P:kowalska]] for her excellent work on this report
i agree with [[P:kowalski]] that the budget for the cohesion funds is far too small
as [[P:barroso]] said in this chamber years ago we cannot build [[C:europe]] without its citizens
commissioner [[P:hahn]] you promised us an answer on the regional funds for [[L:lower silesia]] and we are still waiting
madam president the situation on [[L:lampedusa]] is a humanitarian disaster and it is getting worse every week
the reports of [[P:smith]] [[P:jones]] and [[P:weber]] all point in the same direction
[[P:merkel]]'s proposal on the relocation of refugees was rejected by the council
[[P:tusk]] announced yesterday that the summit would be postponed until december
i would like to ask the commissioner whether the money for the flood defences along the [[L:danube]] has actually been paid out
my colleague [[P:papadopoulos]] has already spoken about the unemployment in [[L:thessaloniki]]
thank you mister president and thank you [[P:ferreira]] for giving me one minute of your speaking time
the honourable member for [[L:bath]] raised a very good question this morning
minister [[P:ortiz]] told the committee that the reform would be ready by june
the people of [[L:catalonia]] deserve to be heard in this house
farmers in [[L:bavaria]] and in [[L:lombardy]] are facing exactly the same drought
we heard from [[P:may]] that the negotiations would be concluded by march
i listened very carefully to [[P:brown]] and i have to say i was not convinced
prime minister [[P:rutte]] and the chancellor met in [[L:rotterdam]] on tuesday
tourism is the backbone of [[L:dalmatia]] and the member from [[L:split]] knows that better than anyone
i support the amendment tabled by [[P:wisniewski]] and i urge colleagues to do the same
colleagues the vote on the [[P:lange]] report has been moved to thursday
secretary general [[P:stoltenberg]] was clear that the alliance will not back down
i have here a letter from a constituent in [[L:reading]] who lost her job when the factory closed
the floods in [[L:valencia]] have cost more than two hundred lives
the rapporteur [[P:nagy]] and the shadow rapporteur [[P:popescu]] reached a compromise late last night
commissioner [[P:vestager]] has opened an investigation into state aid for the airport at [[L:charleroi]]
president [[P:macron]] spoke in [[L:strasbourg]] about the future of [[C:europe]]
i want to echo what [[P:virtanen]] said about the forests of [[L:lapland]]
the honourable gentleman mister [[P:hope]] has asked about waiting lists in [[L:yorkshire]]
we owe a great deal to [[P:delors]] who built the single market
[[P:kaczynski]]'s party has once again blocked the judicial reform
the member [[P:king]] is absolutely right about the fishing quotas
i thank [[P:cook]] for the question and i can confirm that the bridge over the [[L:severn]] will reopen in the spring
the government of [[C:hungary]] and the mayor of [[L:budapest]] disagree on almost everything
[[P:orban]] said on friday that he would veto the whole package
it was [[P:sarkozy]] who first proposed the union for the mediterranean
i agree with the honourable member for [[L:sale]] on this point
my friend [[P:giorgos katsaros]] has worked for years in the camps on [[L:lesbos]]
mister [[P:juncker]] we need answers not speeches
i would like to congratulate [[P:ana gomes]] on her long work for [[C:east timor]]
the commission's proposal on shipping on the [[L:rhine]] is long overdue
dear colleagues the fires in [[L:attica]] and on [[L:evia]] have destroyed thousands of homes
madam chair i yield the rest of my time to [[P:wolf]]
[[P:rice]] told the senate committee that the intelligence was solid
as the commissioner from [[C:lithuania]] [[P:sinkevicius]] knows very well the fish stocks in the [[L:baltic]] are collapsing
the people of [[L:transylvania]] want roads not promises
i wish to raise the case of [[P:ahmed mansoor]] who is still in prison in the [[C:united arab emirates]]
minister [[P:le maire]] and minister [[P:lindner]] still disagree on the digital tax
the people of [[L:battle]] in [[L:east sussex]] have waited ten years for that bypass
president [[P:zelensky]] addressed this house by video link from [[L:kyiv]]
[[P:metsola]] opened the sitting with a minute of silence for the victims in [[L:bratislava]]
the motion tabled by [[P:o'neill]] and [[P:mcguinness]] was carried by a large majority
i have visited the port of [[L:gdansk]] three times this year
the question from [[P:dimitrov]] concerns the state of the bulgarian roads
honourable members in [[L:ceuta]] and [[L:melilla]] the border fences are being raised again
[[P:lagarde]] warned that inflation would stay high for the rest of the year
i fully share the concerns expressed by [[P:lopez aguilar]]
the delegation visited [[L:tbilisi]] and [[L:batumi]] last month
we must not forget [[P:daphne caruana galizia]] who was murdered in [[C:malta]]
i am speaking on behalf of my group and in particular of [[P:keller]] who cannot be here today
commissioner [[P:timmermans]] do you really believe the coal regions of [[L:silesia]] will be ready by twenty thirty
when [[P:thatcher]] said no no no she meant it
the mayor of [[L:nice]] has written to every member of this house
the bridge between [[L:copenhagen]] and [[L:malmo]] was closed twice this winter
in [[L:andalusia]] youth unemployment is still above thirty percent
[[P:sanchez]] and [[P:costa]] signed the agreement on the waters of the [[L:tagus]]
i disagree with [[P:farage]] on almost everything but on this he has a point
my question is for the high representative [[P:borrell]]
thank you mister [[P:bush]] for that intervention
the minister of agriculture [[P:kovacs]] visited the farms near [[L:debrecen]]
the chair gives the floor to [[P:aylin demir]] for one minute
as [[P:schuman]] put it [[C:europe]] will not be made all at once
mister president the earthquake in [[L:hatay]] and [[L:kahramanmaras]] killed more than fifty thousand people
i must correct [[P:van den berg]] the figure was nine million not ninety
[[P:lukashenko]] cannot be allowed to use migrants as a weapon on the polish border
the people of [[L:mariupol]] waited for weeks for a humanitarian corridor
if i may quote [[P:churchill]] the price of greatness is responsibility
the committee heard from [[P:rasmussen]] and from two experts from [[L:aarhus]]
the next item is the report by [[P:stefanescu]] on the strategy for the [[L:danube]] region
the port of [[L:piraeus]] is now largely owned by a chinese company
[[P:erdogan]] has again threatened to open the border
i was in [[L:lviv]] last week and the hospitals are full
i am sorry but the member [[P:nowak]] is misrepresenting our position
minister [[P:vasquez]] promised a new hospital for [[L:oviedo]] three years ago
we should listen to the mayors of [[L:milan]] [[L:turin]] and [[L:genoa]]
as i said to [[P:michel]] at the last summit the council cannot keep postponing this
the regions of [[L:normandy]] and [[L:brittany]] depend on fishing
i support [[P:schulz]] on this and i believe most of my group does too
the european council in [[L:brussels]] failed once again to agree on the budget
the vote on the [[P:bullmann]] amendment will be taken at noon
the roma communities near [[L:kosice]] still live without running water
will the minister meet me and a delegation of farmers from [[L:cumbria]]
i am grateful to baroness [[P:hale]] for her work on this
the leader of the house mister [[P:rees mogg]] said the session would end early
the people of [[L:hull]] have been let down again by this government
the senator from [[L:ohio]] has placed a hold on the nomination
[[P:pelosi]] told reporters that the vote would take place on wednesday
senator [[P:warren]] and senator [[P:sanders]] introduced the bill together
congresswoman [[P:ocasio cortez]] questioned the chief executive for five minutes
the deputy from [[L:minas gerais]] spoke against the pension reform
in the lok sabha [[P:rahul gandhi]] accused the government of hiding the figures
the member from [[L:kerala]] [[P:shashi tharoor]] asked about the fishermen detained in [[C:sri lanka]]
the speaker adjourned the house after members from [[L:tamil nadu]] walked out
senator [[P:okonkwo]] moved the motion on the erosion in [[L:anambra]]
the house of representatives in [[L:abuja]] passed the bill on its third reading
honourable [[P:adebayo]] said the roads in [[L:ogun]] are a death trap
the member for [[L:mombasa]] asked the cabinet secretary about the port
the honourable member [[P:wanjiru]] raised the drought in [[L:turkana]]
the senator for [[L:tasmania]] raised the issue of salmon farming again
[[P:albanese]] told parliament that the treaty would be signed in [[L:canberra]]
prime minister [[P:mitsotakis]] replied that [[C:greece]] had done its part
president [[P:iohannis]] has sent the law back to parliament
i would remind [[P:fico]] that the rule of law is not optional
the petition from the residents of [[L:wells]] has more than ten thousand signatures
the minister answered the question from [[P:young]] about the pay of nurses
the member [[P:little]] wants to cut the money for schools in [[L:deal]] and [[L:dover]]
colleagues i give the floor to [[P:yilmaz]]
[[P:fox]] said that the trade deals would be the easiest in history
[[P:major]]'s government signed the treaty in [[L:maastricht]]
the honourable lady knows that the hospital in [[L:wigan]] was promised by her own party
i have been to [[L:mostar]] and to [[L:sarajevo]] and the young people there are leaving
[[P:hoekstra]] says the targets are realistic and i say they are not
the council presidency and [[P:sefcovic]] have to come back to us with a new text
[[P:georgieva]] was very clear the debt of [[C:argentina]] is not sustainable
i say to [[P:salvini]] that the boats in the [[L:mediterranean]] are full of human beings
the people of [[L:apulia]] have lost their olive trees and they have lost their patience
i raised the pollution of the [[L:vistula]] with minister [[P:jablonski]] two years ago
[[P:babis]] has a conflict of interest and everybody in this room knows it
we have had [[P:dombrovskis]] here three times and three times he said the same thing
the regional government of [[L:flanders]] has already done what we are asking for
the delegation to [[L:nagorno karabakh]] never got permission to enter
and now [[P:weber]] wants us to believe that his group has changed its mind
mister president i come from the [[L:algarve]] and our summers are getting longer and hotter
"""

NEWS = """
police in [[L:manchester]] have arrested two men after a stabbing near the city centre
the fire broke out on the fourth floor of a tower block in [[L:west london]]
the storm is expected to reach [[L:cornwall]] and [[L:devon]] by tomorrow morning
[[P:boris johnson]] has resigned as leader of the conservative party
the chancellor [[P:rachel reeves]] will deliver the budget on wednesday
the floods in [[C:pakistan]] have left a third of the country under water
[[P:xi jinping]] arrived in [[L:moscow]] for a three day state visit
the wildfires around [[L:los angeles]] have destroyed more than ten thousand buildings
the mayor of [[L:new york]] has announced new measures against rats
in [[L:texas]] the governor has declared a state of emergency
a magnitude six earthquake struck off the coast of [[L:hokkaido]] early this morning
the prime minister of [[C:japan]] [[P:fumio kishida]] will visit [[L:washington]] next month
the death toll in [[C:morocco]] has risen to more than two thousand
rescue teams are still searching the villages in the [[L:atlas mountains]]
[[P:lula]] won the election in [[C:brazil]] by less than two percent
deforestation in the [[L:amazon]] fell by a third last year
president [[P:ramaphosa]] says the power cuts are over for now
shares in [[L:frankfurt]] and [[L:paris]] fell sharply this morning
the central bank in [[L:ankara]] raised interest rates again
the protests in [[L:tehran]] entered their fourth week
[[P:mahsa amini]] died in police custody in september
aid convoys have reached [[L:gaza]] for the first time in a week
the talks in [[L:doha]] between the two sides broke down last night
[[P:netanyahu]] said the operation would continue
[[P:guterres]] called for an immediate ceasefire across the [[C:middle east]]
the flooding in [[L:emilia romagna]] forced thirty thousand people out of their homes
[[P:meloni]] visited the flooded areas around [[L:ravenna]] on sunday
[[P:pistorius]] was released on parole from a prison in [[L:pretoria]]
the ferry from [[L:dover]] to [[L:calais]] has been cancelled because of high winds
traffic on the [[L:m twenty five]] is at a standstill after a crash near junction ten
the hospital in [[L:mobile]] [[L:alabama]] has been evacuated
police in [[L:reading]] are appealing for witnesses after a robbery on [[L:oxford road]]
the tornado touched down near [[L:oklahoma city]] just after six
rain will spread from the west tonight with heavy showers over [[L:snowdonia]] and the [[L:lake district]]
there will be sunny spells for [[L:east anglia]] and the [[L:home counties]]
the body of a missing walker was found on [[L:ben nevis]] yesterday
the [[L:thames]] barrier was closed twice this week
[[P:taylor swift]] played three nights at [[L:wembley]]
[[P:messi]] scored twice in [[L:miami]] last night
[[P:alcaraz]] beat [[P:djokovic]] in the final at [[L:wimbledon]]
[[P:rory mcilroy]] finished third at [[L:augusta]]
[[P:eliud kipchoge]] won the marathon in [[L:berlin]] for the fifth time
the price of rice has doubled in [[C:bangladesh]] since march
the election in [[C:nigeria]] was won by [[P:bola tinubu]]
[[P:peter obi]] won the vote in [[L:lagos]]
the governor of [[L:kano]] has imposed a curfew
fighting has spread from [[L:khartoum]] to [[L:darfur]]
in [[L:derna]] in eastern [[C:libya]] two dams collapsed during the storm
[[P:ruto]] said [[C:kenya]] would send police officers to [[C:haiti]]
the president of [[C:ghana]] [[P:nana akufo addo]] has signed the bill
[[P:modi]] opened the new temple in [[L:ayodhya]]
the monsoon has caused landslides in [[L:himachal pradesh]] and [[L:uttarakhand]]
the air in [[L:delhi]] is the worst it has been in five years
[[P:narayana murthy]] said young people should work seventy hours a week
the stock exchange in [[L:mumbai]] hit a new record high
the cyclone made landfall near [[L:chittagong]]
[[P:imran khan]] was sentenced to ten years by a court in [[L:rawalpindi]]
in [[L:shenzhen]] factories have cut production for a second month
the typhoon is heading for [[L:hong kong]] and [[L:macau]]
[[P:li qiang]] told the forum in [[L:davos]] that growth would reach five percent
the police in [[L:sydney]] have charged a teenager
[[P:jacinda ardern]] announced her resignation in [[L:napier]]
the bush fires in [[L:victoria]] are now under control
[[P:putin]] and [[P:kim jong un]] met in [[L:vladivostok]]
the drone attack hit an oil refinery near [[L:novorossiysk]]
the dam at [[L:nova kakhovka]] was destroyed in june
ukrainian forces have pushed the russians back near [[L:kharkiv]]
[[P:navalny]] died in a prison colony in [[L:kharp]]
[[P:yulia navalnaya]] addressed the crowd in [[L:berlin]]
the election in [[C:poland]] was won by [[P:donald tusk]]'s coalition
[[P:andrzej duda]] vetoed the media law
the smog in [[L:krakow]] is among the worst in [[C:europe]]
a train crashed near [[L:larissa]] killing fifty seven people
the heat wave in [[L:sicily]] pushed temperatures above forty five degrees
the volcano on [[L:la palma]] has stopped erupting
the ash cloud from [[L:etna]] closed the airport in [[L:catania]]
lava reached the town of [[L:grindavik]] on the [[L:reykjanes peninsula]]
[[P:jonas gahr store]] said [[C:norway]] would increase its aid
the floods in [[C:slovenia]] were the worst since independence
[[P:robert fico]] was shot in [[L:handlova]] after a government meeting
protests continued in [[L:tbilisi]] for a third night
the parliament of [[C:georgia]] passed the foreign agents law
[[P:kamala harris]] held a rally in [[L:atlanta]] [[L:georgia]]
[[P:aliyev]] and [[P:pashinyan]] were due to meet in [[L:granada]]
the border crossing at [[L:rafah]] remains closed
the shooting happened outside a school in [[L:uvalde]]
[[P:biden]] spoke in [[L:philadelphia]] about democracy
[[P:trump]] held a rally in [[L:butler]] [[L:pennsylvania]]
the hurricane hit [[L:florida]] near [[L:tampa]]
[[P:jerome powell]] said rates would stay where they are
the wildfire near [[L:jasper]] in [[L:alberta]] destroyed a third of the town
[[P:mark carney]] was sworn in as prime minister in [[L:ottawa]]
[[P:claudia sheinbaum]] became the first woman president of [[C:mexico]]
the gang violence in [[L:port au prince]] has displaced thousands
the president of [[C:argentina]] [[P:javier milei]] cut the number of ministries in half
the miners in [[L:antofagasta]] are on strike
[[P:gustavo petro]] met rebel leaders in [[L:havana]]
a bus fell into a ravine near [[L:cusco]]
the hostages were released in [[L:bamako]]
the coup in [[C:niger]] was condemned across [[C:africa]]
armed groups in the [[C:sahel]] are gaining ground
the famine in [[L:tigray]] has killed thousands
[[P:abiy ahmed]] won the nobel peace prize in twenty nineteen
the dispute over the dam on the [[L:nile]] between [[C:egypt]] and [[C:ethiopia]] is unresolved
the tanker was seized in the [[L:strait of hormuz]]
attacks in the [[L:red sea]] have forced ships to sail around the [[L:cape of good hope]]
[[P:mohammed bin salman]] received the delegation in [[L:riyadh]]
the stadiums built in [[C:qatar]] for the world cup cost billions
the earthquake near [[L:herat]] destroyed entire villages
the flooding in [[L:dubai]] closed the airport for two days
[[P:assad]] fled to [[L:moscow]] as rebels entered [[L:damascus]]
[[P:ahmed al sharaa]] met the delegation in [[L:aleppo]]
the explosion at the port of [[L:beirut]] killed more than two hundred people
a cholera outbreak has been reported in [[L:sanaa]]
the train from [[L:nairobi]] to [[L:mombasa]] is running again
[[P:kagame]] has denied supporting the rebels in [[L:goma]]
[[P:museveni]] has ruled [[C:uganda]] since nineteen eighty six
[[P:ellen johnson sirleaf]] was the first woman elected to lead an african country
[[P:chimamanda ngozi adichie]] read from her new novel in [[L:enugu]]
[[P:wole soyinka]] turned ninety this year
a water main burst on [[L:high street]] in [[L:march]] this morning
the spring fair in [[L:rye]] has been cancelled
two men were arrested in [[L:worms]] after the match
the new bridge in [[L:split]] opened on monday
the taoiseach visited [[L:cork]] and [[L:limerick]] yesterday
[[P:salah]] scored again at [[L:anfield]]
the derby at [[L:epsom]] was won by a horse from [[L:newmarket]]
the [[C:european union]] and [[C:china]] have agreed to talk about electric cars
[[C:scandinavia]] and the [[C:baltic states]] are spending more on defence
the refugees came through the [[C:balkans]] on foot
[[P:von der leyen]] flew to [[L:kyiv]] for the fourth time
[[P:ursula von der leyen]] will present the plan in [[L:strasbourg]]
[[P:sunak]] called the election in the rain outside [[L:downing street]]
[[P:keir starmer]] won a majority of one hundred and seventy four
[[P:hunt]] said taxes would come down before the next election
[[P:white]] and [[P:green]] have been charged with fraud
the judge told [[P:wood]] that he would go to prison for six years
[[P:bird]] was found not guilty on all counts
the jury in [[L:birmingham]] heard that [[P:patel]] had transferred the money to an account in [[C:cyprus]]
snow has closed the roads across the [[L:pennines]]
trains through the [[L:channel tunnel]] are running forty minutes late
flights from [[L:gatwick]] were suspended for an hour after a drone sighting
flights from [[L:schiphol]] to [[L:bergamo]] have been cancelled
the ferry between [[L:helsinki]] and [[L:tallinn]] ran aground in fog
bears have been seen near [[L:brasov]] in the middle of the town
the wolves are back in the hills around [[L:sion]]
the river [[L:oder]] is polluted again and the fish are dying
[[P:gerhard]] the cook who was missing in the [[L:dolomites]] has been found alive
an avalanche near [[L:chamonix]] killed four skiers
the fire on [[L:rhodes]] forced thousands of tourists to leave their hotels
the strike at the port of [[L:antwerp]] has entered its third day
[[P:dmitri medvedev]] has again threatened the west
"""

INTERVIEWS = """
well i grew up in [[L:gdynia]] and then we moved to [[L:warsaw]] when i was about ten
uh my grandmother was from a small village near [[L:cluj]] so i i speak a bit of romanian
so [[P:ngozi]] what made you leave [[L:lagos]]
i think [[P:brown]] was a better chancellor than he ever was a prime minister
you know when i met [[P:mandela]] in [[L:johannesburg]] he asked me about my mother
my father worked on the docks in [[L:liverpool]] for thirty years
we were living in [[L:aleppo]] when the war started and then we went to [[L:gaziantep]]
um honestly i think [[P:wolf]] got it wrong on this one
[[P:sharma]] and i were at university together in [[L:pune]]
i mean the thing about [[P:modi]] is that people in [[L:gujarat]] still love him
the first time i went to [[L:chicago]] i did not know anybody
my wife is from [[L:porto]] and i am from [[L:braga]] so we argue about football
[[P:chen]] told me that the factory in [[L:dongguan]] was closing
yeah so i was born in [[L:kumasi]] but i grew up in [[L:accra]]
when [[P:rose]] called me i was at the airport in [[L:istanbul]]
[[P:faith]] and [[P:joy]] are twins and they both work at the hospital
doctor [[P:king]] came to [[L:memphis]] to support the sanitation workers
so tell us about [[P:hope]] your daughter she is in [[L:toronto]] now right
[[P:will]] and i drove from [[L:bath]] to [[L:bristol]] in the snow
i told [[P:bill]] that i was not going to sign it
[[P:mark]] and [[P:grace]] moved to [[L:nice]] last summer
so [[P:summer]] when did you start singing
i spent two years teaching in the [[C:gambia]]
i was a nurse in [[L:aberdeen]] and then in [[L:inverness]]
[[P:ahmed]] came to [[C:germany]] in twenty fifteen and now he runs a bakery in [[L:leipzig]]
[[P:fatima el idrissi]] is the first in her family to go to university
my neighbour missus [[P:okafor]] always brings us food at christmas
doctor [[P:iyer]] said the tests were fine
professor [[P:nieminen]] from the university of [[L:oulu]] explained the results
[[P:zhang wei]] is a very common name in [[C:china]]
i studied with [[P:park ji hoon]] in [[L:seoul]]
she lives on [[L:baker street]] just above the chemist
[[P:baker]] told me the numbers were wrong from the start
the hotel was on the [[L:avenida da liberdade]] in [[L:lisbon]]
i was working in [[L:canary wharf]] at the time
[[P:oleksandr]] and his family came from [[L:kharkiv]] in the first week of the war
[[P:tomasz]] is my brother in law he lives in [[L:poznan]]
[[P:katarzyna zielinska]] was my first piano teacher
[[P:bogdan ionescu]] has been the mayor of [[L:constanta]] for twelve years
[[P:eszter horvath]] runs a small guest house on [[L:lake balaton]]
[[P:mehmet ozturk]] opened his first shop in [[L:izmir]] with money from his uncle
[[P:aino korhonen]] won the prize for her novel set in [[L:tampere]]
[[P:joao pereira]] coaches a youth team in [[L:coimbra]]
[[P:nikos georgiou]] goes out fishing off [[L:crete]] every morning
[[P:priya nair]] moved from [[L:kochi]] to [[L:bangalore]] for the job
[[P:adaeze nwosu]] founded the company in [[L:yaba]] with two friends
[[P:yusuf haddad]] teaches arabic at a school in [[L:marseille]]
[[P:leila khalil]] grew up between [[L:beirut]] and [[L:montreal]]
[[P:siobhan o'sullivan]] has been fishing off [[L:kerry]] all her life
i asked [[P:o'brien]] and he said the same thing
[[P:nguyen van an]] runs a noodle shop in [[L:ho chi minh city]]
[[P:kwame mensah]] drove us all the way from [[L:tamale]] to the coast
[[P:ivan petrov]] says the wine from [[L:plovdiv]] is the best in the world
[[P:ana kovacevic]] left [[L:zagreb]] for [[L:vienna]] when she was nineteen
[[P:jan novak]] played for the team in [[L:brno]] for a decade
[[P:milos jovanovic]] remembers the bombing of [[L:novi sad]]
[[P:sven lindqvist]] and his wife keep bees outside [[L:uppsala]]
it rains every day in [[L:bergen]] [[P:ingrid halvorsen]] told us laughing
[[P:pieter de vries]] cycles to work in [[L:utrecht]] even in the snow
[[P:giulia romano]] opened a restaurant in [[L:bologna]] after the pandemic
[[P:carmen ruiz]] lost her house in the floods near [[L:zaragoza]]
[[P:sean murphy]] said the rent in [[L:dublin]] is now higher than his salary
[[P:olga ivanova]] moved from [[L:novosibirsk]] to [[L:riga]] in twenty twenty two
[[P:hiroshi tanaka]] builds robots in a workshop near [[L:nagoya]]
[[P:amara diallo]] sells fabric at the market in [[L:dakar]]
[[P:tendai moyo]] said the queues for fuel in [[L:bulawayo]] were the longest he had seen
[[P:thabo nkosi]] surfs every weekend in [[L:durban]]
[[P:aisha bello]] is studying medicine in [[L:kaduna]]
[[P:rahul verma]] says the heat in [[L:lucknow]] this year was unbearable
[[P:deepika reddy]] works for a software firm in [[L:hyderabad]]
[[P:ravi banerjee]] took us around the old markets of [[L:kolkata]]
[[P:liu yang]] was a doctor in [[L:wuhan]] during the first wave
[[P:omar farouk]] has a small boat on the harbour in [[L:alexandria]]
[[P:zeynep kaya]] teaches chemistry at a school in [[L:bursa]]
[[P:emre celik]] works in a hotel in [[L:antalya]] in the summer
[[P:ali reza ahmadi]] left [[L:mashhad]] with nothing but a suitcase
[[P:maria da silva]] has sold fish in [[L:recife]] for forty years
[[P:diego hernandez]] drives a taxi in [[L:guadalajara]]
yeah i mean [[P:oksana]] was really the one who organised everything
we went to see [[P:adele]] in [[L:hyde park]] and it rained the whole time
so my uncle [[P:babatunde]] he says to me you have to go to [[L:london]]
i worked for [[P:okonjo iweala]] at the finance ministry
uh [[P:lindqvist]] yeah he was my supervisor for about two years
my mum is from [[L:sialkot]] and my dad is from [[L:mirpur]]
it was [[P:ibrahim]] who found the flat for us in [[L:rotterdam]]
i never liked [[P:piers morgan]] to be honest
we drove down from [[L:inverness]] to [[L:glasgow]] and it took us all day
nobody sings like [[P:dolly parton]] and nobody ever will
"""

MEETINGS = """
okay so let us get started [[P:anna]] can you share your screen
um i think [[P:raj]] is still on mute
so the client in [[L:rotterdam]] wants the delivery by friday
[[P:kowalczyk]] sent the numbers last night but i have not had a chance to look at them
can we move the call with [[P:tanaka]] to tomorrow morning
the [[L:frankfurt]] team is going to take over the testing
so the office in [[L:reading]] is closing and everybody moves to [[L:slough]]
[[P:mike]] do you want to give us the update on [[C:singapore]]
we lost the contract in [[L:bavaria]] to a local supplier
[[P:sarah]] said legal has signed off on the contract
okay thanks [[P:priya]] next item
i will follow up with [[P:okafor]] about the invoices from [[L:lagos]]
so sales in [[C:latin america]] were down eleven percent on last quarter
the warehouse near [[L:leeds]] is at ninety percent capacity
[[P:tom]] and i will sort it out after the call
[[P:fernandes]] from procurement will join at half past
[[P:jones]] you had a question
the board meets in [[L:zurich]] on the fourteenth
our biggest customer in [[L:ontario]] wants a discount
[[P:nadia]] could you send the minutes to everyone
[[P:wei]] has the figures for [[L:guangdong]]
[[P:hassan]] is flying back from [[L:dubai]] tonight so he will miss the call
the pilot in [[L:nice]] went really well
um so [[P:dave]]'s team in [[L:belfast]] is going to handle support from next month
[[P:ines]] and [[P:joao]] will present the results from [[L:lisbon]]
the shipment got stuck in [[L:felixstowe]] for two weeks
the customer in [[L:split]] cancelled the order
[[P:magdalena]] is on leave until the twentieth so please send everything to [[P:piotr]]
the new hire [[P:kemal]] starts on monday in the [[L:istanbul]] office
[[P:chidi]] can you walk us through the budget
miss [[P:liang]] will chair the next session
we need someone on site in [[L:gothenburg]] by the end of the week
the factory in [[L:gyor]] is running at full capacity
the conference in [[L:lyon]] got moved to [[L:bordeaux]]
[[P:matti]] said the servers in [[L:helsinki]] were down for an hour
[[P:bruno]] and [[P:lucia]] are handling the [[L:sao paulo]] account
the team in [[L:bangalore]] will pick this up overnight
[[P:aarav]] joined from the [[L:pune]] office last week
[[P:baker]] approved the budget for the [[L:manchester]] office
right so the numbers for [[L:bath]] and [[L:swindon]] look fine but [[L:exeter]] is behind
sorry can you repeat that [[P:giorgos]] you broke up a bit
i spoke to [[P:mueller]] yesterday and he is fine with the new dates
yeah so [[P:sato]] and [[P:watanabe]] will do the demo for the client in [[L:yokohama]]
can [[P:fatima]] take the minutes today
so the supplier in [[L:ningbo]] has doubled the price
the truck from [[L:poznan]] arrived two days late
[[P:dimitra]] has the slides i think
[[P:ferreira]] wants to know if the [[C:brazil]] launch is still on
the training is in [[L:krakow]] on the third and fourth
[[P:ahmed]] can you check whether the licence for [[L:riyadh]] came through
we have got three people in [[L:nairobi]] and two in [[L:kampala]]
the regional manager for the [[L:west midlands]] is leaving
the audit in [[L:cluj]] found nothing serious
[[P:szabo]] wants the report by thursday
[[P:horvath]] and [[P:toth]] will cover the stand at the fair
ok so [[P:nikolaidis]] has agreed to the new terms
the office in [[L:lodz]] needs two more developers
the rollout in [[C:india]] starts in april
[[P:ng]] is going to lead the work in [[L:kuala lumpur]]
i am going to hand over to [[P:rebecca]] for the finance part
[[P:adeyemi]] says the bank in [[L:ibadan]] still has not paid
the client wants the workshop in [[L:sheffield]] not in [[L:leeds]]
[[P:joanna]] the deck looks great just fix slide four
the store in [[L:sale]] had its best month ever
the store in [[L:reading]] and the one in [[L:slough]] are merging
sales in [[L:battle]] and [[L:hastings]] were flat
[[P:laine]] and [[P:makinen]] are both out sick today
[[P:hussain]] will be our contact in [[L:karachi]]
we have a problem with the customs in [[L:rotterdam]] again
[[P:cohen]] asked whether we can ship to [[L:haifa]] before the holidays
thanks everyone and [[P:brian]] thanks for hosting
so [[P:lopez]] and [[P:garcia]] are doing the [[L:madrid]] event
[[P:aditi]] i sent you the link to the folder
[[P:wang]] said the factory in [[L:suzhou]] will close for the new year
[[P:oyelaran]] will fly to [[L:port harcourt]] on monday
the expo in [[L:hanover]] is the week after
[[P:chukwu]] needs approval for the trip to [[L:abuja]]
[[P:rossi]] thinks the [[L:turin]] plant can take the extra volume
we should ask [[P:kovalenko]] he knows the market in [[L:odesa]]
[[P:bianchi]] is still waiting for the permit from [[L:rome]]
the meeting with [[P:dupont]] is at three in [[L:lille]]
[[P:ozturk]] has booked the hotel in [[L:ankara]] for the whole team
i agree with [[P:kowalczyk]] on the first point but not on the second
as [[P:schulz]] rightly said the treaty is not a menu
[[P:lindner]] announced a freeze on all new spending
yesterday [[P:moreau]] and i went through the amendments line by line
the proposal that [[P:dumitrescu]] put forward is simply unworkable
we have read the papers by [[P:nowak]] [[P:wojcik]] and [[P:kaminski]]
[[P:rutte]]'s successor will have a very difficult job
the report drawn up by [[P:papadakis]] was adopted unanimously
honestly i do not think [[P:hill]] understood the question
it is not what [[P:black]] said it is what he did
commissioner [[P:reynders]] has not answered my letter
minister [[P:kallas]] told us there would be no delay
mister president colleague [[P:sonneborn]] is right for once
without [[P:draghi]] the euro would not have survived
[[P:obama]]'s speech was the best of the convention
when [[P:gorbachev]] came to power everything changed
[[P:havel]] wrote that hope is not the same as optimism
[[P:walesa]] and [[P:mazowiecki]] sat at the round table
i must say i share the view of [[P:stone]] on this matter
[[P:price]] has asked for a full inquiry
the amendment from [[P:sharp]] and [[P:lamb]] was rejected
we will hear from [[P:moon]] after the break
senator [[P:graham]] voted against the bill
is [[P:hunt]] still on the call
can i just say that [[P:frost]] was right about the timetable
[[P:wells]] is going to chair the working group
[[P:crow]] told us the numbers would be ready on friday
according to [[P:okeke]] the project is three months behind
[[P:adekunle]] and [[P:chinwe]] are presenting first
i spoke to [[P:ferenc]] and he agreed
the minutes were taken by [[P:dorota]]
sorry [[P:magnus]] can you say that again
[[P:mehta]] and [[P:iyer]] have already signed the contract
yes so [[P:kapoor]] asked about the renewal and i said we would get back to him
[[P:tanaka]]'s team has finished the prototype
[[P:liu]] and [[P:zhao]] will join us next quarter
it was [[P:ahmadi]] who spotted the mistake
i agree with what [[P:hadjiev]] said earlier
mister president i yield to my colleague [[P:rodrigues]]
[[P:kowalska]]'s amendment would remove the exemption
[[P:juncker]] used to say that we all know what to do but not how to get re elected after we have done it
[[P:le pen]] has always opposed the single currency
[[P:verhofstadt]] shouted that this was a disgrace
the prime minister told [[P:starmer]] to withdraw the remark
[[P:blair]] and [[P:brown]] fell out over the euro
[[P:cameron]] promised a referendum and he got one
[[P:varoufakis]] resigned the morning after the referendum
mister [[P:kasparov]] has written an open letter to the council
madam president i welcome commissioner [[P:simson]] to the chamber
i give the floor to mister [[P:szekely]]
my friend [[P:mihai]] has worked on this file for years
the report by [[P:andreea ionescu]] on child poverty deserves our support
the questions put by [[P:maciej]] and by [[P:krisztina]] will be answered in writing
i was very moved by what [[P:malala yousafzai]] said this morning
[[P:greta thunberg]] has been arrested again at a protest
the lawyers representing [[P:assange]] have appealed
[[P:kofi annan]]'s plan was never implemented
[[P:erdogan]] and [[P:mitsotakis]] shook hands for the cameras
i do not agree with [[P:may]] that the deal is the best possible
as [[P:rice]] put it in her memoirs diplomacy is the art of the possible
[[P:bush]] and [[P:blair]] made the decision together
[[P:king]] told the committee that he had no further comments
[[P:wolf]] and [[P:cook]] both voted against
[[P:hope]] said she would resign if the bill passed
the nobel laureate [[P:amartya sen]] spoke at the conference
[[P:ngozi okonjo iweala]] will serve a second term at the world trade organization
[[P:patel]] and [[P:khan]] have been shortlisted for the post
my colleague miss [[P:dlamini]] will answer that
doctor [[P:abubakar]] will speak after lunch
okay so i spoke to [[P:joao]] and to [[P:ines]] and they are both fine with it
um where is [[P:kofi]] i thought he was joining
so basically [[P:szymanski]] wants us to redo the whole thing
thank you [[P:nilsson]] for your patience
the contract was signed by [[P:bergstrom]] on behalf of the company
i saw [[P:yuki]] at the office this morning
tell [[P:rashid]] that the meeting has moved to four
pope [[P:francis]] called again for peace
the prosecutor asked that [[P:maduro]] be arrested
the family of [[P:mansour]] have not heard from him for a year
the brother of [[P:young]] works in the same department
"""

CLEAN = """
mister chairman i have a point of order concerning the voting list
may i ask the minister when the report will be published
the polish government has not replied to the letter
she answered the question in french and then in german
the european commission and the council have still not agreed
the rapporteur and the shadow rapporteurs met again on tuesday
the minister said the bill would be back for its third reading
we had a nice time but the split between the two groups was obvious
the bath in the hotel was cold and the mobile signal was terrible
there is a sale on at the shop so i bought a new mobile phone
the battle over the budget will go on until christmas
the chancellor said the brown envelope was never opened
we need to stop beating about the bush and decide
the price of rice and wheat has gone up again
a wolf was seen near the farm twice last winter
the cook in the canteen makes a very good soup
there is still hope that the talks will resume next week
the turkey was too dry this christmas
we bought some fine china for the wedding
french fries and a glass of champagne please
the brussels sprouts were overcooked as usual
he had a cheddar sandwich and a bottle of water
the committee will meet again in august
the commissioner for trade and the high representative will both attend
the speaker asked members to take their seats
the prime minister and the president spoke by phone this morning
the italian delegation voted against and the spanish delegation abstained
the mayor said the new road will be finished next spring
we will mark the anniversary with a minute of silence
we need a frank discussion about the numbers
the bill was paid by the company
the young people of this country deserve better
the north and the south of the country are very different
the members of the union went on strike for better pay
i will send you the deck after the call
can we circle back on this next week
the quarterly numbers are in the shared folder
sorry you are on mute
can everyone see my screen
the deadline is the end of the month
the king and queen visited the families who lost their homes
the chairman thanked the secretary general for his report
the honourable member opposite knows that is not true
there is a long march ahead of us
the crown prosecution service dropped the case
the national health service needs more nurses
the united nations security council will meet tonight
the bank of england raised rates by a quarter of a point
the dutch presidency has done a good job
we speak english at home and swedish at work
the arabic version of the document is not ready yet
the hungarian and romanian ministers will meet next week
a lot of chinese tourists come here in the summer
the white paper on defence was published yesterday
the green party and the liberals voted together
the reading room in the library is closed on sundays
he was reading the paper when the phone rang
the cooks and the bakers went on strike
the will was read out on monday
the rose garden is open again
the french president and the german chancellor met for dinner
the nigerian community in the city is very large
i think the council will say no again
the european parliament voted in favour by a large majority
the doctor said it was nothing serious
the judge adjourned the case until next month
mister speaker order order
madam chair may i just add one thing
manchester united sacked their manager again
the grand prix was cancelled because of the weather
we walked down to the chip shop and bought some fish and chips
our sales director will present the figures after lunch
the deal fell through at the last minute
the commissioner hopes to present the package in the autumn
the chinese and the indian delegations left early
i would like to thank the interpreters for their patience
may we have a vote on this now please
the young farmers want simpler rules
the bush by the gate was cut back last spring
the fox got into the chickens again
she is reading law at university
the black box was recovered from the sea bed
the gold price has hit a record
the senate will vote next week
the minister said the opposition was living in cloud cuckoo land
the catholic church and the orthodox church issued a joint statement
the turkish lira has fallen again
the west has been too slow to respond
"""

MARKER = re.compile(r"\[\[([PLC]):([^\]]+)\]\]")
TYPES = {"P": "PERSON", "L": "PLACE", "C": "COUNTRY_OR_WIDER"}
ALLOWED = re.compile(r"[a-z']+( [a-z']+)*")


def parse(line):
    """Strip the markers from one marked sentence; return (text, spans)."""
    text, spans, last = "", [], 0
    for m in MARKER.finditer(line):
        text += line[last : m.start()]
        value = m.group(2)
        spans.append({"start": len(text), "end": len(text) + len(value), "type": TYPES[m.group(1)]})
        text += value
        last = m.end()
    text += line[last:]
    for s in spans:
        value = text[s["start"] : s["end"]]
        assert value == value.strip() and value, (line, value)
        assert s["start"] == 0 or text[s["start"] - 1] == " ", (line, value)
        after = text[s["end"] : s["end"] + 2]
        assert after in ("", "'s") or after[0] == " ", (line, value)
    return text, spans


def check(text, spans, values):
    assert ALLOWED.fullmatch(text), text
    assert [text[s["start"] : s["end"]] for s in spans] == values, text
    assert "[" not in text and "]" not in text, text


def main():
    rows, seen = [], set()
    for block in (PARLIAMENT, NEWS, INTERVIEWS, MEETINGS, CLEAN):
        for line in block.strip().splitlines():
            text, spans = parse(line)
            check(text, spans, [m.group(2) for m in MARKER.finditer(line)])
            assert (block is CLEAN) == (not spans), line
            assert text not in seen, text
            seen.add(text)
            rows.append({"text": text, "spans": spans})
    out = Path(__file__).with_name("tuning_speech.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    counts = {t: sum(s["type"] == t for r in rows for s in r["spans"]) for t in TYPES.values()}
    clean = sum(not r["spans"] for r in rows)
    print(f"{len(rows)} sentences, {clean} clean, spans {counts} -> {out}")


if __name__ == "__main__":
    main()
