namespace ReportGen.Verbatims;

/// <summary>
/// The word lists <see cref="Redactor"/> finds names with: first names given in France (folded: lower case, no
/// accents), the roles a first name is written next to ("Mohamed le gardien"), the capitalised words that are
/// never a name after a role, and the all-capital words that are acronyms or shouting, not surnames.
/// </summary>
internal static class PersonalNames
{
    /// <summary>
    /// First names common among French tenants and staff (INSEE's most given names since 1940, with names of
    /// Maghreb, West African, Portuguese, Turkish and Eastern European origin). Compound names are listed whole
    /// ("jean-pierre"): a hyphenated word is one word, so that "Victor-Hugo" (a residence) is not a first name.
    /// </summary>
    public static readonly HashSet<string> FirstNames = new(StringComparer.Ordinal)
    {
        "aaron", "abdel", "abdelkader", "abdellah", "abdou", "abdoulaye", "abdoul", "abel", "adam", "adel", "adele", "adeline", "adil", "adrien", "agathe", "agnes",
        "ahmed", "aicha", "aida", "alain", "alexandra", "alexandre", "alexis", "ali", "alice", "aline", "alix", "amadou", "amandine", "amel", "amelie", "amina",
        "amine", "amir", "anais", "andre", "andrea", "angelique", "anissa", "anne", "anne-marie", "anne-sophie", "annick", "annie", "antoine", "antonio", "arnaud",
        "arthur", "assia", "audrey", "aurelie", "aurelien", "awa", "aya", "aymeric", "baptiste", "bastien", "beatrice", "benjamin", "benoit", "bernadette",
        "bernard", "bertrand", "brahim", "brigitte", "bruno", "camille", "carine", "carlos", "caroline", "catherine", "cecile", "celine", "chantal", "charles",
        "charlotte", "cheikh", "chloe", "christelle", "christian", "christiane", "christine", "christophe", "claude", "claudine", "clemence", "clement", "coralie",
        "corinne", "cyril", "damien", "daniel", "danielle", "david", "delphine", "denis", "denise", "didier", "dimitri", "djamel", "dominique", "driss", "dylan",
        "edouard", "elisabeth", "elise", "elodie", "eloise", "elsa", "emilie", "emma", "emmanuel", "emmanuelle", "enzo", "eric", "estelle", "ethan", "etienne",
        "eve", "fabien", "fabienne", "fabrice", "farid", "fatima", "fatiha", "fatou", "fatoumata", "florence", "florian", "francine", "francis", "franck",
        "francois", "francoise", "frederic", "frederique", "gabriel", "gael", "gaelle", "genevieve", "georges", "gerard", "ghislaine", "gilbert", "gilles",
        "ginette", "gisele", "gregory", "guillaume", "guy", "hakim", "halima", "hamid", "hassan", "hatice", "helene", "henri", "herve", "hocine", "hugo", "hugues",
        "ibrahim", "ibrahima", "ines", "irene", "isabelle", "issa", "jacqueline", "jacques", "jamal", "jean", "jean-baptiste", "jean-charles", "jean-claude",
        "jean-francois", "jean-jacques", "jean-louis", "jean-luc", "jean-marc", "jean-marie", "jean-michel", "jean-paul", "jean-pierre", "jeanne", "jeannine",
        "jennifer", "jeremy", "jerome", "jessica", "joao", "joel", "joelle", "johan", "jonathan", "jordan", "jose", "josette", "joseph", "josiane", "julie", "julien",
        "juliette", "justine", "kader", "kamel", "karim", "karima", "karine", "kevin", "khadija", "laetitia", "lamine", "laura", "laurence", "laurent", "lea",
        "leila", "leo", "leon", "lina", "lionel", "louis", "louise", "loic", "lucas", "lucie", "lucien", "ludovic", "lydie", "madeleine", "magali", "malik",
        "mamadou", "manon", "manuel", "marc", "marcel", "marguerite", "maria", "marie", "marie-christine", "marie-claire", "marie-france", "marie-helene",
        "marie-laure", "marie-pierre", "marie-therese", "marine", "mario", "marion", "martine", "mathieu", "mathilde", "matthieu", "maurice", "maxime", "mehdi",
        "melanie", "meriem", "mickael", "michael", "michel", "micheline", "michele", "mireille", "mohamed", "mohammed", "monique", "morgane", "mourad", "moussa",
        "muriel", "mustapha", "myriam", "nabil", "nacer", "nadia", "nadine", "naima", "nancy", "nasser", "nathalie", "nathan", "nicolas", "nicole", "nina",
        "noemie", "odette", "odile", "olivier", "omar", "oumar", "ousmane", "pascal", "pascale", "patrice", "patricia", "patrick", "paul", "paulette", "pauline",
        "philippe", "pierre-yves", "rachel", "rachid", "raphael", "rayan", "raymond", "regine", "remi", "rene", "renee", "richard", "robert", "rodrigue", "roger",
        "romain", "rui", "sabine", "sabrina", "sacha", "salim", "salima", "samia", "samir", "samira", "samuel", "sandra", "sandrine", "sarah", "sebastien",
        "serge", "severine", "simon", "simone", "sofia", "sofiane", "sonia", "sophie", "stephane", "stephanie", "suzanne", "sylvain", "sylvie", "tatiana",
        "theo", "therese", "thierry", "thomas", "timothee", "tony", "valerie", "vanessa", "veronique", "victor", "vincent", "virginie", "xavier", "yann",
        "yannick", "yasmina", "yassine", "yves", "yvette", "yvonne", "youssef", "zahra", "zineb", "zohra", "ibtissam", "oumou", "mariama", "aminata", "seydou",
        "souleymane", "bakary", "kadiatou", "mehmet", "ayse", "fatma", "emine", "mustafa", "ahmet", "nuno", "paulo", "joaquim", "manuela", "fernanda", "ana",
        "dragan", "milan", "ioana", "andrei", "mihai", "elena", "olga", "natalia", "svetlana", "nguyen", "linh", "mei", "wei", "rose", "pierre", "claire",
    };

