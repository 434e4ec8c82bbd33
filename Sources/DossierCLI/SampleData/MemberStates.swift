/// The 193 Member States of the United Nations, in the order of the official list: UNTERM short name,
/// ISO 3166-1 alpha-3 code, and region and sub-region of the UN Statistics Division's M49 standard
/// (Sub-Saharan Africa and Latin America and the Caribbean are M49 sub-regions; their intermediate
/// regions are not used). Reference data for `dossier sample-data`; everything else it writes is invented.
struct UNMemberState: Sendable {
    /// UNTERM short name, as used in running text ("Bolivia (Plurinational State of)").
    let shortName: String
    let iso3: String
    let region: M49Region
    let subregion: String
}

/// The five M49 regions.
enum M49Region: String, CaseIterable, Sendable {
    case africa = "Africa"
    case americas = "Americas"
    case asia = "Asia"
    case europe = "Europe"
    case oceania = "Oceania"

    /// File-name slug: `pack-africa.json`.
    var slug: String { rawValue.lowercased() }
}

extension UNMemberState {
    // M49 sub-region names.
    private static let northernAfrica = "Northern Africa"
    private static let subSaharanAfrica = "Sub-Saharan Africa"
    private static let latinAmerica = "Latin America and the Caribbean"
    private static let northernAmerica = "Northern America"
    private static let centralAsia = "Central Asia"
    private static let easternAsia = "Eastern Asia"
    private static let southEasternAsia = "South-eastern Asia"
    private static let southernAsia = "Southern Asia"
    private static let westernAsia = "Western Asia"
    private static let easternEurope = "Eastern Europe"
    private static let northernEurope = "Northern Europe"
    private static let southernEurope = "Southern Europe"
    private static let westernEurope = "Western Europe"
    private static let australiaNZ = "Australia and New Zealand"
    private static let melanesia = "Melanesia"
    private static let micronesia = "Micronesia"
    private static let polynesia = "Polynesia"

    private static func s(_ name: String, _ iso3: String, _ region: M49Region, _ subregion: String) -> UNMemberState {
        UNMemberState(shortName: name, iso3: iso3, region: region, subregion: subregion)
    }

