/**
 * Word lists the invented world is drawn from. States and cities are invented so that a synthetic
 * corpus never repeats a real one; personal names follow real naming customs, including the
 * competing romanisations news outlets use for the same person (Yuri / Yury).
 */

export interface StateSeed {
  name: string;
  demonym: string;
  capital: string;
  /** Where the head of state sits, used as a metonym the way "the Kremlin" is. */
  seat: string;
  culture: Culture;
  cities: string[];
}

export type Culture = "slavic" | "arabic" | "chinese" | "western" | "latin";

export const STATES: StateSeed[] = [
  { name: "Veloria", demonym: "Velorian", capital: "Port Aldane", seat: "Aldane Palace", culture: "western", cities: ["Marren", "Holt Bay", "Essling"] },
  { name: "Karvenia", demonym: "Karvenian", capital: "Drovsk", seat: "Drovsk Citadel", culture: "slavic", cities: ["Belograd", "Ustinka", "Verkhov"] },
  { name: "Marovia", demonym: "Marovian", capital: "Selvik", seat: "Selvik House", culture: "western", cities: ["Tolland", "Harsvik", "Brenna"] },
  { name: "Talvaria", demonym: "Talvarian", capital: "Orsk", seat: "the Grey House", culture: "slavic", cities: ["Zarechny", "Novolesk", "Kamensk"] },
  { name: "Novaria", demonym: "Novarian", capital: "Lindholm", seat: "Lindholm Castle", culture: "western", cities: ["Strand", "Osterby", "Kalmar Ness"] },
  { name: "Drusenia", demonym: "Drusenian", capital: "Kalvo", seat: "Kalvo Palace", culture: "slavic", cities: ["Pravets", "Dolna", "Sremsk"] },
  { name: "Serakhan", demonym: "Serakhani", capital: "Qalat", seat: "Qalat Palace", culture: "arabic", cities: ["Bir Hassan", "Wadi Rum al-Sharq", "Port Jabal"] },
  { name: "Arvenia", demonym: "Arvenian", capital: "Tessaly", seat: "Tessaly Hall", culture: "latin", cities: ["San Corvo", "Vallera", "Puerto Lindo"] },
  { name: "Koradia", demonym: "Koradian", capital: "Vell", seat: "the Vell Chancellery", culture: "western", cities: ["Ostend Vale", "Rimmer", "Ashcombe"] },
  { name: "Quessia", demonym: "Quessian", capital: "Riva", seat: "Riva Palace", culture: "latin", cities: ["Monteluce", "Santa Brisa", "Caldera"] },
  { name: "Pelagonia", demonym: "Pelagonian", capital: "Mirna", seat: "the Mirna Residence", culture: "slavic", cities: ["Ohridsk", "Bitova", "Lesnik"] },
  { name: "Istrava", demonym: "Istravan", capital: "Kolsk", seat: "Kolsk Palace", culture: "slavic", cities: ["Yarovo", "Gorodets", "Svetlo"] },
  { name: "Cardenia", demonym: "Cardenian", capital: "San Velo", seat: "the Casa Velo", culture: "latin", cities: ["Almira", "Puerto Sol", "Ribera"] },
  { name: "Merovia", demonym: "Merovian", capital: "Aubrac", seat: "the Aubrac Palace", culture: "western", cities: ["Sainte-Lune", "Vaudry", "Port Mael"] },
  { name: "Varesh", demonym: "Vareshi", capital: "Khorvan", seat: "Khorvan Palace", culture: "arabic", cities: ["Al-Nour", "Dar Salim", "Qasr Amin"] },
  { name: "Zhenlan", demonym: "Zhenlanese", capital: "Heping", seat: "the Heping Compound", culture: "chinese", cities: ["Nanhai", "Liucheng", "Baoshan"] },
  { name: "Lirania", demonym: "Liranian", capital: "Dalsk", seat: "Dalsk Palace", culture: "slavic", cities: ["Rivne Nova", "Oleshky", "Bereza"] },
  { name: "Nordavia", demonym: "Nordavian", capital: "Fjellby", seat: "Fjellby Castle", culture: "western", cities: ["Havnes", "Storvik", "Tindal"] },
  { name: "Gondara", demonym: "Gondaran", capital: "Abesh", seat: "the Abesh State House", culture: "arabic", cities: ["Port Sabra", "Tel Mara", "Wadi Khalil"] },
  { name: "Suvaria", demonym: "Suvarian", capital: "Rensk", seat: "the Rensk Palace", culture: "slavic", cities: ["Zlatny", "Vodnik", "Krasnoye Pole"] },
  { name: "Erethia", demonym: "Erethian", capital: "Palos", seat: "the Palos Residence", culture: "latin", cities: ["Costa Alba", "Ferrano", "Isola Bruna"] },
  { name: "Tianmar", demonym: "Tianmari", capital: "Donghe", seat: "the Donghe Hall", culture: "chinese", cities: ["Xiaping", "Jinshui", "Longkou"] },
  { name: "Valdoria", demonym: "Valdorian", capital: "Montez", seat: "the Montez Palace", culture: "latin", cities: ["Sierra Baja", "Puerto Nuevo", "Alcora"] },
  { name: "Ostrelia", demonym: "Ostrelian", capital: "Petrin", seat: "Petrin Castle", culture: "western", cities: ["Hradek", "Lomnice", "Bystra"] },
  { name: "Kelmar", demonym: "Kelmari", capital: "Sutra", seat: "the Sutra Palace", culture: "arabic", cities: ["Ras Kelma", "Bayt Nur", "Jazirat Ali"] },
  { name: "Borania", demonym: "Boranian", capital: "Tamsk", seat: "the Tamsk White House", culture: "slavic", cities: ["Ozerny", "Lugovoy", "Stepnoy"] },
  { name: "Altaria", demonym: "Altarian", capital: "Corvo", seat: "the Corvo Palace", culture: "latin", cities: ["Valmonte", "Torre Alta", "Serrana"] },
  { name: "Halvenia", demonym: "Halvenian", capital: "Aster", seat: "Aster House", culture: "western", cities: ["Greyhaven", "Millbrook", "Eastwick"] },
];

