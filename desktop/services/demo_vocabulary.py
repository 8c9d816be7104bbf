"""Vocabulary of the demo data: French names, cities, skills, companies, reasons."""

# fmt: off
# Titles and roles agree with the person: one list of first names per gender.
FEMALE_FIRST_NAMES = [
    "Élodie", "Hélène", "Maëlle", "Noémie", "Zoé", "Chloé", "Inès", "Anaïs", "Gaëlle", "Céline",
    "Thaïs", "Léa", "Amélie", "Valérie", "Océane", "Agnès", "Irène", "Anne-Sophie",
    "Marie-Hélène", "Camille", "Sarah", "Emma", "Manon", "Louise", "Yasmine", "Nadia", "Fatou",
    "Linh", "Sofia", "Lucía", "Lou",
]
MALE_FIRST_NAMES = [
    "Jérôme", "François", "Loïc", "Raphaël", "Benoît", "Stéphane", "Frédéric", "Cédric",
    "Sébastien", "Théo", "Mathéo", "Clément", "Aurélien", "Joël", "Rémi", "Jean-Baptiste",
    "Julien", "Nicolas", "Thomas", "Lucas", "Hugo", "Gabriel", "Arthur", "Jules", "Karim",
    "Mehdi", "Moussa", "Minh", "Björn", "Ilan", "Naël",
]
FIRST_NAMES = FEMALE_FIRST_NAMES + MALE_FIRST_NAMES

LAST_NAMES = [
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet",
    "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel",
    "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine",
    "Chevalier", "Robin", "Masson", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval",
    "Joly", "Roche", "Noël", "Meyer", "Lucas", "Meunier", "Pérez", "Marchand", "Dufour",
    "Blanchard", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin", "Fernandez",
    "Renard", "Arnaud", "Rolland", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal", "Bourgeois",
    "Renaud", "Lemoine", "Picard", "Lacroix", "Fabre", "Dupuis", "Olivier", "Hubert", "Rivière",
    "Guillaume", "Moulin", "Berger", "Lecomte", "Ménard", "Fleury", "Deschamps", "Carpentier",
    "Maillard", "Aubry", "Prévost", "Poirier", "Charpentier", "Huet", "Baron", "Carré", "Breton",
    "Rémy", "Schneider", "Barré", "Marty", "Cousin", "Le Gall", "Da Silva", "Kerjean",
    "Bézier", "Hoarau",
]

CITIES = (
    ("Paris", "Île-de-France", "75"), ("Lyon", "Auvergne-Rhône-Alpes", "69"),
    ("Marseille", "Provence-Alpes-Côte d'Azur", "13"), ("Toulouse", "Occitanie", "31"),
    ("Nantes", "Pays de la Loire", "44"), ("Bordeaux", "Nouvelle-Aquitaine", "33"),
    ("Lille", "Hauts-de-France", "59"), ("Rennes", "Bretagne", "35"),
    ("Strasbourg", "Grand Est", "67"), ("Montpellier", "Occitanie", "34"),
    ("Grenoble", "Auvergne-Rhône-Alpes", "38"), ("Nice", "Provence-Alpes-Côte d'Azur", "06"),
    ("Aix-en-Provence", "Provence-Alpes-Côte d'Azur", "13"),
    ("Saint-Étienne", "Auvergne-Rhône-Alpes", "42"), ("Orléans", "Centre-Val de Loire", "45"),
    ("Besançon", "Bourgogne-Franche-Comté", "25"), ("Caen", "Normandie", "14"),
    ("Rouen", "Normandie", "76"), ("Nancy", "Grand Est", "54"),
    ("Clermont-Ferrand", "Auvergne-Rhône-Alpes", "63"), ("Brest", "Bretagne", "29"),
    ("Annecy", "Auvergne-Rhône-Alpes", "74"), ("Nîmes", "Occitanie", "30"),
    ("Boulogne-Billancourt", "Île-de-France", "92"), ("La Défense", "Île-de-France", "92"),
)

STREETS = (
    "rue de la République", "avenue des Champs-Élysées", "boulevard Haussmann",
    "rue du Faubourg Saint-Honoré", "quai des Chartrons", "place Bellecour",
    "rue Sainte-Catherine", "cours Mirabeau", "rue de l'Église", "allée des Tilleuls",
    "impasse du Moulin", "avenue Jean-Jaurès", "rue Pasteur", "boulevard Victor-Hugo",
)

SKILLS = (
    ("Java", "back"), ("Spring Boot", "back"), ("Kotlin", "back"), ("Python", "back"),
    ("Django", "back"), ("Go", "back"), ("C#/.NET", "back"), ("PHP/Symfony", "back"),
    ("Node.js", "back"), ("React", "front"), ("Angular", "front"), ("Vue.js", "front"),
    ("TypeScript", "front"), ("Kubernetes", "cloud"), ("Docker", "cloud"), ("Terraform", "cloud"),
    ("AWS", "cloud"), ("Azure", "cloud"), ("Google Cloud", "cloud"), ("Ansible", "cloud"),
    ("SAP FI", "sap"), ("SAP CO", "sap"), ("SAP MM", "sap"), ("SAP S/4HANA", "sap"),
    ("Data engineering", "data"), ("Spark", "data"), ("Kafka", "data"), ("Airflow", "data"),
    ("dbt", "data"), ("Snowflake", "data"), ("Power BI", "data"), ("PostgreSQL", "data"),
    ("Machine learning", "data"), ("Scrum", "agile"), ("Product ownership", "agile"),
    ("Cybersécurité", "security"), ("ISO 27001", "security"), ("Swift/iOS", "mobile"),
    ("Android", "mobile"), ("Salesforce", "crm"), ("ServiceNow", "crm"),
)