    /// All 193, in the order of the UN list of Member States.
    static let all: [UNMemberState] = [
        s("Afghanistan", "AFG", .asia, southernAsia),
        s("Albania", "ALB", .europe, southernEurope),
        s("Algeria", "DZA", .africa, northernAfrica),
        s("Andorra", "AND", .europe, southernEurope),
        s("Angola", "AGO", .africa, subSaharanAfrica),
        s("Antigua and Barbuda", "ATG", .americas, latinAmerica),
        s("Argentina", "ARG", .americas, latinAmerica),
        s("Armenia", "ARM", .asia, westernAsia),
        s("Australia", "AUS", .oceania, australiaNZ),
        s("Austria", "AUT", .europe, westernEurope),
        s("Azerbaijan", "AZE", .asia, westernAsia),
        s("Bahamas", "BHS", .americas, latinAmerica),
        s("Bahrain", "BHR", .asia, westernAsia),
        s("Bangladesh", "BGD", .asia, southernAsia),
        s("Barbados", "BRB", .americas, latinAmerica),
        s("Belarus", "BLR", .europe, easternEurope),
        s("Belgium", "BEL", .europe, westernEurope),
        s("Belize", "BLZ", .americas, latinAmerica),
        s("Benin", "BEN", .africa, subSaharanAfrica),
        s("Bhutan", "BTN", .asia, southernAsia),
        s("Bolivia (Plurinational State of)", "BOL", .americas, latinAmerica),
        s("Bosnia and Herzegovina", "BIH", .europe, southernEurope),
        s("Botswana", "BWA", .africa, subSaharanAfrica),
        s("Brazil", "BRA", .americas, latinAmerica),
        s("Brunei Darussalam", "BRN", .asia, southEasternAsia),
        s("Bulgaria", "BGR", .europe, easternEurope),
        s("Burkina Faso", "BFA", .africa, subSaharanAfrica),
        s("Burundi", "BDI", .africa, subSaharanAfrica),
        s("Cabo Verde", "CPV", .africa, subSaharanAfrica),
        s("Cambodia", "KHM", .asia, southEasternAsia),
        s("Cameroon", "CMR", .africa, subSaharanAfrica),
        s("Canada", "CAN", .americas, northernAmerica),
        s("Central African Republic", "CAF", .africa, subSaharanAfrica),
        s("Chad", "TCD", .africa, subSaharanAfrica),
        s("Chile", "CHL", .americas, latinAmerica),
        s("China", "CHN", .asia, easternAsia),
        s("Colombia", "COL", .americas, latinAmerica),
        s("Comoros", "COM", .africa, subSaharanAfrica),
        s("Congo", "COG", .africa, subSaharanAfrica),
        s("Costa Rica", "CRI", .americas, latinAmerica),
        s("Côte d'Ivoire", "CIV", .africa, subSaharanAfrica),
        s("Croatia", "HRV", .europe, southernEurope),
        s("Cuba", "CUB", .americas, latinAmerica),
        s("Cyprus", "CYP", .asia, westernAsia),
        s("Czechia", "CZE", .europe, easternEurope),
        s("Democratic People's Republic of Korea", "PRK", .asia, easternAsia),
        s("Democratic Republic of the Congo", "COD", .africa, subSaharanAfrica),
        s("Denmark", "DNK", .europe, northernEurope),
        s("Djibouti", "DJI", .africa, subSaharanAfrica),
        s("Dominica", "DMA", .americas, latinAmerica),
        s("Dominican Republic", "DOM", .americas, latinAmerica),
        s("Ecuador", "ECU", .americas, latinAmerica),
        s("Egypt", "EGY", .africa, northernAfrica),
        s("El Salvador", "SLV", .americas, latinAmerica),
        s("Equatorial Guinea", "GNQ", .africa, subSaharanAfrica),
        s("Eritrea", "ERI", .africa, subSaharanAfrica),
        s("Estonia", "EST", .europe, northernEurope),
        s("Eswatini", "SWZ", .africa, subSaharanAfrica),
        s("Ethiopia", "ETH", .africa, subSaharanAfrica),
        s("Fiji", "FJI", .oceania, melanesia),
        s("Finland", "FIN", .europe, northernEurope),
        s("France", "FRA", .europe, westernEurope),
        s("Gabon", "GAB", .africa, subSaharanAfrica),
        s("Gambia", "GMB", .africa, subSaharanAfrica),
        s("Georgia", "GEO", .asia, westernAsia),
        s("Germany", "DEU", .europe, westernEurope),
        s("Ghana", "GHA", .africa, subSaharanAfrica),
        s("Greece", "GRC", .europe, southernEurope),
        s("Grenada", "GRD", .americas, latinAmerica),
        s("Guatemala", "GTM", .americas, latinAmerica),
        s("Guinea", "GIN", .africa, subSaharanAfrica),
        s("Guinea-Bissau", "GNB", .africa, subSaharanAfrica),
        s("Guyana", "GUY", .americas, latinAmerica),
        s("Haiti", "HTI", .americas, latinAmerica),
        s("Honduras", "HND", .americas, latinAmerica),
        s("Hungary", "HUN", .europe, easternEurope),
        s("Iceland", "ISL", .europe, northernEurope),
        s("India", "IND", .asia, southernAsia),
        s("Indonesia", "IDN", .asia, southEasternAsia),
        s("Iran (Islamic Republic of)", "IRN", .asia, southernAsia),
        s("Iraq", "IRQ", .asia, westernAsia),
        s("Ireland", "IRL", .europe, northernEurope),
        s("Israel", "ISR", .asia, westernAsia),
        s("Italy", "ITA", .europe, southernEurope),
        s("Jamaica", "JAM", .americas, latinAmerica),
        s("Japan", "JPN", .asia, easternAsia),
        s("Jordan", "JOR", .asia, westernAsia),
        s("Kazakhstan", "KAZ", .asia, centralAsia),
        s("Kenya", "KEN", .africa, subSaharanAfrica),
        s("Kiribati", "KIR", .oceania, micronesia),
        s("Kuwait", "KWT", .asia, westernAsia),
        s("Kyrgyzstan", "KGZ", .asia, centralAsia),
        s("Lao People's Democratic Republic", "LAO", .asia, southEasternAsia),
        s("Latvia", "LVA", .europe, northernEurope),
        s("Lebanon", "LBN", .asia, westernAsia),
        s("Lesotho", "LSO", .africa, subSaharanAfrica),
        s("Liberia", "LBR", .africa, subSaharanAfrica),
        s("Libya", "LBY", .africa, northernAfrica),
        s("Liechtenstein", "LIE", .europe, westernEurope),
        s("Lithuania", "LTU", .europe, northernEurope),
        s("Luxembourg", "LUX", .europe, westernEurope),
        s("Madagascar", "MDG", .africa, subSaharanAfrica),
        s("Malawi", "MWI", .africa, subSaharanAfrica),
        s("Malaysia", "MYS", .asia, southEasternAsia),
        s("Maldives", "MDV", .asia, southernAsia),
        s("Mali", "MLI", .africa, subSaharanAfrica),
        s("Malta", "MLT", .europe, southernEurope),
        s("Marshall Islands", "MHL", .oceania, micronesia),
        s("Mauritania", "MRT", .africa, subSaharanAfrica),
        s("Mauritius", "MUS", .africa, subSaharanAfrica),
        s("Mexico", "MEX", .americas, latinAmerica),
        s("Micronesia (Federated States of)", "FSM", .oceania, micronesia),
        s("Monaco", "MCO", .europe, westernEurope),
        s("Mongolia", "MNG", .asia, easternAsia),
        s("Montenegro", "MNE", .europe, southernEurope),
        s("Morocco", "MAR", .africa, northernAfrica),
        s("Mozambique", "MOZ", .africa, subSaharanAfrica),
        s("Myanmar", "MMR", .asia, southEasternAsia),
        s("Namibia", "NAM", .africa, subSaharanAfrica),
        s("Nauru", "NRU", .oceania, micronesia),
        s("Nepal", "NPL", .asia, southernAsia),
        s("Netherlands (Kingdom of the)", "NLD", .europe, westernEurope),
        s("New Zealand", "NZL", .oceania, australiaNZ),
        s("Nicaragua", "NIC", .americas, latinAmerica),
        s("Niger", "NER", .africa, subSaharanAfrica),
        s("Nigeria", "NGA", .africa, subSaharanAfrica),
        s("North Macedonia", "MKD", .europe, southernEurope),
        s("Norway", "NOR", .europe, northernEurope),
        s("Oman", "OMN", .asia, westernAsia),
        s("Pakistan", "PAK", .asia, southernAsia),
        s("Palau", "PLW", .oceania, micronesia),
        s("Panama", "PAN", .americas, latinAmerica),
        s("Papua New Guinea", "PNG", .oceania, melanesia),
        s("Paraguay", "PRY", .americas, latinAmerica),
        s("Peru", "PER", .americas, latinAmerica),
        s("Philippines", "PHL", .asia, southEasternAsia),
        s("Poland", "POL", .europe, easternEurope),
        s("Portugal", "PRT", .europe, southernEurope),
        s("Qatar", "QAT", .asia, westernAsia),
        s("Republic of Korea", "KOR", .asia, easternAsia),
        s("Republic of Moldova", "MDA", .europe, easternEurope),
        s("Romania", "ROU", .europe, easternEurope),
        s("Russian Federation", "RUS", .europe, easternEurope),
        s("Rwanda", "RWA", .africa, subSaharanAfrica),
        s("Saint Kitts and Nevis", "KNA", .americas, latinAmerica),
        s("Saint Lucia", "LCA", .americas, latinAmerica),
        s("Saint Vincent and the Grenadines", "VCT", .americas, latinAmerica),
        s("Samoa", "WSM", .oceania, polynesia),
        s("San Marino", "SMR", .europe, southernEurope),
        s("Sao Tome and Principe", "STP", .africa, subSaharanAfrica),
        s("Saudi Arabia", "SAU", .asia, westernAsia),
        s("Senegal", "SEN", .africa, subSaharanAfrica),
        s("Serbia", "SRB", .europe, southernEurope),
        s("Seychelles", "SYC", .africa, subSaharanAfrica),
        s("Sierra Leone", "SLE", .africa, subSaharanAfrica),
        s("Singapore", "SGP", .asia, southEasternAsia),
        s("Slovakia", "SVK", .europe, easternEurope),
        s("Slovenia", "SVN", .europe, southernEurope),
        s("Solomon Islands", "SLB", .oceania, melanesia),
        s("Somalia", "SOM", .africa, subSaharanAfrica),
        s("South Africa", "ZAF", .africa, subSaharanAfrica),
        s("South Sudan", "SSD", .africa, subSaharanAfrica),
        s("Spain", "ESP", .europe, southernEurope),
        s("Sri Lanka", "LKA", .asia, southernAsia),
        s("Sudan", "SDN", .africa, northernAfrica),
        s("Suriname", "SUR", .americas, latinAmerica),
        s("Sweden", "SWE", .europe, northernEurope),
        s("Switzerland", "CHE", .europe, westernEurope),
        s("Syrian Arab Republic", "SYR", .asia, westernAsia),
        s("Tajikistan", "TJK", .asia, centralAsia),
        s("Thailand", "THA", .asia, southEasternAsia),
        s("Timor-Leste", "TLS", .asia, southEasternAsia),
        s("Togo", "TGO", .africa, subSaharanAfrica),
        s("Tonga", "TON", .oceania, polynesia),
        s("Trinidad and Tobago", "TTO", .americas, latinAmerica),
        s("Tunisia", "TUN", .africa, northernAfrica),
        s("Türkiye", "TUR", .asia, westernAsia),
        s("Turkmenistan", "TKM", .asia, centralAsia),
        s("Tuvalu", "TUV", .oceania, polynesia),
        s("Uganda", "UGA", .africa, subSaharanAfrica),
        s("Ukraine", "UKR", .europe, easternEurope),
        s("United Arab Emirates", "ARE", .asia, westernAsia),
        s("United Kingdom of Great Britain and Northern Ireland", "GBR", .europe, northernEurope),
        s("United Republic of Tanzania", "TZA", .africa, subSaharanAfrica),
        s("United States of America", "USA", .americas, northernAmerica),
        s("Uruguay", "URY", .americas, latinAmerica),
        s("Uzbekistan", "UZB", .asia, centralAsia),
        s("Vanuatu", "VUT", .oceania, melanesia),
        s("Venezuela (Bolivarian Republic of)", "VEN", .americas, latinAmerica),
        s("Viet Nam", "VNM", .asia, southEasternAsia),
        s("Yemen", "YEM", .asia, westernAsia),
        s("Zambia", "ZMB", .africa, subSaharanAfrica),
        s("Zimbabwe", "ZWE", .africa, subSaharanAfrica),
    ]
}