export interface NameVariants {
  /** Every romanisation in use; the first is the most common. */
  forms: string[];
}

interface CultureNames {
  male: string[][];
  female: string[][];
  /** Surnames with their variant spellings; slavic ones take "-a" (or "-aya") for women. */
  surnames: string[][];
  /** Chinese names put the family name first. */
  familyFirst?: boolean;
}

export const NAMES: Record<Culture, CultureNames> = {
  slavic: {
    male: [["Yuri", "Yury", "Iouri"], ["Sergei", "Sergey"], ["Alexei", "Alexey", "Aleksei"], ["Dmitry", "Dmitri"], ["Andrei", "Andrey"], ["Nikolai", "Nikolay"], ["Mikhail"], ["Oleg"], ["Igor"], ["Vladislav"], ["Pyotr", "Petr"], ["Fyodor", "Fedor"], ["Vasily", "Vasiliy"], ["Arkady", "Arkadiy"], ["Yevgeny", "Evgeny", "Evgeniy"], ["Grigory", "Grigoriy"], ["Maxim", "Maksim"], ["Anatoly", "Anatoliy"]],
    female: [["Maria", "Mariya"], ["Yelena", "Elena"], ["Natalia", "Natalya"], ["Olga"], ["Tatiana", "Tatyana"], ["Anastasia", "Anastasiya"], ["Irina"], ["Svetlana"], ["Yulia", "Yuliya", "Julia"], ["Ksenia", "Kseniya", "Xenia"]],
    surnames: [["Lavrentyev", "Lavrentiev"], ["Zakharov"], ["Grigoryev", "Grigoriev"], ["Yakovlev", "Iakovlev"], ["Sokolov"], ["Belyaev", "Beliaev"], ["Vasilyev", "Vasiliev"], ["Orlov"], ["Morozov"], ["Kuznetsov"], ["Yermakov", "Ermakov"], ["Fyodorov", "Fedorov"], ["Solovyov", "Soloviev"], ["Zaitsev", "Zaytsev"], ["Polyakov", "Poliakov"], ["Karpov"], ["Vorontsov"], ["Gusev"], ["Tikhonov"], ["Kiselyov", "Kiselev"], ["Nikitin"], ["Sharapov"], ["Dyachenko", "Diachenko"], ["Rudenko"], ["Kovalenko"], ["Tkachenko"], ["Melnyk", "Melnik"], ["Shevchuk"], ["Bondarenko"], ["Savchenko"]],
  },
  arabic: {
    male: [["Mohammed", "Muhammad", "Mohamed"], ["Ahmed", "Ahmad"], ["Khaled", "Khalid"], ["Youssef", "Yusuf"], ["Omar"], ["Hassan", "Hasan"], ["Karim", "Kareem"], ["Tariq", "Tarek"], ["Said", "Saeed"], ["Walid"], ["Hisham"], ["Faisal", "Faysal"]],
    female: [["Layla", "Leila"], ["Fatima", "Fatema"], ["Nadia"], ["Rania"], ["Huda", "Hoda"], ["Samira", "Sameera"], ["Amal"]],
    surnames: [["al-Rashid", "Al Rashid", "al-Rasheed"], ["Haddad"], ["Mansour", "Mansur"], ["al-Amin", "Al-Amin"], ["Nasser", "Nasir"], ["Khoury", "Khouri"], ["Qassem", "Kassem"], ["al-Hashimi", "al-Hashemi"], ["Saleh", "Salih"], ["Darwish"], ["Barakat"], ["al-Tamimi"], ["Azzam"], ["Hamdan"], ["Suleiman", "Sulaiman"], ["Jaber", "Jabir"]],
  },
  chinese: {
    male: [["Lijun"], ["Wei"], ["Jianguo"], ["Xiaoming"], ["Zhiqiang"], ["Haitao"], ["Guoqing"], ["Yong"]],
    female: [["Hong"], ["Yuting"], ["Xiulan"], ["Meiling"], ["Jing"], ["Lan"]],
    surnames: [["Zhao"], ["Chen"], ["Liu"], ["Huang"], ["Zhou"], ["Sun"], ["Ma"], ["Guo"], ["He"], ["Lin"], ["Xu"], ["Gao"], ["Tang"], ["Feng"]],
    familyFirst: true,
  },
  western: {
    male: [["James"], ["Robert"], ["Thomas"], ["Michael"], ["Daniel"], ["Peter"], ["Stefan", "Stephan"], ["Jan"], ["Henrik", "Henrick"], ["Mark", "Marc"], ["Lukas", "Lucas"], ["Erik", "Eric"], ["Johan", "Johann"], ["Oliver"]],
    female: [["Catherine", "Katherine", "Kathryn"], ["Anna"], ["Sarah", "Sara"], ["Laura"], ["Elisabeth", "Elizabeth"], ["Ingrid"], ["Helena", "Helene"], ["Claire", "Clare"], ["Margit", "Margaret"]],
    surnames: [["Müller", "Mueller"], ["Schröder", "Schroeder"], ["Novak"], ["Dubois"], ["Lindqvist", "Lindquist"], ["Harrington"], ["Whitaker"], ["Brennan"], ["Okafor"], ["Moreau"], ["van der Berg", "Van den Berg"], ["Kowalczyk"], ["Jansen", "Janssen"], ["Halvorsen", "Halvorson"], ["Ashford"], ["Keller"], ["Sorensen", "Sørensen"], ["Fischer"], ["Blackwood"], ["Lindgren"]],
  },
  latin: {
    male: [["José", "Jose"], ["Carlos"], ["Luis", "Luiz"], ["Andrés", "Andres"], ["Miguel"], ["Javier", "Xavier"], ["Rafael"], ["Sergio"], ["Tomás", "Tomas"], ["Joaquín", "Joaquin"]],
    female: [["María", "Maria"], ["Lucía", "Lucia"], ["Carmen"], ["Isabel"], ["Sofía", "Sofia"], ["Elena"], ["Beatriz"]],
    surnames: [["Castellano"], ["Ferreira"], ["Gutiérrez", "Gutierrez"], ["Morales"], ["Ibáñez", "Ibanez"], ["Ortega"], ["Salazar"], ["Navarro"], ["Domínguez", "Dominguez"], ["Herrera"], ["Vidal"], ["Peña", "Pena"], ["Quiroga"], ["Arriaga"]],
  },
};