TITLES = {  # (masculine, feminine)
    "back": (
        ("Développeur back-end", "Développeuse back-end"),
        ("Développeur Java senior", "Développeuse Java senior"),
        ("Architecte logiciel", "Architecte logiciel"), ("Tech lead Python", "Tech lead Python"),
    ),
    "front": (
        ("Développeur React", "Développeuse React"),
        ("Développeur front-end Angular", "Développeuse front-end Angular"),
        ("Lead dev front", "Lead dev front"),
    ),
    "cloud": (
        ("Ingénieur DevOps", "Ingénieure DevOps"), ("Architecte cloud AWS", "Architecte cloud AWS"),
        ("SRE Kubernetes", "SRE Kubernetes"), ("Expert Azure", "Experte Azure"),
    ),
    "sap": (
        ("Consultant SAP FI/CO", "Consultante SAP FI/CO"),
        ("Consultant SAP S/4HANA", "Consultante SAP S/4HANA"),
        ("Chef de projet SAP", "Cheffe de projet SAP"),
    ),
    "data": (
        ("Data engineer", "Data engineer"), ("Data scientist", "Data scientist"),
        ("Consultant BI Power BI", "Consultante BI Power BI"),
        ("Architecte data", "Architecte data"),
    ),
    "agile": (
        ("Product owner", "Product owner"), ("Scrum master", "Scrum master"),
        ("Coach agile", "Coach agile"),
    ),
    "security": (
        ("Consultant cybersécurité", "Consultante cybersécurité"),
        ("RSSI de transition", "RSSI de transition"),
    ),
    "mobile": (
        ("Développeur iOS", "Développeuse iOS"), ("Développeur Android", "Développeuse Android"),
    ),
    "crm": (
        ("Consultant Salesforce", "Consultante Salesforce"),
        ("Consultant ServiceNow", "Consultante ServiceNow"),
    ),
}

SECTORS = (
    "Banque", "Assurance", "Industrie", "Distribution", "Énergie", "Santé", "Télécoms",
    "Transport et logistique", "Secteur public", "Luxe", "Médias", "Défense", "ESN",
    "Jeux d'argent", "E-commerce",
)

COMPANY_WORDS = (
    "Conseil", "Industries", "Énergie", "Assurances", "Banque", "Logistique", "Santé", "Télécom",
    "Systèmes", "Distribution", "Numérique", "Transports", "Média", "Habitat",
)

COMPANY_PREFIXES = (
    "Groupe", "Société", "Compagnie", "Établissements", "Atelier", "Maison",
)

LEGAL_FORMS = (
    "SAS", "SAS", "SARL", "SA", "SASU", "EURL",
)

ROLES = (  # (masculine, feminine)
    ("DSI", "DSI"), ("Directeur des achats", "Directrice des achats"),
    ("Responsable RH", "Responsable RH"), ("CTO", "CTO"), ("Chef de projet", "Cheffe de projet"),
    ("Responsable SI", "Responsable SI"), ("Acheteur IT", "Acheteuse IT"),
    ("Directeur financier", "Directrice financière"), ("Product manager", "Product manager"),
)

SCOPE = {
    "objectives": "Mise en production avant la fin du trimestre ; 99,9 % de disponibilité.",
    "deliverables": "Code, documentation d'exploitation, transfert de compétences.",
    "exclusions": "Support de niveau 1 et astreintes hors périmètre.",
    "roles": "Client : product owner et recette. Prestataire : conception et réalisation.",
}

LOST_REASONS = (
    "Budget gelé", "Choix d'un concurrent moins cher", "Projet internalisé",
    "Pas de réponse depuis trois mois",
)

MISSION_VERBS = (
    "Refonte", "Migration", "Industrialisation", "Audit", "Renfort", "Mise en place",
    "Modernisation", "Accompagnement",
)

MISSION_OBJECTS = {
    "back": "de l'API de facturation",
    "front": "du portail client",
    "cloud": "de la plateforme vers Kubernetes",
    "sap": "du module SAP FI",
    "data": "de l'entrepôt de données",
    "agile": "de l'équipe produit",
    "security": "de la sécurité du SI",
    "mobile": "de l'application mobile",
    "crm": "du CRM commercial",
}

