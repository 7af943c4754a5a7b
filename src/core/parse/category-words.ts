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
    ~weekly-shop ~big-shop ~food-shop ~grocery-run 🛒 🥦 🥕 🍎 🍌 🥛 🥚 🍞`,
  food: `essen mittagessen abendessen déjeuner dîner resto eten lunchen comida cena pranzo almuerzo bakery bäckerei boulangerie bakkerij panadería buritto pierogi dim-sum dimsum falafel poutine fondue nasi-goreng nasi-lemak churrasco döner doner donner tapas menu-del-dia lángos langos zapiekanka jollibee hotdog hot-dog hotdogs fish-and-chips fish-n-chips chippy chicken-rice hawker meal-deal maccies dishoom saravana-bhavan curry-house dumplings gyoza bao banh-mi pad-thai paella bagel bagels schnitzel currywurst bratwurst pierogis empanadas arepas nachos quesadilla wings steak brunch-spot pub-lunch carvery sunday-roast roast-dinner bistro diner trattoria pizzeria food lunch dinner breakfast brunch supper meal meals restaurant restaurants resturant restraunt ~dining ~dine dining-out
    eating-out ~eat-out takeout take-out takeaway take-away takeaways ~delivery food-delivery tiffin thali biryani biriyani
    pizza pizzas burger burgers dosa idli paratha parotta momos noodles pasta sushi ramen pho tacos taco burrito kebab
    kebabs shawarma sandwich sandwiches ~sub ~subs salad ~curry ~roll ~rolls ~wrap wraps fries ~chinese ~indian ~thai ~mexican
    ~italian bbq dhaba ~canteen ~mess cafeteria buffet swiggy zomato eatsure dominos domino's mcdonalds mcdonald's mcd
    kfc burger-king ~subway pizza-hut haldirams haldiram's barbeque-nation faasos behrouz ~box8 uber-eats ubereats doordash
    grubhub postmates ~seamless chipotle panera chick-fil-a taco-bell wendys shake-shack five-guys in-n-out deliveroo
    just-eat justeat nandos nando's wagamama pizza-express ~leon ~wasabi itsu yo-sushi thuisbezorgd lieferando glovo wolt
    foodpanda talabat ~order ~dinner-out 🍕 🍔 🍟 🌮 🌯 🍜 🍝 🍣 🍱 🍛 🥗 🥪 🍽 🍽️ 🥘 🍲`,
  coffee: `kaffee koffie caffè caffe fika coffee coffees cafe café cafes latte lattes cappuccino espresso americano flat-white mocha frappe cold-coffee
    starbucks costa costa-coffee pret pret-a-manger caffe-nero nero dunkin dunkin' dunkin-donuts tim-hortons peets
    blue-bottle blue-tokai third-wave ccd cafe-coffee-day barista chaayos-coffee tchibo ☕`,
  tea: `cuppa teh-tarik tea teas chai chaay cutting-chai green-tea chaayos chai-point 🍵`,
  snacks: `eis glace helado gum chewing-gum gumball trdelník trdelnik baklava bhutta corn mars-bar chocolate-bar candy-bar kitkat snickers churros pretzel pretzels waffle waffles crepe crepes snacks snack chips crisps biscuits biscuit cookies cookie sweets ~sweet mithai chocolate chocolates candy toffee
    ice-cream icecream gelato samosa samosas vada-pav pani-puri golgappa bhel chaat pakora pakoras namkeen popcorn
    donut donuts doughnut pastry pastries cake muffin ~croissant ~juice smoothie ~soda ~coke ~pepsi cold-drink greggs
    krispy-kreme baskin-robbins 🍦 🍩 🍪 🍫 🍰 🧁 🥤 🍿`,
  drinks: `bier bière cerveza birra vino wein vin total-wine bevmo cava g&t gin-and-tonic caipirinha caipirinhas aperitivo aperol spritz prosecco prosseco glühwein gluhwein mulled-wine red-wine white-wine bottle-of-wine bottles-of-red bottles-of-wine brewdog sangria sake soju margarita margaritas mojito mojitos shots drinks drink beer beers wine wines pub pubs ~bar ~bars cocktail cocktails liquor alcohol booze whisky whiskey vodka
    rum gin pint pints brewery 🍺 🍻 🍷 🍸 🍹 🥂`,
  transport: `u-bahn s-bahn métro ov ov-chipkaart tow tow-truck towing subway-card subway-ride subway-fare bvg gvb luas leap-card navigo deutschlandticket e-zpass ezpass cabify grab gojek octopus-card ov-chipkaart ratp mvg car-repair car-repairs bike-repair bike-repairs car-service transport transportation cab cabs taxi taxis auto autos autorickshaw auto-rickshaw rickshaw tuk-tuk
    metro subway-fare train trains bus buses bus-fare local-train train-fare tube underground tram trams commute commuting parking toll
    tolls fastag ~ride ride-share rideshare carpool bike-taxi scooter-service bike-service car-service car-wash ~servicing
    ~service puncture tyre tyres tire tires oil-change uber ola ola-cabs rapido lyft ~bolt freenow free-now blablacar
    namma-yatri bluesmart meru oyster tfl oyster-card mta metrocard clipper septa bart ventra ~car ~bike ~scooter ~vehicle
    ~mechanic 🚕 🚖 🚌 🚇 🚆 🛺 🚗 🚲 🛵`,
  fuel: `tanken benzin essence carburant gasolina benzina sprit repsol fuel petrol petorl petrl diesel ~gas gasoline cng lpg-car ev-charging ~charging petrol-pump gas-station fill-up filled-up fill-up-the-tank pump
    fillup ~tank indian-oil iocl hp-petrol bharat-petroleum bpcl shell bp ~esso texaco chevron exxon ~mobil ~sunoco ~arco
    totalenergies aral ⛽`,
  travel: `national-express megabus coach ice db-ice ryokan villa riad guesthouse guest-house b&b bnb premier-inn travelodge lner aer-lingus vueling redbus visa-on-arrival visa-fee train-to train-from train-ticket train-tickets trian-ticket travel trip trips flight flights airfare ferry air-ticket ~plane hotel hotels hostel motel resort ~stay airbnb ~booking
    booking.com oyo makemytrip goibibo cleartrip yatra ixigo irctc train-ticket train-tickets indigo air-india vistara
    spicejet akasa ryanair easyjet british-airways jet2 lufthansa klm air-france delta united american-airlines southwest
    jetblue expedia trainline eurostar amtrak greyhound flixbus deutsche-bahn sncf renfe trenitalia passport
    luggage baggage holiday vacation ✈️ ✈ 🏨`,
  rent: `miete loyer huur alquiler affitto ~deposit ~flat security-deposit rent rents house-rent room-rent flat-rent apartment-rent pg pg-rent hostel-rent landlord ~lease monthly-rent`,
  bills: `strom handy handyvertrag électricité stroom luz top-up mobile-top-up energy british-gas octopus-energy con-edison coned pg&e bescom tata-power adani-electricity msedcl thames-water e.on edf ovo duke-energy ~bills ~bill utilities utility electricity electric electricity-bill ~power power-bill eb-bill light-bill ~water
    water-bill gas-bill internet broadband wifi wi-fi fiber fibre phone-bill mobile-bill ~mobile recharge recharges
    mobile-recharge phone-recharge prepaid postpaid data-pack dth tata-play dish-tv ~cylinder gas-cylinder lpg
    recharged maintenance society-maintenance council-tax tv-licence jio airtel vi vodafone-idea bsnl act-fibernet hathway verizon
    at&t att t-mobile tmobile sprint comcast xfinity spectrum cox ee o2 vodafone giffgaff bt virgin-media ~sky
    telekom orange sfr bouygues free-mobile kpn ziggo movistar tim eir 💡 📱`,
  health: `arzt médecin apotheek huisarts médico farmacy pt personal-trainer physio-session prescription prescriptions paracetamol ibuprofen plasters vitamins supplements cult.fit cultfit puregym pure-gym the-gym gym-fee physio-session health medicine medicines meds medical medication pharmacy chemist drugstore doctor doctors dentist dental
    clinic hospital checkup check-up consultation ~lab ~test ~tests blood-test scan x-ray physio physiotherapy therapy
    therapist optician ~glasses lenses vaccine vaccination gym gym-membership yoga fitness pilates crossfit protein
    apollo apollo-pharmacy pharmeasy 1mg netmeds medplus practo cult cult-fit cultfit cvs walgreens rite-aid boots
    superdrug lloyds-pharmacy apotheke pharmacie farmacia 💊 🏥 🦷`,
  entertainment: `~ticket ~tickets football match comedy comedy-night standup stand-up gig-tickets now-tv theme-park universal-studios disneyland entertainment movie movies ~film ~films cinema cinemas ~theatre ~theater ~show ~shows concert concerts gig
    gigs ~event ~events museum museums zoo amusement-park bowling ~games ~game gaming arcade streaming
    ~subscription netflix prime-video amazon-prime hotstar ~disney disney+ disney-plus jiocinema sonyliv zee5
    spotify apple-music youtube-premium ~youtube hulu hbo hbo-max peacock paramount paramount+ audible kindle-unlimited
    bookmyshow pvr inox cineworld odeon vue amc regal ticketmaster steam playstation xbox nintendo 🎬 🎮 🎟 🎟️ 🎵 🎤`,
  shopping: `kleidung vêtements kleding ropa ikea coat winter-coat boots tk-maxx bol.com jd-sports nike adidas jumper sweater macbook iphone ipad airpods telly fridge washing-machine costume costumes phone-case phone-cases shopping clothes clothing shirt shirts tshirt t-shirt tshirts jeans trousers pants dress dresses kurta saree
    shoes shoe sneakers trainers boots jacket hoodie socks ~bag ~bags wallet ~watch electronics gadget gadgets ~phone laptop tv television
    headphones earphones earbuds ~charger ~cable ~mouse ~keyboard accessories jewellery jewelry sunglasses amazon flipkart
    myntra ajio meesho nykaa tata-cliq croma reliance-digital decathlon lifestyle westside pantaloons max-fashion zudio
    ~target best-buy bestbuy macys macy's kohls nordstrom tj-maxx old-navy gap ebay etsy shein temu argos primark
    john-lewis asos currys very zalando h&m zara uniqlo mango ikea-purchase mediamarkt saturn fnac el-corte-ingles
    online-order ~purchase ~order-online 🛍 🛍️ 👕 👟 👗`,
  'personal care': `parrucchiere nail toni-&-guy toni-and-guy dm dm-drogerie friseur kapper coiffeur peluqueria peluquería hairdresser hairdressers nails nail-salon great-clips supercuts rossmann personal-care haircut hair-cut ~hair salon salons barber barbers parlour parlor beauty-parlour
    spa massage facial waxing manicure pedicure grooming cosmetics makeup make-up skincare skin-care shampoo toiletries
    perfume deodorant razor trim threading urbanclap sephora ulta lush 💇 💈 💅`,
  household: `screwfix putzfrau reinigung paint can-of-paint washing-up-liquid sponges decorator ac-guy bin-bags couch roof boiler lightbulbs light-bulbs launderette laundrette laundromat istri istri-wala ac-service ac-servicing ac-repair washing-powder bin-bags toilet-paper household ~home house-stuff cleaning cleaning-supplies detergent laundry dry-cleaning dry-cleaner ironing
    maid ~cook househelp house-help ~helper nanny babysitter plumber electrician locksmith cleaner window-cleaner dhobi ironed carpenter painter handyman repair repairs
    pest-control furniture sofa mattress curtains bedsheets utensils ~kitchen appliance appliances bulb bulbs hardware
    home-depot lowes b&q wilko homebase dunelm pepperfry urban-ladder 🧹 🧺 🛋 🛋️`,
  education: `bookstore bookshop book-shop waterstones novel novels education school school-fees college college-fees university tuition tuition-fees coaching ~course courses
    ~class ~classes lesson lessons udemy coursera books book textbook textbooks notebook notebooks stationery stationary
    pens pen exam exam-fee exam-fees ~fees ~fee kindle ebook 📚 📖 ✏️ ✏`,
  gifts: `beggar alms sponsored sponsorship wrapping-paper greeting-card greeting-cards cards card-factory ferns-n-petals fnp gofundme justgiving moonpig food-bank gifts gift ~present ~presents birthday-gift wedding-gift anniversary-gift donation donations charity donate
    donated church temple mandir gurudwara mosque offering shagun 🎁 💝`,
  insurance: `star-health insurance ~premium premiums insurance-premium health-insurance life-insurance car-insurance bike-insurance
    home-insurance policy lic term-plan geico progressive allstate state-farm aviva`,
  loans: `loans loan emi emis loan-emi car-loan home-loan personal-loan education-loan loan-repayment credit-card-bill
    credit-card-payment mortgage`,
  pets: `huft chewy cat-litter litter dog-treats treats-for-the-dog kibble vetinary pets pet vet vets veterinary pet-food dog-food cat-food dog-walker ~dog ~dogs ~cat ~cats kennel petco petsmart
    supertails heads-up-for-tails 🐶 🐱 🐕 🐈`,
};
