/**
 * The words, phrases, merchants and emoji that name each category bucket (docs/categories.md).
 * A leading "~" marks a weak word: it decides only when no strong word is in the message
 * ("petrol for the car" is fuel, "car wash" alone is transport).
 */
export const categoryWords: Readonly<Record<string, string>> = {
  groceries: `m&s spar supermarkt supermarché supermercado supermercato lebensmittel einkauf einkaufen courses boodschappen compra spesa épicerie ah picard banana bananas apple apples oranges turkey loaf grocery-shopping food-shopping weekly-groceries groceries grocery grocries grocerys veggies veggie vegetables vegetable veg sabzi sabji subzi fruit fruits
    kirana kiryana ration supermarket supermarkets milk doodh dairy eggs egg bread atta rice dal daal baguette baguettes croissants onions onion potatoes
    potato tomatoes tomato paneer curd butter cheese meat chicken mutton fish provisions bigbasket big-basket blinkit zepto
    instamart swiggy-instamart dmart d-mart jiomart reliance-fresh more-supermarket nature's-basket spencers star-bazaar
    tesco sainsburys sainsbury asda aldi lidl waitrose morrisons ocado co-op iceland m&s-food marks-and-spencer-food
    walmart costco kroger safeway publix trader-joes whole-foods wholefoods instacart heb h-e-b wegmans food-lion albertsons
    rewe edeka netto penny kaufland carrefour albert-heijn jumbo mercadona esselunga monoprix dunnes supervalu intermarche
    leclerc auchan conad coop picnic getir flink gorillas farmers-market ~market ~weekly-market ~shop ~shopping-list
    ~weekly-shop ~big-shop ~food-shop ~grocery-run 🛒 🥦 🥕 🍎 🍌 🥛 🥚 🍞
    pick-and-save butcher butchers ~maggi maggi-noodles more-retail more-megastore ratnadeep reliance-smart smart-bazaar
    reliance-smart-bazaar dunzo dunzo-daily bb-now bbdaily bb-daily flipkart-minutes flipkart-grocery flipkart-supermart
    amazon-fresh easyday easy-day hypercity foodhall big-bazaar heritage-fresh namdharis vijetha lulu-hypermarket nilgiris
    godrej-nature's-basket otipy country-delight milkbasket licious freshtohome fresh-to-home zappfresh meatigo ~amul
    mother-dairy nandini-milk aavin kirana-store provision-store general-store sabziwala sabzi-wala sabjiwala doodhwala
    ration-shop vishal-mega-mart meijer sprouts sprouts-farmers-market giant-eagle giant-food stop-and-shop stop-&-shop
    winco hy-vee shoprite shop-rite harris-teeter vons fred-meyer smart-and-final smart-&-final king-soopers frys-food
    jewel-osco acme-markets star-market hannaford price-chopper market-basket piggly-wiggly winn-dixie ~ingles bi-lo
    save-a-lot grocery-outlet sams-club bjs bj's-wholesale stater-bros foodmaxx raleys schnucks dierbergs weis-markets
    brookshires tom-thumb central-market h-mart patel-brothers natural-grocers fresh-thyme earth-fare the-fresh-market
    fairway-market gristedes key-food c-town food-bazaar food-city bashas marianos pick-n-save cub-foods festival-foods
    dillons gelsons bristol-farms erewhon freshdirect fresh-direct imperfect-foods misfits-market thrive-market gopuff
    weee whole-foods-market farmfoods ~booths budgens costcutter londis ~nisa onestop premier-stores mccolls heron-foods
    planet-organic abel-and-cole abel-&-cole riverford milk-and-more milk-&-more gousto hellofresh hello-fresh
    mindful-chef zapp weezy tesco-express sainsburys-local little-waitrose simply-food m&s-simply-food asda-express
    co-op-food coop-food dunnes-stores lidl-plus aldi-uk globus tegut marktkauf nahkauf denns alnatura bio-company
    e-center edeka-center rewe-center penny-markt aldi-süd aldi-nord netto-marken-discount hofer billa billa-plus
    interspar eurospar merkur mpreis unimarkt nah-und-frisch wochenmarkt discounter lebensmittelgeschäft supermärkte
    e.leclerc carrefour-market carrefour-city carrefour-express super-u hyper-u système-u magasins-u u-express franprix
    monop geant-casino petit-casino casino-supermarché biocoop la-vie-claire naturalia thiriet vival proxi leader-price
    delhaize colruyt bio-planet proxy-delhaize ad-delhaize carrefour-contact hypermarché supérette ah-to-go
    dirk-van-den-broek dekamarkt hoogvliet vomar poiesz nettorama ekoplaza marqt crisp-app toko avondwinkel
    supermercados-dia eroski alcampo hipercor consum bonpreu caprabo condis bonarea bon-àrea gadis froiz masymas ahorramas
    hiperdino coviran supercor pam-panorama pam-local despar ipercoop bennet tigros md-discount in's-mercato unes
    il-gigante crai todis tuodì eurospin basko pingo-doce continente modelo-continente minipreço gemüse gemuese obst brot
    brötchen broetchen semmel käse kaese eier fleisch metzgerei metzger fleischerei hähnchen kartoffeln tomaten zwiebeln
    äpfel bananen lebensmittelladen hofladen légumes fromage oeufs œufs viande poisson boucherie fromagerie primeur
    marché-bio groente groenten groenteboer melk kaas eieren vlees slager slagerij verdulería verduras frutas frutería
    leche huevos carnicería pescadería charcutería ultramarinos alimentación alimentari verdura frutta formaggio uova
    macelleria pescheria salumeria fruttivendolo ortofrutta mercearia talho frutaria ~mercado ~mercato maida besan sooji
    suji rava ~poha toor-dal arhar-dal moong moong-dal masoor chana-dal urad urad-dal rajma-beans ghee dahi chawal basmati
    sona-masoori ~anda ~ande ~aloo ~alu ~pyaz ~pyaaz ~tamatar ~bhindi ~gobi ~gobhi ~palak ~methi ~lauki ~karela ~baingan
    ~brinjal ~capsicum ~shimla-mirch ~adrak ~lehsun ~lahsun ~dhaniya ~hari-mirch ~matar ~gajar ~mooli ~kheera ~arbi ~kaddu
    ~nimbu ~kela ~seb ~angoor ~anar ~amrood ~chikoo ~tarbooz ~kharbooza ~nariyal ~jaggery cheeni namak ~jeera mustard-oil
    cooking-oil sunflower-oil refined-oil olive-oil ~murgi ~machli ~macchi ~gosht ~aam sabziyan fal-sabzi phal ~lettuce
    ~spinach ~broccoli ~cauliflower ~cabbage carrots ~cucumber ~zucchini ~courgette ~aubergine ~eggplant ~garlic
    ~mushrooms ~avocado ~avocados lemons grapes ~strawberries ~blueberries ~raspberries mangoes ~pineapple ~watermelon
    ~melon ~kiwi plums ~cherries ~berries yogurt yoghurt cereal oats oatmeal granola ~sugar ~cheddar ~mozzarella ~tofu
    lentils chickpeas ~sausages ~bacon ~beef ~pork ~lamb ~prawns ~shrimp ~tuna fruit-and-veg fruit-&-veg dry-fruits
    dried-fruit ~cashews ~almonds ~nutella ~cornflakes`,
  food: `essen mittagessen abendessen déjeuner dîner resto eten lunchen comida cena pranzo almuerzo bakery bäckerei boulangerie bakkerij panadería buritto pierogi dim-sum dimsum falafel poutine fondue nasi-goreng nasi-lemak churrasco döner doner donner tapas menu-del-dia lángos langos zapiekanka jollibee hotdog hot-dog hotdogs fish-and-chips fish-n-chips chippy chicken-rice hawker meal-deal maccies dishoom saravana-bhavan curry-house dumplings gyoza bao banh-mi pad-thai paella bagel bagels schnitzel currywurst bratwurst pierogis empanadas arepas nachos quesadilla wings steak brunch-spot pub-lunch carvery sunday-roast roast-dinner bistro diner trattoria pizzeria food lunch dinner breakfast brunch supper meal meals restaurant restaurants resturant restraunt ~dining ~dine dining-out
    eating-out ~eat-out takeout take-out takeaway take-away takeaways ~delivery food-delivery tiffin thali biryani biriyani
    pizza pizzas burger burgers dosa idli paratha parotta momos noodles pasta sushi ramen pho tacos taco burrito kebab
    kebabs shawarma sandwich sandwiches ~sub ~subs salad ~curry ~roll ~rolls ~wrap wraps fries ~chinese ~indian ~thai ~mexican
    ~italian bbq dhaba ~canteen ~mess cafeteria buffet swiggy zomato eatsure dominos domino's mcdonalds mcdonald's mcd
    kfc burger-king ~subway pizza-hut haldirams haldiram's barbeque-nation faasos behrouz ~box8 uber-eats ubereats doordash
    grubhub postmates ~seamless chipotle panera chick-fil-a taco-bell wendys shake-shack five-guys in-n-out deliveroo
    just-eat justeat nandos nando's wagamama pizza-express ~leon ~wasabi itsu yo-sushi thuisbezorgd lieferando glovo wolt
    foodpanda talabat ~order ~dinner-out 🍕 🍔 🍟 🌮 🌯 🍜 🍝 🍣 🍱 🍛 🥗 🥪 🍽 🍽️ 🥘 🍲
    steak-and-shake carne-asada anda-bhurji egg-bhurji bhurji ~hippopotamus-restaurant behrouz-biryani oven-story
    biryani-blues paradise-biryani meghana-foods empire-restaurant mtr-restaurant vidyarthi-bhavan a2b-restaurant
    adyar-ananda-bhavan sangeetha-restaurant murugan-idli bikanervala sagar-ratna absolute-barbecues mainland-china
    wow-momo burger-singh punjab-grill pind-balluchi moti-mahal karims bukhara la-pinoz mojo-pizza wow-china
    california-burrito chinese-wok rolls-mania kathi-junction kaati-zone nirulas udupi darshini khanavali bhojanalaya
    rebel-foods chole-bhature bhature chhole rajma-chawal dal-makhani butter-chicken paneer-tikka tikka tandoori naan roti
    chapati chapathi kulcha pulao khichdi upma uttapam medu-vada sambar rasam appam puttu idiyappam pav-bhaji misal-pav
    misal poori ~puri aloo-paratha korma vindaloo rogan-josh nihari haleem kathi-roll ~frankie manchurian gobi-manchurian
    hakka-noodles fried-rice schezwan chowmein chow-mein thukpa laphing keema kadai-paneer shahi-paneer palak-paneer
    dum-biryani mandi-biryani kothu-parotta neer-dosa masala-dosa set-dosa thepla dal-chawal dal-rice curd-rice lemon-rice
    bisibelebath bisi-bele-bath pesarattu appams parathas rotis chapatis naans kulchas udon soba bibimbap bulgogi katsu
    tonkatsu teriyaki tempura ~poke poke-bowl enchiladas fajitas tamales ceviche gyros gyro souvlaki moussaka risotto
    lasagna lasagne gnocchi carbonara spaghetti ravioli calzone focaccia bruschetta antipasti tagliatelle pad-see-ew
    green-curry tom-yum laksa rendang satay bun-cha xiaolongbao hotpot hot-pot peking-duck kung-pao wonton wontons
    spring-rolls sashimi onigiri bento okonomiyaki takoyaki yakitori burrito-bowl chimichanga mac-and-cheese mac-n-cheese
    meatloaf pot-roast brisket pulled-pork cheesesteak philly-cheesesteak hoagie hoagies po-boy gumbo jambalaya
    clam-chowder chowder lobster-roll buffalo-wings chicken-wings chicken-tenders nuggets chicken-nuggets fried-chicken
    corn-dog pancakes french-toast eggs-benedict omelette omelet omelettes full-english fry-up full-irish jacket-potato
    shepherds-pie cottage-pie bangers-and-mash pie-and-mash toad-in-the-hole ploughmans tikka-masala chicken-tikka-masala
    ~balti jalfrezi ~madras biryanis burritos shawarmas ramens dürüm durum-kebab lahmacun pide flammkuchen spätzle
    spaetzle käsespätzle kaesespaetzle maultaschen schweinshaxe rouladen frikadellen leberkäse leberkas wiener-schnitzel
    galette galettes croque-monsieur croque steak-frites moules-frites moules bouillabaisse ratatouille quiche tartiflette
    raclette cassoulet coq-au-vin boeuf-bourguignon frites kibbeling stamppot pannenkoeken uitsmijter broodje broodjes
    patat patatje snackbar febo ~tortilla bocadillo bocata pintxos pinchos croquetas patatas-bravas bravas gazpacho
    raciones panino panini piadina tramezzino arancini cotoletta ossobuco osteria tavola-calda rosticceria friggitoria
    francesinha bifana bacalhau tasca marisqueira churrasqueira restaurante ristorante gasthaus gaststätte gaststaette
    wirtshaus imbiss imbiß kantine mensa brasserie crêperie traiteur eetcafé afhaal lieferdienst à-emporter para-llevar
    asporto abendbrot mittagstisch panda-express olive-garden applebees chilis ihop dennys sonic-drive-in arbys popeyes
    jersey-mikes jimmy-johns sweetgreen cava-grill wingstop papa-johns little-caesars whataburger culvers jack-in-the-box
    carls-jr hardees white-castle raising-canes zaxbys bojangles churchs-chicken el-pollo-loco del-taco qdoba ~moes
    noodles-and-company firehouse-subs jasons-deli mcalisters cracker-barrel red-lobster outback outback-steakhouse
    texas-roadhouse longhorn-steakhouse buffalo-wild-wings bdubs red-robin tgi-fridays cheesecake-factory pf-changs
    p.f.-chang's smashburger steak-n-shake portillos dairy-queen golden-corral bob-evans waffle-house marcos-pizza
    mod-pizza blaze-pizza pieology hungry-howies sbarro chownow ezcater zizzi prezzo franco-manca honest-burgers
    byron-burger bella-italia ask-italian toby-carvery ~harvester brewers-fayre hungry-horse frankie-and-bennys
    frankie-&-benny's gbk gourmet-burger-kitchen patty-and-bun burger-and-lobster hawksmoor flat-iron wahaca barburrito
    busaba rosas-thai banana-tree cote-brasserie cafe-rouge las-iguanas turtle-bay gaucho miller-and-carter
    miller-&-carter pizza-pilgrims chopstix abokado ~wimpy morleys chicken-cottage dixy-chicken sams-chicken
    german-doner-kebab chip-shop kebab-shop indian-takeaway chinese-takeaway hungryhouse too-good-to-go supermacs
    apache-pizza eddie-rockets abrakebabra boojum wok-to-walk foodora just-eat-takeaway takeaway.com vapiano losteria
    hans-im-glück hans-im-glueck burgerme block-house maredo nordsee kochlöffel dean-and-david dean-&-david peter-pane
    la-piadineria autogrill old-wild-west rossopomodoro spontini flunch buffalo-grill ~hippopotamus léon-de-bruxelles
    big-fernand otacos class'croute telepizza montaditos goiko fosters-hollywood la-tagliatella tagliatella lizarran
    smullers kwalitaria loetje la-place happy-italy`,
  coffee: `kaffee koffie caffè caffe fika coffee coffees cafe café cafes latte lattes cappuccino espresso americano flat-white mocha frappe cold-coffee
    starbucks costa costa-coffee pret pret-a-manger caffe-nero nero dunkin dunkin' dunkin-donuts tim-hortons peets
    blue-bottle blue-tokai third-wave ccd cafe-coffee-day barista chaayos-coffee tchibo ☕
    caffe-ritazza black-sheep-coffee department-of-coffee joe-and-the-juice joe-&-the-juice einstein-kaffee balzac-coffee
    coffee-fellows woyton segafredo illy lavazza columbus-café coffee-company nespresso kaffeehaus cortado macchiato
    ristretto lungo doppio filter-coffee kaapi cold-brew iced-coffee iced-latte frappuccino koffie-verkeerd café-con-leche
    café-au-lait galão bica cafezinho third-wave-coffee blue-tokai-coffee araku-coffee subko barista-coffee coffee-day
    starbucks-reserve indian-coffee-house dutch-bros caribou-coffee philz la-colombe stumptown intelligentsia biggby
    coffee-bean peets-coffee timmies greggs-coffee costa-express cafe-nero caffe-latte flat-whites espressos americanos
    cappuccinos mochas kaffeeklatsch kaffee-und-kuchen`,
  tea: `cuppa teh-tarik tea teas chai chaay cutting-chai green-tea chaayos chai-point 🍵
    chai-sutta-bar chai-sutta mba-chai-wala chaiwala chai-wala chaiwalla chaiwallah masala-chai bubble-tea boba boba-tea
    milk-tea matcha matcha-latte chatime gong-cha kung-fu-tea tiger-sugar teavana tetley twinings teahouse tea-house
    kadak-chai sulaimani irani-chai noon-chai kahwa kehwa herbal-tea iced-tea afternoon-tea high-tea cream-tea chai-latte
    teestube chamomile earl-grey`,
  snacks: `eis glace helado gum chewing-gum gumball trdelník trdelnik baklava bhutta corn mars-bar chocolate-bar candy-bar kitkat snickers churros pretzel pretzels waffle waffles crepe crepes snacks snack chips crisps biscuits biscuit cookies cookie sweets ~sweet mithai chocolate chocolates candy toffee
    ice-cream icecream gelato samosa samosas vada-pav pani-puri golgappa bhel chaat pakora pakoras namkeen popcorn
    donut donuts doughnut pastry pastries cake muffin ~croissant ~juice smoothie ~soda ~coke ~pepsi cold-drink greggs
    krispy-kreme baskin-robbins 🍦 🍩 🍪 🍫 🍰 🧁 🥤 🍿
    gails-bakery ginger-ale kachori cinnabon auntie-annes wetzels crumbl insomnia-cookies cold-stone ben-and-jerrys
    ben-&-jerry's häagen-dazs yogurtland menchies pinkberry gail's millies-cookies bens-cookies kaspas creams-cafe
    heavenly-desserts theobroma mad-over-donuts naturals-ice-cream kwality-walls havmor vadilal keventers anand-sweets
    ganguram brijwasi mithai-shop sweet-shop halwai monginis ribbons-and-balloons iyengar-bakery kurkure oreo oreos
    cadbury dairy-milk cup-noodles bhujia chakli murukku mathri khakhra makhana ~peanuts chikki gajak sev-puri dahi-puri
    papdi-chaat aloo-tikki tikki dabeli jalebi jalebis bhajji bhaji bajji mirchi-bajji veg-puff egg-puff kulfi falooda
    rabri lassi nimbu-pani nimbu-soda shikanji jaljeera sugarcane-juice ganne-ka-ras coconut-water nariyal-pani
    tender-coconut buttermilk chaas mango-shake mango-lassi mango-juice orange-juice milkshake milkshakes thick-shake soft-drink soft-drinks fizzy-drink
    energy-drink red-bull monster-energy gatorade powerade lucozade irn-bru ribena capri-sun coca-cola diet-coke coke-zero
    7up mountain-dew dr-pepper thums-up limca maaza frooti appy-fizz paper-boat tropicana minute-maid snapple lemonade
    limonade kombucha juice-bar jamba jamba-juice smoothie-king tropical-smoothie boost-juice fritz-kola club-mate
    apfelschorle schorle spezi orangina chinotto aranciata san-pellegrino mineral-water sparkling-water bottled-water
    bisleri kinley aquafina evian volvic perrier mineralwasser farsan dhokla khandvi fafda khaman puchka phuchka gol-gappe
    gupchup ragda ragda-pattice bhel-puri papdi dahi-vada dahi-bhalla pakode pakoda pakodas bhajiya bhajia rusk bun-maska
    maska-bun brezel brezn stroopwafel stroopwafels poffertjes oliebollen bitterballen frikandel kroket kroketten krapfen
    kuchen torte apfelstrudel strudel lebkuchen pain-au-chocolat pains-au-chocolat chocolatine macaron macarons éclair
    eclairs viennoiserie viennoiseries pâtisserie pastelaria pastel-de-nata pasteis-de-nata cannoli cornetto brioche
    sfogliatella tiramisu gelateria granita churrería turrón heladería ijssalon ijsje snoep süßigkeiten suessigkeiten
    schokolade chocolat cioccolato gummibärchen haribo milka ritter-sport toblerone ferrero m&ms reeses hersheys twix
    skittles doritos pringles cheetos quavers monster-munch wotsits mccoys kettle-chips tortilla-chips granola-bar
    protein-bar cereal-bar energy-bar trail-mix beef-jerky gummies gummy-bears jelly-beans lollipop lollipops marshmallows
    licorice liquorice ~truffles pralines bonbons tic-tac konditorei eisdiele ditsch backwerk back-factory le-crobag
    ole-and-steen ole-&-steen patisserie-valerie llaollao amorino grom venchi nothing-bundt-cakes levain magnolia-bakery
    duck-donuts voodoo-doughnut crosstown-doughnuts dunkin-munchkins ~magnum froyo frozen-yogurt brownie brownies cupcake
    cupcakes cheesecake sausage-roll sausage-rolls cornish-pasty flapjack shortbread jaffa-cakes digestives hobnobs
    mcvities custard-creams crumpets pork-pie scotch-egg ~kiosk`,
  drinks: `bier bière cerveza birra vino wein vin total-wine bevmo cava g&t gin-and-tonic caipirinha caipirinhas aperitivo aperol spritz prosecco prosseco glühwein gluhwein mulled-wine red-wine white-wine bottle-of-wine bottles-of-red bottles-of-wine brewdog sangria sake soju margarita margaritas mojito mojitos shots drinks drink beer beers wine wines pub pubs ~bar ~bars cocktail cocktails liquor alcohol booze whisky whiskey vodka
    rum gin pint pints brewery 🍺 🍻 🍷 🍸 🍹 🥂
    gall-and-gall allbarone vino-rosado vino-tinto vino-blanco wetherspoons wetherspoon slug-and-lettuce greene-king
    fullers nicholsons oneills pitcher-and-piano majestic-wine oddbins laithwaites naked-wines virgin-wines bargain-booze
    off-licence liquor-store liquor-shop wine-shop theka daru daaru sharab beer-shop tonique living-liquidz binnys
    liquorland liquor-land drizly reservebar vivino gall-&-gall gall-en-gall slijterij drankenhandel caviste cave-à-vin
    getränkemarkt getraenkemarkt bierhalle biergarten brauhaus kneipe vinoteca enoteca cervecería taberna tinto-de-verano
    vermut vermouth kalimotxo sidra cider ciders ale ales ipa guinness heineken budweiser bud-light ~kingfisher old-monk
    royal-stag mcdowells magic-moments blenders-pride smirnoff jameson jack-daniels johnnie-walker bacardi captain-morgan
    tequila mezcal champagne champers rose-wine merlot malbec rioja chianti pinot-noir pinot-grigio sauvignon
    sauvignon-blanc chardonnay riesling scotch ~bourbon brandy cognac liqueur baileys jägermeister jäger jagerbomb sambuca
    limoncello ouzo raki grappa schnapps hefeweizen weissbier weizen radler kölsch altbier pils pilsner helles biertje
    pilsje borrel borrelen kroeg vinho cerveja hard-seltzer white-claw happy-hour pint-of-beer beer-garden tapas-bar
    wine-bar cocktail-bar sports-bar speakeasy taproom brewpub microbrewery whiskies vodkas tequilas negroni daiquiri
    mimosa mimosas bellini sangrias ipas bierkasten kasten-bier`,
  transport: `u-bahn s-bahn métro ov ov-chipkaart tow tow-truck towing subway-card subway-ride subway-fare bvg gvb luas leap-card navigo deutschlandticket e-zpass ezpass cabify grab gojek octopus-card ov-chipkaart ratp mvg car-repair car-repairs bike-repair bike-repairs car-service transport transportation cab cabs taxi taxis auto autos autorickshaw auto-rickshaw rickshaw tuk-tuk
    metro subway-fare train trains bus buses bus-fare local-train train-fare tube underground tram trams commute commuting parking toll
    tolls fastag ~ride ride-share rideshare carpool bike-taxi scooter-service bike-service car-service car-wash ~servicing
    ~service puncture tyre tyres tire tires oil-change uber ola ola-cabs rapido lyft ~bolt freenow free-now blablacar
    namma-yatri bluesmart meru oyster tfl oyster-card mta metrocard clipper septa bart ventra ~car ~bike ~scooter ~vehicle
    ~mechanic 🚕 🚖 🚌 🚇 🚆 🛺 🚗 🚲 🛵
    car-park car-parks multi-storey ~ns marta-breeze blusmart indrive in-drive taxi.eu taxi-eu addison-lee gett heetch
    g7-taxi mytaxi uber-auto ola-auto uber-moto quick-ride jugnoo yulu vogo lime-scooter lime-bike bird-scooter
    dott-scooter tier-scooter voi-scooter citi-bike santander-cycles boris-bike velib ov-fiets swapfiets nextbike
    donkey-republic bikemi e-scooter omny septa-key cta wmata smartrip metro-card charlie-card mbta orca-card tap-card
    metrolink njtransit nj-transit path-train lirr metro-north caltrain muni trimet sound-transit metrorail ~trolley
    streetcar light-rail commuter-rail hvv vbb mvv kvb vvs rmv htm ret-rotterdam ns-trein ns-train dublin-bus bus-éireann
    dart-train irish-rail emt tmb atm-milano atac metro-lisboa wiener-linien stib mivb de-lijn rer transilien dlr
    overground elizabeth-line crossrail national-rail travelcard tisséo tcl-lyon cercanías rodalies trenord dmrc
    delhi-metro namma-metro bmtc dtc-bus mtc-bus mumbai-local share-auto e-rickshaw cycle-rickshaw rapido-bike rapido-auto
    ~shuttle straßenbahn strassenbahn fahrkarte fahrschein monatskarte tageskarte einzelfahrt nahverkehr öpnv busticket
    bus-ticket ticket-de-métro passe-navigo tram-ticket strippenkaart ov-kaart billete-de-metro bonobus abono-transporte
    t-casual t-usual t-mobilitat biglietto-bus metropolitana tassì autobus trein zug tren treno parken parkhaus parkgebühr
    parkgebuehr parkschein parkeren parkeergeld stationnement parcheggio aparcamiento parkmobile ringgo paybyphone
    spothero easypark justpark parkopedia ncp-parking apcoa q-park park-and-ride parking-ticket parking-fine pcn
    congestion-charge ulez dart-charge maut péage peaje pedaggio autopista autostrada ~vignette fastrak sunpass ipass
    i-pass txtag toll-tag ~mot mot-test kwik-fit halfords autozone oreilly-auto advance-auto-parts napa-auto pep-boys
    jiffy-lube valvoline midas firestone goodyear discount-tire les-schwab euromaster norauto feu-vert atu-werkstatt
    werkstatt autowerkstatt tüv tuv-prüfung contrôle-technique revisione-auto autowäsche waschanlage lavage-auto
    autolavado lavaggio-auto ~windscreen ~windshield roadside-assistance aaa-membership aa-membership rac-membership adac
    anwb gomechanic bike-wash car-parking bike-parking driver-salary chauffeur valet-parking wheel-alignment
    wheel-balancing battery-replacement brake-pads clutch-plate engine-oil chain-sprocket`,
  fuel: `tanken benzin essence carburant gasolina benzina sprit repsol fuel petrol petorl petrl diesel ~gas gasoline cng lpg-car ev-charging ~charging petrol-pump gas-station fill-up filled-up fill-up-the-tank pump
    fillup ~tank indian-oil iocl hp-petrol bharat-petroleum bpcl shell bp ~esso texaco chevron exxon ~mobil ~sunoco ~arco
    totalenergies aral ⛽
    kum-and-go circle-k hpcl hp-pump hp-petrol-pump nayara nayara-energy essar-petrol reliance-bp jio-bp exxonmobil valero
    marathon-gas marathon-petroleum ~speedway wawa quiktrip costco-gas costco-petrol citgo conoco ~gulf murphy-usa
    murphy-express kwik-trip kum-&-go caseys-gas racetrac raceway-gas loves-travel-stop pilot-flying-j flying-j buc-ees
    thorntons sinclair-gas jet-petrol jet-tankstelle total-energies cepsa galp q8 omv eni agip ip-carburanti ~avia orlen
    tamoil star-tankstelle tinq tankstation tankstelle station-service station-essence gasolinera distributore-benzina
    benzinaio gasolio gasóleo gasoil gazole sans-plomb adblue ad-blue petrol-bunk fuel-station filling-station
    petrol-station full-tank benzine getankt tankbeurt faire-le-plein carburante tesla-supercharger supercharger
    supercharging chargepoint ionity pod-point ez-charge statiq chargezone electrify-america evgo blink-charging fastned
    allego shell-recharge bp-pulse instavolt gridserve osprey-charging newmotion enbw-mobility plugsurfing ev-charge
    ev-charger ev-charging-station ladesäule autogas petrol-refill diesel-refill cng-refill cng-pump indane-cng igl-cng
    mahanagar-cng petrol-top-up`,
  travel: `return-ticket return-tickets day-return off-peak-return national-express megabus coach ice db-ice ryokan villa riad guesthouse guest-house b&b bnb premier-inn travelodge lner aer-lingus vueling redbus visa-on-arrival visa-fee train-to train-from train-ticket train-tickets trian-ticket travel trip trips flight flights airfare ferry air-ticket ~plane hotel hotels hostel motel resort ~stay airbnb ~booking
    booking.com oyo makemytrip goibibo cleartrip yatra ixigo irctc train-ticket train-tickets indigo air-india vistara
    spicejet akasa ryanair easyjet british-airways jet2 lufthansa klm air-france delta united american-airlines southwest
    jetblue expedia trainline eurostar amtrak greyhound flixbus deutsche-bahn sncf renfe trenitalia passport
    luggage baggage holiday vacation ✈️ ✈ 🏨
    hilton-hotel hilton-garden-inn doubletree air-india-express alliance-air goair star-air akasa-air alaska-airlines
    spirit-airlines frontier-airlines hawaiian-airlines allegiant virgin-atlantic tui wizz-air loganair eurowings
    condor-flug transavia iberia iberia-express air-europa volotea ita-airways alitalia tap-air-portugal tap-portugal
    austrian-airlines brussels-airlines swiss-air aegean finnair emirates qatar-airways etihad turkish-airlines
    singapore-airlines tatkal rajdhani shatabdi vande-bharat duronto acela avanti-west-coast gwr great-western-railway
    ~southeastern scotrail transpennine c2c chiltern-railways greater-anglia lumo caledonian-sleeper ~db bahn bahncard tgv
    ouigo intercités sncf-connect thalys iryo alsa frecciarossa italo italotreno öbb nightjet westbahn regiojet
    comboios-de-portugal iarnród-éireann aircoach citylink blablabus busbud omio abhibus zingbus intrcity ksrtc msrtc
    tsrtc apsrtc gsrtc upsrtc hrtc rsrtc sleeper-bus volvo-bus marriott hyatt ihg holiday-inn hampton-inn bestwestern
    radisson ibis novotel mercure sofitel pullman-hotel b&b-hotels nh-hotels meliá riu barcelo sheraton westin taj-hotels
    oberoi itc-hotels lemon-tree treebo fabhotels fab-hotels zostel ginger-hotels vrbo hotels.com agoda trivago
    hostelworld ~kayak skyscanner google-flights priceline tripadvisor getyourguide klook thomas-cook easemytrip
    ease-my-trip thrillophilia lastminute lastminute.com opodo jet2holidays loveholidays center-parcs butlins pontins
    stena-line p&o-ferries irish-ferries brittany-ferries dfds eurotunnel le-shuttle cruise ~airport airport-lounge
    car-rental car-hire rental-car hertz avis enterprise-rent-a-car sixt alamo-car zoomcar revv turo albergo ferienwohnung
    gîte agriturismo parador jugendherberge flug flüge fluege vlucht vuelo billet-d'avion urlaub vacances vakantie
    vacaciones vacanze voyage viaje viaggio bahnticket zugticket billet-de-train treinkaartje billete-de-tren
    ryanair-flight flight-ticket flight-tickets plane-ticket plane-tickets air-tickets coach-ticket sleeper-train railcard`,
  rent: `miete loyer huur alquiler affitto ~deposit ~flat security-deposit rent rents house-rent room-rent flat-rent apartment-rent pg pg-rent hostel-rent landlord ~lease monthly-rent
    kaltmiete warmmiete nebenkosten kaution ~wohnung huurwoning fianza ~renta arriendo pigione charges-locatives
    ground-rent letting-agent openrent spareroom nobroker nestaway zolo stanza-living coliving co-living paying-guest
    pg-fees bhada kiraya makan-kiraya room-rental flat-share house-share wg-zimmer ~wg mietzahlung mietkosten
    loyer-mensuel alquiler-piso affitto-casa`,
  bills: `bank-fee bank-fees bank-charges late-fee platform-fee convenience-fee annual-fee transfer-fee service-charge strom handy handyvertrag électricité stroom luz top-up mobile-top-up energy british-gas octopus-energy con-edison coned pg&e bescom tata-power adani-electricity msedcl thames-water e.on edf ovo duke-energy ~bills ~bill utilities utility electricity electric electricity-bill ~power power-bill eb-bill light-bill ~water
    water-bill gas-bill internet broadband wifi wi-fi fiber fibre phone-bill mobile-bill ~mobile recharge recharges
    mobile-recharge phone-recharge prepaid postpaid data-pack dth tata-play dish-tv ~cylinder gas-cylinder lpg
    recharged maintenance society-maintenance council-tax tv-licence jio airtel vi vodafone-idea bsnl act-fibernet hathway verizon
    at&t att t-mobile tmobile sprint comcast xfinity spectrum cox ee o2 vodafone giffgaff bt virgin-media ~sky
    telekom ~orange sfr bouygues free-mobile kpn ziggo movistar tim eir 💡 📱
    uscellular yello-strom comed-bill astound-broadband mtnl tata-sky d2h videocon-d2h airtel-dth airtel-xstream jiofiber
    jio-fiber airtel-fiber excitel you-broadband tikona spectranet railwire gtpl den-networks siti-cable cable-tv
    cable-bill mahadiscom tneb tangedco bses bses-rajdhani bses-yamuna tpddl cesc wbsedcl tsspdcl apspdcl apepdcl kseb
    pspcl uppcl jvvnl dhbvn uhbvn mgvcl pgvcl ugvcl dgvcl torrent-power hescom gescom mescom cescom bwssb djb
    delhi-jal-board jal-board ~adani mahanagar-gas indraprastha-gas gail-gas adani-gas gujarat-gas png-bill piped-gas
    indane bharatgas bharat-gas hp-gas gas-booking cylinder-booking property-tax house-tax water-tax mint-mobile
    visible-wireless cricket-wireless boost-mobile metropcs google-fi tracfone straight-talk xfinity-mobile ~optimum
    frontier-internet centurylink windstream mediacom suddenlink wow-internet rcn hughesnet viasat google-fiber fios
    verizon-fios dish-network con-ed sce southern-california-edison sdg&e sdge dominion-energy georgia-power fpl peco
    pse&g pseg national-grid eversource xcel-energy xcel dte-energy consumers-energy ameren entergy pepco bge ppl-electric
    firstenergy oncor txu txu-energy reliant-energy centerpoint atmos-energy socalgas alabama-power pacificorp
    puget-sound-energy ladwp smud nv-energy american-water sewer-bill trash-bill garbage-bill waste-management
    republic-services hoa hoa-fee hoa-dues bt-broadband sky-broadband sky-tv sky-mobile three-mobile tesco-mobile lebara
    lyca lycamobile voxi smarty-mobile id-mobile talktalk plusnet hyperoptic community-fibre vodafone-broadband
    shell-energy now-broadband tv-license e-on ovo-energy scottish-power sse so-energy utility-warehouse outfox
    good-energy ecotricity severn-trent anglian-water united-utilities yorkshire-water southern-water south-west-water
    welsh-water dwr-cymru scottish-water affinity-water wessex-water northumbrian-water south-east-water bristol-water
    deutsche-telekom 1&1 1und1 congstar aldi-talk simyo freenet klarmobil pyur netcologne m-net unitymedia
    kabel-deutschland rundfunkbeitrag gez bouygues-telecom freebox sosh red-by-sfr la-poste-mobile odido tele2 youfone
    delta-fiber caiway yoigo masmovil jazztel pepephone digi-mobile lowi iliad windtre wind-tre fastweb ho-mobile
    kena-mobile very-mobile poste-mobile tiscali gomo proximus telenet voo orange-belgium mobile-vikings meo nowo
    a1-telekom magenta-telekom spusu stadtwerke vattenfall enbw rwe eprimo lichtblick naturstrom stromrechnung gasrechnung
    heizkosten wasserrechnung müllgebühren ekwateur enercoop veolia bolletta bolletta-luce bollette enel enel-energia a2a
    hera-bolletta iren acea ~edison sorgenia eni-plenitude iberdrola endesa naturgy holaluz recibo-de-la-luz electricidad
    elettricità energierekening eneco essent greenchoice vandebron waternet vitens evides brabant-water dunea
    gemeentelijke-belastingen waterschapsbelasting electric-ireland bord-gáis bord-gais-energy sse-airtricity flogas
    pinergy irish-water uisce-éireann luminus edp edp-comercial epal e-redes verbund wien-energie evn energie-steiermark
    kelag tiwag strom-abschlag abschlag-strom gas-und-strom internetrechnung handyrechnung telefonrechnung mobilfunk
    festnetz`,
  health: `arzt médecin apotheek huisarts médico farmacy pt personal-trainer physio-session prescription prescriptions paracetamol ibuprofen plasters vitamins supplements cult.fit cultfit puregym pure-gym the-gym gym-fee physio-session health medicine medicines meds medical medication pharmacy chemist drugstore doctor doctors dentist dental
    clinic hospital checkup check-up consultation ~lab ~test ~tests blood-test scan x-ray physio physiotherapy therapy
    therapist optician ~glasses lenses vaccine vaccination gym gym-membership yoga fitness pilates crossfit protein
    apollo apollo-pharmacy pharmeasy 1mg netmeds medplus practo cult cult-fit cultfit cvs walgreens rite-aid boots
    superdrug lloyds-pharmacy apotheke pharmacie farmacia 💊 🏥 🦷
    janaushadhi onemedical truemeds frank-ross wellness-forever guardian-pharmacy davaindia dawai dawa davai aushadhi
    medical-store medical-shop chemist-shop duane-reade goodrx well-pharmacy rowlands-pharmacy pharmacy2u echo-pharmacy
    docmorris shop-apotheke medpex parapharmacie farmacie ärztin hausarzt hausärztin zahnarzt zahnärztin dentiste tandarts
    dentista ospedale hôpital krankenhaus ziekenhuis klinik kliniek clinique clínica ~rezept ordonnance physiotherapie
    physiotherapeut kiné kinésithérapeute fysiotherapeut fysio fisioterapia fisioterapeuta psychologe augenarzt opticien
    optiker óptica ottico brille lunettes gafas occhiali specsavers vision-express fielmann apollo-optik lenskart
    titan-eye warby-parker lenscrafters pearle-vision hans-anders krys alain-afflelou afflelou general-optica multiopticas
    salmoiraghi thyrocare dr-lal-pathlabs lal-path-labs lalpath ~metropolis metropolis-labs srl-diagnostics redcliffe-labs
    healthians orange-health quest-diagnostics labcorp pathology pathlab path-lab blood-work mri ct-scan ultrasound
    sonography ecg ekg mammogram biopsy apollo-hospital manipal-hospital fortis medanta narayana-health aster-hospital
    kims-hospital cloudnine motherhood-hospital rainbow-hospital aiims nhs nhs-prescription prescription-charge
    minuteclinic urgent-care citymd zocdoc teladoc copay co-pay hims doctolib ayurveda ayurvedic homeopathy homeopath
    homoeopathy acupuncture chiropractor osteopath ostéopathe psychiatrist psychologist counselling counseling
    dermatologist derma gynaecologist gynecologist gyno pediatrician paediatrician orthopaedic orthopedic ent-doctor
    eye-doctor eye-test eye-checkup contact-lenses contact-lens root-canal dental-cleaning tooth-extraction crocin dolo
    calpol aspirin tylenol advil nurofen antibiotics antibiotic cough-syrup inhaler insulin antacid ors electral vicks
    benadryl zyrtec claritin panadol strepsils lemsip gaviscon ~rennie imodium band-aid ~bandage first-aid thermometer
    condoms pregnancy-test contraceptive hearing-aid multivitamin multivitamins the-gym-group gymbox david-lloyd
    nuffield-health virgin-active anytime-fitness planet-fitness la-fitness ~equinox orangetheory crunch-fitness
    lifetime-fitness life-time-fitness golds-gym soulcycle peloton classpass mcfit fitx clever-fit john-reed
    urban-sports-club basic-fit fitness-park neoness altafit viva-gym holmes-place fitness-first snap-fitness talwalkars
    fittr healthifyme strava myfitnesspal zumba fitnessstudio fitnessstudio-beitrag gym-fees sportschool gimnasio palestra
    ginásio`,
  entertainment: `~ticket ~tickets football match comedy comedy-night standup stand-up gig-tickets now-tv theme-park universal-studios disneyland entertainment movie movies ~film ~films cinema cinemas ~theatre ~theater ~show ~shows concert concerts gig
    gigs ~event ~events museum museums zoo amusement-park bowling ~games ~game gaming arcade streaming
    ~subscription netflix prime-video amazon-prime hotstar ~disney disney+ disney-plus jiocinema sonyliv zee5
    spotify apple-music youtube-premium ~youtube hulu hbo hbo-max peacock paramount paramount+ audible kindle-unlimited
    bookmyshow pvr inox cineworld odeon vue amc regal ticketmaster steam playstation xbox nintendo 🎬 🎮 🎟 🎟️ 🎵 🎤
    sixflags jiohotstar disney-hotstar sony-liv voot altbalaji alt-balaji mx-player erosnow eros-now hoichoi mubi apple-tv
    apple-tv+ paramount-plus crunchyroll funimation fubo fubotv sling-tv youtube-tv britbox itvx dazn sky-sports bt-sport
    tnt-sports discovery+ discovery-plus joyn rtl+ rtlplus canal+ canal-plus molotov-tv videoland npo-plus movistar+
    movistar-plus filmin atresplayer raiplay timvision waipu viaplay deezer jiosaavn saavn gaana wynk wynk-music
    amazon-music youtube-music soundcloud siriusxm sirius-xm scribd storytel pocket-fm kuku-fm patreon cinepolis
    carnival-cinemas miraj-cinemas cinemark alamo-drafthouse harkins marcus-theatres landmark-theatres showcase-cinemas
    picturehouse everyman-cinema curzon empire-cinemas omniplex imax cinemaxx uci-kinowelt cinestar kinopolis pathé ugc
    mk2 gaumont kinepolis yelmo cinesa the-space-cinema uci-cinemas kino bioscoop ciné kinokarte kinoticket movie-tickets
    stubhub seatgeek vivid-seats axs eventbrite dice-fm see-tickets ticketswap eventim ticketone viagogo live-nation
    glastonbury coachella lollapalooza festival-tickets ps5 ps4 ps-plus playstation-plus psn xbox-game-pass game-pass
    nintendo-switch epic-games valorant fortnite roblox robux minecraft pubg bgmi free-fire genshin call-of-duty fifa
    ea-sports ea-fc battle-pass discord-nitro escape-room trampoline-park go-karting karting paintball laser-tag mini-golf
    crazy-golf topgolf ~golf smaaash fun-city wonderla imagica essel-world kidzania snow-world legoland cedar-point
    disney-world seaworld alton-towers thorpe-park chessington merlin-pass madame-tussauds london-eye europa-park
    phantasialand efteling walibi port-aventura gardaland parc-astérix disneyland-paris aquarium planetarium water-park
    museo musée museu art-gallery ~exhibition karaoke nightclub club-entry cover-charge konzert concierto teatro
    schouwburg opera ballet ~musical ~broadway circus zirkus cirque fairground ~stadium ~magazine kinobesuch spielhalle`,
  shopping: `~mall ~malls kleidung vêtements kleding ropa ikea coat winter-coat tk-maxx bol.com jd-sports nike adidas jumper sweater macbook iphone ipad airpods telly fridge washing-machine costume costumes phone-case phone-cases shopping clothes clothing shirt shirts tshirt t-shirt tshirts jeans trousers pants dress dresses kurta saree
    shoes shoe sneakers trainers jacket hoodie socks ~bag ~bags wallet ~watch electronics gadget gadgets ~phone laptop tv television
    headphones earphones earbuds ~charger ~cable ~mouse ~keyboard accessories jewellery jewelry sunglasses amazon flipkart
    myntra ajio meesho nykaa tata-cliq croma reliance-digital decathlon lifestyle westside pantaloons max-fashion zudio
    ~target best-buy bestbuy macys macy's kohls nordstrom tj-maxx old-navy gap ebay etsy shein temu argos primark
    john-lewis asos currys zalando h&m zara uniqlo ~mango ikea-purchase mediamarkt saturn fnac el-corte-ingles
    online-order ~purchase ~order-online 🛍 🛍️ 👕 👟 👗
    peek-and-cloppenburg dollartree dollargeneral familydollar belts snapdeal shopclues nykaa-fashion firstcry hopscotch
    vijay-sales poorvika sangeetha-mobiles bajaj-electronics reliance-trends v-mart shoppers-stop brand-factory fabindia
    biba manyavar raymond peter-england allen-solly van-heusen louis-philippe bata metro-shoes red-tape puma reebok
    skechers asics new-balance fila oneplus samsung xiaomi redmi realme oppo ~vivo apple-store google-pixel tanishq
    malabar-gold kalyan-jewellers caratlane bluestone giva swarovski ~titan fastrack rolex marshalls ~burlington
    banana-republic j.crew jcrew j-crew american-eagle aeropostale hollister abercrombie urban-outfitters anthropologie
    forever21 lululemon foot-locker dicks-sporting-goods academy-sports bass-pro cabelas big-lots overstock jcpenney
    dillards belk saks saks-fifth-avenue neiman-marcus bloomingdales microsoft-store gamestop newegg b&h micro-center
    hobby-lobby joann jo-ann party-city aliexpress poshmark thredup mercari grailed farfetch net-a-porter mytheresa zappos
    qvc sports-direct river-island new-look topshop topman boohoo prettylittlething matalan ~peacocks dorothy-perkins
    debenhams house-of-fraser selfridges harrods harvey-nichols fatface fat-face white-stuff superdry ted-baker reiss
    all-saints arket monki very.co.uk next.co.uk massimo-dutti pull-and-bear pull&bear bershka stradivarius oysho desigual
    c&a peek-&-cloppenburg peek-und-cloppenburg s.oliver tom-tailor otto.de about-you breuninger galeria-kaufhof karstadt
    kaufhof kadewe deichmann görtz media-markt cyberport notebooksbilliger euronics woolworth tedi bijenkorf de-bijenkorf
    coolblue wehkamp zeeman wibra la-redoute kiabi galeries-lafayette le-bon-marché bon-marché celio la-halle gifi
    foirfouille la-foir'fouille leboncoin corte-ingles pccomponentes worten rinascente la-rinascente ovs upim unieuro
    mediaworld yoox benetton calzedonia intimissimi tezenis intersport go-sport penneys brown-thomas arnotts harvey-norman
    did-electrical power-city smartwatch smartphone bluetooth-speaker powerbank power-bank ~monitor ~printer ssd
    hard-drive pendrive pen-drive usb-stick sd-card memory-card ~router smart-tv soundbar projector kurti kurtis lehenga
    sherwani dupatta salwar churidar dhoti lungi blazer skirt blouse leggings underwear innerwear lingerie pyjamas pajamas
    nightwear swimsuit swimwear cardigan sweatshirt tracksuit joggers chinos beanie ~scarf ~gloves handbag backpack
    ~suitcase sandals slippers chappal chappals loafers flip-flops klamotten schuhe chaussures schoenen zapatos scarpe
    abbigliamento vestiti roupa sapatos elektronik elettronica electrónica kleidungsgeschäft modehaus`,
  'personal care': `parrucchiere nail toni-&-guy toni-and-guy dm dm-drogerie friseur kapper coiffeur peluqueria peluquería hairdresser hairdressers nails nail-salon great-clips supercuts rossmann personal-care haircut hair-cut ~hair salon salons barber barbers parlour parlor beauty-parlour
    spa massage facial waxing manicure pedicure grooming cosmetics makeup make-up skincare skin-care shampoo toiletries
    perfume deodorant razor trim threading urbanclap sephora ulta lush 💇 💈 💅
    saloon hair-saloon douglas-parfümerie budni kruidvat etos trekpleister ici-paris-xl marionnaud nocibé yves-rocher
    l'occitane the-body-shop body-shop bath-and-body-works bath-&-body-works sally-beauty mac-cosmetics kiko kiko-milano
    primor clarel acqua-e-sapone tigotà pinalli feelunique lookfantastic cult-beauty space-nk glossier mamaearth
    sugar-cosmetics lakme lakme-salon naturals-salon green-trends jawed-habib javed-habib bodycraft enrich-salon vlcc
    looks-salon geetanjali-salon yes-madam sport-clips fantastic-sams drybar european-wax-center klier coiffure kapsalon
    barbería barbiere barbeiro cabeleireiro cabeleireira estética kosmetik kosmetikstudio nagelstudio esthéticienne
    institut-de-beauté manucure depilación ceretta haarschnitt coupe-de-cheveux corte-de-pelo beauty-salon beautician
    blow-dry blowout hair-colour hair-color keratin hair-spa head-massage mehendi mehndi henna eyebrows eyebrow-threading
    ~lashes eyelash-extensions microblading botox laser-hair-removal spray-tan sunscreen sunblock moisturiser moisturizer
    ~lotion face-wash body-wash ~conditioner hair-oil lipstick mascara eyeliner concealer nail-polish toothpaste
    toothbrush floss mouthwash sanitary-pads tampons menstrual-cup shaving-cream aftershave ~trimmer gillette nivea
    colgate eau-de-parfum parfum parfumerie profumeria perfumería drogerie drogist drogería drogueria müller-drogerie
    mueller-drogerie barbershop barber-shop hair-salon haircuts beard-trim hairdo`,
  household: `screwfix putzfrau reinigung paint can-of-paint washing-up-liquid sponges decorator ac-guy bin-bags couch roof boiler lightbulbs light-bulbs launderette laundrette laundromat istri istri-wala ac-service ac-servicing ac-repair washing-powder bin-bags toilet-paper household ~home house-stuff cleaning cleaning-supplies detergent laundry dry-cleaning dry-cleaner ironing
    maid ~cook househelp house-help ~helper nanny babysitter plumber electrician locksmith cleaner window-cleaner dhobi ironed carpenter painter handyman repair repairs
    pest-control furniture sofa mattress curtains bedsheets utensils ~kitchen appliance appliances bulb bulbs hardware
    home-depot lowes b&q wilko homebase dunelm pepperfry urban-ladder 🧹 🧺 🛋 🛋️
    bed-sheets menards ace-hardware true-value harbor-freight bed-bath-and-beyond bed-bath-&-beyond homegoods home-goods
    wayfair pottery-barn crate-and-barrel crate-&-barrel west-elm williams-sonoma container-store ashley-furniture
    la-z-boy mattress-firm sleep-number the-range b&m home-bargains poundland poundstretcher robert-dyas toolstation
    wickes travis-perkins made.com oak-furnitureland dfs sofology ~lakeland hornbach toom hagebau baumarkt ~bauhaus
    castorama leroy-merlin bricomarché mr-bricolage brico-dépôt karwei hubo bricorama maisons-du-monde conforama xxxlutz
    höffner segmüller jysk søstrene-grene sostrene-grene flying-tiger blokker xenos kwantum leen-bakker beter-bed
    bricomart mondo-convenienza home-centre nilkamal godrej-interio wakefit sleepwell borosil tupperware kent-ro
    ro-service water-purifier aquaguard housejoy kaamwali kaamwali-bai maid-salary cook-salary watchman gardener ~mali
    jhadu jhaadu pocha phenyl harpic lizol surf-excel persil fairy-liquid domestos dettol scotch-brite garbage-bags
    trash-bags bin-liners kitchen-roll paper-towels aluminium-foil aluminum-foil cling-film dishwasher-tablets
    washing-liquid fabric-softener reinigungskraft haushaltshilfe femme-de-ménage schoonmaker werkster limpieza asistenta
    empleada-de-hogar colf badante pulizie handwerker klempner installateur elektriker électricien plombier loodgieter
    fontanero idraulico elettricista electricista schlüsseldienst schluesseldienst serrurier slotenmaker cerrajero
    tischler schreiner wäscherei waescherei chemische-reinigung blanchisserie laverie wasserette stomerij lavandería
    tintorería lavasecco möbel moebel meubles meubels muebles mobili haushalt huishouden cleaning-lady housekeeper
    housekeeping domestic-help electrical-work carpentry termite fumigation exterminator gutter-cleaning lawn-mowing
    lawn-care landscaping ~gardening snow-removal pool-cleaning hvac ~furnace boiler-service chimney-sweep roofer roofing
    moving-company packers-and-movers packers-movers ~removals storage-unit self-storage public-storage uhaul u-haul
    taskrabbit helpling laundry-detergent dry-cleaners dhobi-wala ironing-charges deep-cleaning sofa-cleaning
    carpet-cleaning`,
  education: `~fees ~fee bookstore bookshop book-shop waterstones novel novels education school school-fees college college-fees university tuition tuition-fees coaching ~course 
    ~class ~classes lesson lessons udemy coursera books book textbook textbooks notebook notebooks stationery stationary
    pens pen exam exam-fee exam-fees   kindle ebook 📚 📖 ✏️ ✏
    jee-mains jee-advanced jee-coaching scotch-tape byjus unacademy vedantu physics-wallah allen-coaching allen-kota
    aakash-institute fiitjee toppr whitehat-jr simplilearn great-learning scaler-academy coding-ninjas testbook duolingo
    chegg skillshare masterclass linkedin-learning edx khan-academy codecademy datacamp pluralsight babbel busuu
    rosetta-stone memrise quizlet course-hero studocu gre gmat toefl ielts neet upsc cat-exam gate-exam psat ap-exam
    a-levels gcse school-trip field-trip school-uniform ~uniform school-bus admission-fee ~admission tutor tutoring
    private-tutor home-tuition coaching-classes kumon mathnasium sylvan-learning wyzant varsity-tutors preply italki
    cambly library-fine ~library pencil pencils crayons eraser sharpener geometry-box school-bag ~calculator ~xerox
    photocopy photocopies sapna-book-house higginbothams barnes-and-noble barnes-&-noble books-a-million half-price-books
    blackwells foyles wh-smith ~thalia hugendubel mayersche casa-del-libro feltrinelli mondadori bertrand-livreiros
    abebooks thriftbooks bookdepository book-depository scholastic audiobook audiobooks schulgeld studiengebühren
    studiengebuehren semesterbeitrag nachhilfe buch bücher schule universität universitaet frais-de-scolarité scolarité
    école schoolgeld collegegeld bijles boeken matrícula ~colegio libros clases-particulares ~academia retta
    tasse-universitarie libri ripetizioni explicações preschool pre-school playschool play-school kindergarten
    nursery-fees montessori summer-camp school-supplies exam-registration course-fee course-fees online-course
    semester-fees hostel-fees`,
  gifts: `beggar alms sponsored sponsorship wrapping-paper greeting-card greeting-cards cards card-factory ferns-n-petals fnp gofundme justgiving moonpig food-bank gifts gift ~present ~presents birthday-gift wedding-gift anniversary-gift donation donations charity donate
    donated church temple mandir gurudwara mosque offering shagun 🎁 💝
    ferns-and-petals amnesty-international igp archies ~hallmark funky-pigeon interflora bloom-and-wild bloom-&-wild
    serenata-flowers ftd teleflora proflowers edible-arrangements fleurop blume2000 blumen fleuriste florist florists
    bloemen bloemist floristería fioraio ~flowers bouquet blumenstrauß geschenk geschenke cadeau cadeaux regalo regalos
    gift-card gift-voucher gift-hamper rakhi raksha-bandhan diwali-gift eidi return-gifts wedding-present secret-santa
    christmas-present christmas-gift xmas-present xmas-gift birthday-present anniversary-present ketto milaap give-india
    unicef red-cross oxfam save-the-children msf médecins-sans-frontières greenpeace wwf cancer-research macmillan-cancer
    british-heart-foundation rnli nspcc barnardos salvation-army habitat-for-humanity st-jude tithe tithing zakat sadaqah
    sadqa dakshina ~prasad hundi gurdwara donativo donación donazione fundraiser fund-raiser charity-donation gift-wrap
    gift-wrapping`,
  insurance: `star-health insurance ~premium premiums insurance-premium health-insurance life-insurance car-insurance bike-insurance
    home-insurance policy lic term-plan geico progressive allstate state-farm aviva
    vitality-health vitality-insurance hdfc-ergo icici-lombard icici-prudential max-life max-bupa niva-bupa care-health
    care-insurance bajaj-allianz tata-aig sbi-life sbi-general hdfc-life digit-insurance go-digit acko policybazaar
    policy-bazaar new-india-assurance national-insurance united-india-insurance oriental-insurance kotak-life manipalcigna
    reliance-general royal-sundaram future-generali pmjjby pmsby liberty-mutual ~nationwide farmers-insurance usaa
    travelers-insurance metlife prudential aflac aetna cigna unitedhealthcare united-healthcare uhc blue-cross bcbs
    blue-shield kaiser-permanente oscar-health lemonade-insurance root-insurance the-hartford mutual-of-omaha
    new-york-life northwestern-mutual john-hancock lincoln-financial direct-line admiral-insurance churchill-insurance
    hastings-direct axa allianz zurich-insurance legal-&-general legal-and-general royal-london bupa axa-health
    lv-insurance comparethemarket compare-the-market go-compare moneysupermarket confused.com ageas esure sheilas-wheels
    petplan trupanion huk huk-coburg ergo-versicherung debeka signal-iduna devk techniker-krankenkasse aok versicherung
    haftpflicht kfz-versicherung krankenversicherung krankenkasse hausratversicherung ~assurance mutuelle maif macif
    matmut groupama maaf harmonie-mutuelle verzekering zorgverzekering centraal-beheer interpolis zilveren-kruis vgz
    menzis ohra nationale-nederlanden unive seguro seguros mapfre mutua-madrileña linea-directa sanitas adeslas asisa
    assicurazione assicurazioni polizza unipolsai reale-mutua fidelidade tranquilidade vhi laya laya-healthcare irish-life
    fbd-insurance ethias ag-insurance uniqa wiener-städtische mediclaim term-insurance term-life whole-life
    travel-insurance pet-insurance renters-insurance contents-insurance buildings-insurance landlord-insurance
    gadget-insurance phone-insurance applecare apple-care extended-warranty ulip endowment annuity insurance-renewal
    policy-renewal`,
  loans: `car-payment car-payments loans loan emi emis loan-emi car-loan home-loan personal-loan education-loan loan-repayment credit-card-bill
    credit-card-payment mortgage
    bajaj-finserv bajaj-finance home-credit tata-capital hdb-financial moneyview kreditbee lazypay zestmoney
    paytm-postpaid amazon-pay-later flipkart-pay-later cred cc-bill card-bill credit-card-dues student-loan student-loans
    navient sallie-mae nelnet fedloan mohela ~sofi lendingclub klarna afterpay clearpay laybuy sezzle paypal-credit slc
    student-loans-company zopa funding-circle mortgage-payment hypothek kreditrate darlehen ratenzahlung prêt-immobilier
    crédit-immobilier hypotheek aflossing hipoteca préstamo mutuo rata-del-mutuo finanziamento prestito empréstimo
    prestação car-finance hire-purchase bnpl buy-now-pay-later payday-loan barclaycard gold-loan muthoot muthoot-finance
    manappuram iifl bike-loan vehicle-loan auto-loan loan-installment loan-instalment ~installment kist kisht no-cost-emi
    emi-payment sbi-card hdfc-credit-card icici-credit-card axis-credit-card amex-bill`,
  pets: `huft chewy cat-litter litter dog-treats treats-for-the-dog kibble vetinary pets pet vet vets veterinary pet-food dog-food cat-food dog-walker ~dog ~dogs ~cat ~cats kennel petco petsmart
    supertails heads-up-for-tails 🐶 🐱 🐕 🐈
    pets-at-home jollyes fressnapf zooplus maxi-zoo das-futterhaus futterhaus tiernahrung hundefutter katzenfutter
    tierarzt tierärztin tieraerztin vétérinaire dierenarts dierenwinkel veterinario tiendanimal kiwoko arcaplanet animalis
    ~pedigree whiskas royal-canin purina drools iams dreamies blue-buffalo barkbox bark-box banfield petcare pet-care
    dog-grooming pet-grooming ~groomer dog-groomer dog-sitter pet-sitter doggy-daycare dog-daycare dog-boarding
    pet-boarding dog-training deworming flea-treatment cat-tree fish-food ~hund ~katze ~chien ~hond pet-shop pet-store
    tierbedarf animalerie dierenspeciaalzaak pet-supplies bird-seed bird-food hamster guinea-pig`,
};