/** The offices whose holders speak for a state, most quoted first. */
/** Extra surname material, combined when a world needs more distinct people than the lists hold. */
export const SURNAME_PARTS: Record<Culture, { stems: string[]; endings: string[][] }> = {
  slavic: { stems: ["Bel", "Dorof", "Gerasim", "Kalin", "Kozl", "Lebed", "Makar", "Naum", "Pankrat", "Rozhk", "Semyon", "Taras", "Ushak", "Vlas", "Zhuk", "Antip", "Bulgak", "Denis", "Efim", "Frol"], endings: [["ov"], ["in"], ["enko"], ["sky", "skiy", "ski"]] },
  arabic: { stems: ["Masri", "Shami", "Obeidi", "Zahrani", "Qahtani", "Dulaimi", "Jubouri", "Kubaisi", "Harbi", "Otaibi", "Shammari", "Anbari", "Hakim", "Sabbagh", "Najjar", "Khatib", "Attar", "Bitar", "Sayegh", "Halabi", "Husseini", "Jaziri", "Mahdi", "Sharif", "Zubaidi", "Rifai", "Nuaimi", "Ghamdi", "Dosari", "Karmi", "Tamari", "Masoud", "Hourani", "Jabri"], endings: [["al-", "Al ", "el-"]] },
  chinese: { stems: ["Wu", "Yang", "Deng", "Cao", "Peng", "Jiang", "Shen", "Han", "Lu", "Fang", "Song", "Wang", "Li", "Zhang", "Ye", "Pan", "Du", "Yuan"], endings: [[""]] },
  western: { stems: ["Ash", "Black", "Brook", "Har", "Lind", "Whit", "Stan", "Wood", "Hal", "Mar", "Ros", "Berg", "Carl", "Eck", "Fair", "Thorn"], endings: [["ford"], ["wood"], ["ton"], ["field"], ["ley"], ["mann", "man"], ["gren"], ["strom", "ström"], ["quist", "qvist"]] },
  latin: { stems: ["Fernánd", "Hernánd", "Ramír", "Sánch", "Álvar", "Márqu", "Velázqu", "Benít", "Gimén"], endings: [["ez"]] },
};