# Why a mission ended (the market's eight, desktop.domain.vocabulary.EndingReason): what
# the user wrote in the ending assistant, and the lesson kept for the next mission.
ENDINGS = {
    "workload": (
        "Charge bien au-delà des 5 jours prévus, astreintes non planifiées.",
        "Chiffrer la charge réelle au cadrage et écrire les astreintes au contrat.",
    ),
    "late_payments": (
        "Trois factures payées avec plus de 40 jours de retard.",
        "Demander un acompte et suivre les relances dès J+1.",
    ),
    "collaboration": (
        "Aucun point hebdomadaire avec le client, décisions prises sans nous.",
        "Fixer un comité de suivi dès le démarrage.",
    ),
    "better_mission": (
        "Le talent a rejoint un projet plus proche de son expertise.",
        "Proposer plus tôt les missions à forte valeur aux talents clés.",
    ),
    "goals_changed": (
        "Le talent se réoriente vers le management.",
        "Faire le point sur les objectifs du talent à mi-mission.",
    ),
    "terms_changed": (
        "Le client a voulu passer de 2 à 4 jours sur site.",
        "Écrire le nombre de jours sur site dans le contrat.",
    ),
    "recognition": (
        "Livrables repris sans mention de l'équipe.",
        "Prévoir une revue des livrables avec le sponsor.",
    ),
    "values": (
        "Désaccord sur l'usage des données personnelles des clients finaux.",
        "Vérifier le secteur et les usages dès la qualification.",
    ),
}
# fmt: on

# fmt: off
SOURCES = ("LinkedIn", "Malt", "Cooptation", "Crème de la crème", "Salon", "Site web", "Meetup")
LANGUAGES = (
    "Français, anglais (C1)", "Français, anglais (B2)", "Français", "Français, anglais, espagnol",
    "Français, allemand (B2)", "Français, anglais (C2), arabe", "Français, italien",
)
CERTIFICATIONS = {
    "back": "Oracle Certified Professional Java", "front": "",
    "cloud": "AWS Solutions Architect, CKA", "sap": "SAP Certified Application Associate FI",
    "data": "Databricks Data Engineer", "agile": "PSM I, PSPO I",
    "security": "CISSP, ISO 27001 Lead Auditor", "mobile": "", "crm": "Salesforce Administrator",
}
REFUSED_SECTORS = ("Défense", "Jeux d'argent", "Tabac", "Crypto-actifs", "Pétrole et gaz")
MOBILITY = (
    "Toute la France", "Île-de-France", "Région uniquement", "Paris et Lyon",
    "Aucune (télétravail)",
)
OWNERS = ("Camille", "Julien", "Sarah")
TAGS = ("grand compte", "PME", "startup", "secteur public", "récurrent", "via plateforme")
NOTES = (
    "Premier échange très positif, à relancer début du mois.",
    "Préfère être contacté par e-mail. Disponible en fin de journée.",
    "A refusé une mission l'an dernier pour cause de surcharge.",
    "Budget annuel IT en hausse, plusieurs projets cloud prévus.",
)
EXCHANGES = (
    ("call", "Appel de qualification"), ("email", "Envoi de la plaquette"),
    ("meeting", "Rencontre dans leurs locaux"), ("video", "Visio de cadrage"),
)
DECISIONS = (
    "Démarrage visé le mois prochain ; périmètre validé en séance.",
    "Le client envoie le cahier des charges ; nous chiffrons sous 48 h.",
)
ACTIONS = (
    ("Envoyer la proposition commerciale", "Camille"), ("Valider le budget avec la DAF", "Client"),
    ("Planifier l'atelier de cadrage", "Julien"), ("Transmettre les CV", "Sarah"),
)
DISPUTES = (
    ("Retard de paiement de deux factures", "Échéancier sur trois mois, pénalités suspendues"),
    ("Désaccord sur le nombre de jours facturés", "Revue contradictoire des feuilles de temps"),
)
# Why a mission ended (the market's eight, desktop.domain.vocabulary.EndingReason): what
# the user wrote in the ending assistant, and the lesson kept for the next mission.
ENDINGS = {
    "workload": (
        "Charge bien au-delà des 5 jours prévus, astreintes non planifiées.",
        "Chiffrer la charge réelle au cadrage et écrire les astreintes au contrat.",
    ),
    "late_payments": (
        "Trois factures payées avec plus de 40 jours de retard.",
        "Demander un acompte et suivre les relances dès J+1.",
    ),
    "collaboration": (
        "Aucun point hebdomadaire avec le client, décisions prises sans nous.",
        "Fixer un comité de suivi dès le démarrage.",
    ),
    "better_mission": (
        "Le talent a rejoint un projet plus proche de son expertise.",
        "Proposer plus tôt les missions à forte valeur aux talents clés.",
    ),
    "goals_changed": (
        "Le talent se réoriente vers le management.",
        "Faire le point sur les objectifs du talent à mi-mission.",
    ),
    "terms_changed": (
        "Le client a voulu passer de 2 à 4 jours sur site.",
        "Écrire le nombre de jours sur site dans le contrat.",
    ),
    "recognition": (
        "Livrables repris sans mention de l'équipe.",
        "Prévoir une revue des livrables avec le sponsor.",
    ),
    "values": (
        "Désaccord sur l'usage des données personnelles des clients finaux.",
        "Vérifier le secteur et les usages dès la qualification.",
    ),
}
# fmt: on