    /// <summary>First names that are also ordinary capitalised words (« Noël », a stone, a colour, a country): a name only beside a surname or a role.</summary>
    public static readonly HashSet<string> Ambiguous = new(StringComparer.Ordinal)
    {
        "rose", "pierre", "claire", "marine", "france", "ange", "aime", "constance", "prudence", "blanche", "olive", "eve", "victor", "hugo", "lea", "guy",
    };

    /// <summary>First names that are also lower-case French words or places (« marc de café », « milan »): a name in lower case only next to a role.</summary>
    public static readonly HashSet<string> LowerCaseWords = new(StringComparer.Ordinal)
    {
        "marc", "jean", "milan", "florence", "nancy", "serge", "amine", "aime", "sylvain", "regine", "lina", "nina", "ana", "mei", "wei", "linh", "aya", "awa",
        "issa", "ali", "leo", "rene", "elsa", "alix", "emma", "ines", "sacha", "dominique", "claude", "camille", "rayan", "adam", "olga", "elena", "enzo",
    };

    /// <summary>What a first name is written next to: « le gardien Mohamed », « Sophie la gardienne », « la chargée de clientèle Mme … ».</summary>
    public static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "gardien", "gardienne", "concierge", "agent", "agente", "technicien", "technicienne", "charge", "chargee", "conseiller", "conseillere", "responsable",
        "directeur", "directrice", "employe", "employee", "gestionnaire", "plombier", "electricien", "voisin", "voisine", "hotesse", "chef", "cheffe",
        "mediateur", "mediatrice", "assistant", "assistante", "secretaire", "interlocuteur", "interlocutrice", "collegue", "livreur", "ouvrier", "peintre",
        "serrurier", "chauffagiste", "ascensoriste", "menagere", "femme", "mari", "famille",
    };

    /// <summary>Capitalised words that follow a role without being a name (« le gardien Le matin… », « l’agent De l’Office »).</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "l", "un", "une", "de", "du", "des", "d", "et", "est", "il", "elle", "ils", "elles", "on", "qui", "que", "qu", "je", "j", "nous", "vous",
        "c", "ce", "cet", "cette", "ces", "mais", "ou", "donc", "pas", "ne", "n", "y", "en", "au", "aux", "sur", "dans", "pour", "avec", "sans", "par", "office",
        "agence", "residence", "mairie", "ville", "hlm", "oph", "caf", "edf", "engie", "otis", "veolia", "depuis", "toujours", "jamais", "merci", "bonjour",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "nord", "sud", "est", "ouest", "centre", "siege", "rdc", "batiment", "bat",
        "escalier", "porte", "etage", "appartement", "tour", "hall", "parking", "numero", "si", "quand", "comme", "aussi", "tres", "plus", "moins", "tout", "tous",
        "son", "sa", "ses", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "leur", "leurs", "a", "ont", "sont", "etait", "fait", "vient", "passe",
    };

    /// <summary>
    /// All-capital words that are not surnames: acronyms of housing and administration, units, and the words a tenant
    /// shouts (« JAMAIS », « URGENT »). Other all-capital words in a comment that does not shout are taken for surnames.
    /// </summary>
    public static readonly HashSet<string> NotSurnames = new(StringComparer.Ordinal)
    {
        "hlm", "oph", "esh", "caf", "cpam", "msa", "apl", "aah", "rsa", "edf", "gdf", "grdf", "engie", "sncf", "ratp", "vmc", "tv", "wc", "sdb", "rdc", "rdv",
        "sav", "sms", "pmr", "ok", "svp", "stp", "pdf", "sos", "samu", "sdf", "tnt", "adsl", "wifi", "fibre", "iso", "qualihlm", "cnl", "clcv", "afoc", "cgl",
        "amicale", "asl", "ag", "ca", "pv", "ehpad", "cmu", "puma", "apl", "cesu", "rib", "iban", "bic", "sepa", "ttc", "ht", "tva", "eur", "euros", "euro",
        "am", "pm", "h", "mn", "km", "m2", "m3", "kw", "kwh", "ps", "nb", "cad", "etc", "ex", "url", "www", "com", "fr", "net", "tel", "fax", "mail", "email",
        "jamais", "toujours", "rien", "urgent", "urgence", "inadmissible", "honte", "honteux", "scandale", "scandaleux", "scandaleuse", "merci", "stop", "marre",
        "tout", "tous", "toute", "toutes", "personne", "aucun", "aucune", "bravo", "attention", "vraiment", "tres", "pas", "non", "oui", "plus", "moins", "trop",
        "rien", "nul", "nulle", "nuls", "inacceptable", "intolerable", "insupportable", "danger", "dangereux", "sale", "sales", "froid", "chaud", "panne",
        "toujours", "encore", "depuis", "mois", "ans", "semaines", "jours", "moi", "nous", "vous", "eux", "ils", "elles", "je", "on", "et", "ou", "le", "la",
        "les", "un", "une", "de", "des", "du", "en", "au", "aux", "a", "est", "sont", "ont", "fait", "faire", "ca", "ce", "cest", "c", "d", "l", "n", "qu", "y",
        "ascenseur", "chauffage", "eau", "gardien", "gardienne", "office", "agence", "loyer", "charges", "bruit", "hall", "travaux", "fuite", "odeur", "rats",
        "cafards", "punaises", "securite", "propre", "proprete", "help", "sos", "alerte", "important", "ps", "nb", "info", "infos", "fin", "debut", "top",
    };
}