export const OFFICES = [
  { key: "president", title: "President", role: "president", body: "presidency" },
  { key: "pm", title: "Prime Minister", role: "prime minister", body: "government" },
  { key: "fm", title: "Foreign Minister", role: "foreign minister", body: "foreign ministry" },
  { key: "dm", title: "Defence Minister", role: "defence minister", body: "defence ministry" },
  { key: "em", title: "Energy Minister", role: "energy minister", body: "government" },
  { key: "fmspox", title: "Foreign Ministry spokesperson", role: "foreign ministry spokesperson", body: "foreign ministry" },
  { key: "prespox", title: "presidential spokesperson", role: "presidential spokesperson", body: "presidency" },
  { key: "aide", title: "presidential aide", role: "aide to the president", body: "presidency" },
  { key: "cgs", title: "Chief of the General Staff", role: "army chief", body: "defence ministry" },
  { key: "opp", title: "opposition leader", role: "opposition leader", body: "parliament" },
] as const;
export type OfficeKey = (typeof OFFICES)[number]["key"];

/** International bodies that speak in stories between states. */
export const INTERNATIONAL_BODIES = [
  { name: "Northern Alliance", aliases: ["the Northern Alliance", "the alliance"], short: "the alliance" },
  { name: "Council of Coastal States", aliases: ["the Council of Coastal States", "the coastal council", "CCS"], short: "the council" },
  { name: "Grain Corridor Monitoring Mission", aliases: ["the Grain Corridor Monitoring Mission", "the monitoring mission", "GCMM"], short: "the mission" },
  { name: "International Relief Committee", aliases: ["the International Relief Committee", "IRC"], short: "the committee" },
  { name: "Continental Energy Charter Secretariat", aliases: ["the Energy Charter Secretariat", "the charter secretariat"], short: "the secretariat" },
  { name: "Commission on Maritime Trade", aliases: ["the Commission on Maritime Trade", "the maritime commission"], short: "the commission" },
];

export const THINK_TANK_PATTERNS = ["Institute for Strategic Studies", "Centre for Security Policy", "Foundation for Regional Dialogue", "Institute of World Economy", "Centre for Eastern Affairs"];

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Parts of outlet names. */
export const OUTLET_WORDS = {
  newspaper: ["Times", "Herald", "Tribune", "Gazette", "Courier", "Daily", "Post", "Chronicle", "Observer", "Journal", "Standard", "Telegraph", "Mirror", "Independent", "Review"],
  newspaperPrefix: ["Morning", "Evening", "Weekly", "National", "Daily"],
  broadcaster: ["Radio", "Television", "TV", "24", "News Channel", "Broadcasting", "World Service"],
  aggregator: ["NewsFlow", "Headline Hub", "NewsNow", "Daily Digest", "WorldWire Digest", "Newsline", "PressScan", "Top Stories", "Briefly", "NewsDesk Online", "The Feed", "Global Monitor"],
  blogNoun: ["Analyst", "Watcher", "Notebook", "Dispatch", "Ledger", "Outpost", "Compass", "Signal", "Lens", "Sentinel", "Review", "Letter"],
  blogAdj: ["Quiet", "Sceptical", "Independent", "Eastern", "Northern", "Contrarian", "Unfiltered", "Patient", "Critical", "Frontier"],
};
