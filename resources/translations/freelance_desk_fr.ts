<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionsEditor</name>
    <message>
        <source>What is to be done</source>
        <translation>Ce qui est à faire</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Remove the action</source>
        <translation>Retirer l’action</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>e.g. Médiateur des entreprises</source>
        <translation>ex. Médiateur des entreprises</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <source>Edit the exchange</source>
        <translation>Modifier l’échange</translation>
    </message>
    <message>
        <source>New meeting minutes</source>
        <translation>Nouveau compte rendu de réunion</translation>
    </message>
    <message>
        <source>Edit the minutes</source>
        <translation>Modifier le compte rendu</translation>
    </message>
    <message>
        <source>New dispute</source>
        <translation>Nouveau litige</translation>
    </message>
    <message>
        <source>Edit the dispute</source>
        <translation>Modifier le litige</translation>
    </message>
    <message>
        <source>Write what you want to remember; a subject or a text is enough.</source>
        <translation>Notez ce que vous voulez retenir ; un objet ou un texte suffit.</translation>
    </message>
    <message>
        <source>A call, an e-mail, a meeting or a video call: say what was said and agreed. An exchange can be dated ahead to plan it.</source>
        <translation>Un appel, un e-mail, une rencontre ou une visio : notez ce qui a été dit et convenu. Un échange peut être daté dans le futur pour le planifier.</translation>
    </message>
    <message>
        <source>Record the decisions and the actions: who does what, by when. Tick an action once it is done.</source>
        <translation>Consignez les décisions et les actions : qui fait quoi, pour quand. Cochez une action une fois faite.</translation>
    </message>
    <message>
        <source>State the cause, the solutions proposed and where it stands. Dated facts are what a mediator will ask for.</source>
        <translation>Indiquez la cause, les solutions proposées et où en est le litige. Des faits datés, c’est ce que demandera un médiateur.</translation>
    </message>
    <message>
        <source>What should you remember?</source>
        <translation>Que faut-il retenir ?</translation>
    </message>
    <message>
        <source>What was said, what was agreed</source>
        <translation>Ce qui a été dit, ce qui a été convenu</translation>
    </message>
    <message>
        <source>Participants, agenda, discussion</source>
        <translation>Participants, ordre du jour, échanges</translation>
    </message>
    <message>
        <source>Facts, dates, amounts at stake</source>
        <translation>Faits, dates, montants en jeu</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>Why talents refused</source>
        <translation>Pourquoi les talents ont refusé</translation>
    </message>
    <message>
        <source>Answers by month of sending</source>
        <translation>Réponses par mois d’envoi</translation>
    </message>
    <message>
        <source>No offer sent yet.
Propose a mission to talents from the Missions section: their answers, the reasons for each refusal and the time it takes to staff each mission will show here.</source>
        <translation>Aucune offre envoyée pour l’instant.
Proposez une mission à des talents depuis la section Missions&#xa0;: leurs réponses, les motifs de chaque refus et le temps qu’il faut pour pourvoir chaque mission s’afficheront ici.</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>6 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Since the first offer</source>
        <translation>Depuis la première offre</translation>
    </message>
    <message>
        <source>Offers count in the month they were sent</source>
        <translation>Chaque offre compte dans le mois de son envoi</translation>
    </message>
    <message>
        <source>One client: its missions in the table (Ctrl+F)</source>
        <translation>Un seul client&#xa0;: ses missions dans le tableau (Ctrl+F)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Taux d’acceptation</translation>
    </message>
    <message>
        <source>Offers answered</source>
        <translation>Réponses reçues</translation>
    </message>
    <message>
        <source>Median days to staff a mission</source>
        <translation>Jours médians pour pourvoir une mission</translation>
    </message>
    <message>
        <source>Main refusal reason</source>
        <translation>Premier motif de refus</translation>
    </message>
    <message>
        <source>Accepted offers / offers answered (accepted or refused). Withdrawn offers (pulled by you) and expired ones (no answer in time) are not answers: they are counted apart.</source>
        <translation>Offres acceptées / offres ayant reçu une réponse (acceptées ou refusées). Les offres retirées (par vous) et expirées (sans réponse à temps) ne sont pas des réponses&#xa0;: elles sont comptées à part.</translation>
    </message>
    <message>
        <source>Days from a mission&apos;s first offer to its first acceptance, for the missions first proposed in the period.</source>
        <translation>Jours entre la première offre d’une mission et sa première acceptation, pour les missions proposées pour la première fois sur la période.</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Back to every client (Esc)</source>
        <translation>Revenir à tous les clients (Échap)</translation>
    </message>
    <message>
        <source>The figures could not be counted: {error}</source>
        <translation>Les chiffres n’ont pas pu être calculés&#xa0;: {error}</translation>
    </message>
    <message>
        <source>No offer sent in this period: choose a longer one.</source>
        <translation>Aucune offre envoyée sur cette période&#xa0;: choisissez-en une plus longue.</translation>
    </message>
    <message>
        <source>No refusal in this period.</source>
        <translation>Aucun refus sur cette période.</translation>
    </message>
    <message>
        <source>Answers by quarter of sending</source>
        <translation>Réponses par trimestre d’envoi</translation>
    </message>
    <message>
        <source>Accepted: {accepted} · Refused: {refused}</source>
        <translation>Acceptées&#xa0;: {accepted} · Refusées&#xa0;: {refused}</translation>
    </message>
    <message>
        <source>Sent: {sent} · Awaiting: {pending}
Withdrawn or expired: {lapsed}</source>
        <translation>Envoyées&#xa0;: {sent} · En attente&#xa0;: {pending}
Retirées ou expirées&#xa0;: {lapsed}</translation>
    </message>
    <message>
        <source>Average: {average}
Missions still unstaffed: {unstaffed}</source>
        <translation>Moyenne&#xa0;: {average}
Missions encore à pourvoir&#xa0;: {unstaffed}</translation>
    </message>
    <message>
        <source>Cited by {share} of the refused offers</source>
        <translation>Cité dans {share} des offres refusées</translation>
    </message>
    <message>
        <source>Offers and refusals by client</source>
        <translation>Offres et refus par client</translation>
    </message>
    <message>
        <source>Missions of {client}</source>
        <translation>Missions de {client}</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Record the answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>Why did the talent refuse? (one or more)</source>
        <translation>Pourquoi le talent a-t-il refusé ? (une ou plusieurs raisons)</translation>
    </message>
    <message>
        <source>In their words, optional</source>
        <translation>Ses propres mots (facultatif)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>“{name}” cannot be found any more.</source>
        <translation>« {name} » est introuvable.</translation>
    </message>
    <message>
        <source>“{name}” is a folder: attach the files inside it.</source>
        <translation>« {name} » est un dossier : joignez les fichiers qu’il contient.</translation>
    </message>
    <message>
        <source>“{name}” weighs {size} MB; files up to {limit} MB can be attached. Compress it, or keep it in your documents and note where it is.</source>
        <translation>« {name} » pèse {size} Mo ; les pièces jointes sont limitées à {limit} Mo. Compressez-le, ou gardez-le dans vos documents et notez où il se trouve.</translation>
    </message>
    <message>
        <source>“{name}” could not be copied: {reason}</source>
        <translation>« {name} » n’a pas pu être copié : {reason}</translation>
    </message>
    <message>
        <source>“{name}” is not a CV file: choose a PDF, Word (DOC, DOCX) or OpenDocument (ODT) file.</source>
        <translation>« {name} » n’est pas un fichier de CV : choisissez un fichier PDF, Word (DOC, DOCX) ou OpenDocument (ODT).</translation>
    </message>
    <message>
        <source>“{name}” does not contain what its extension says (damaged, or renamed?).</source>
        <translation>« {name} » ne contient pas ce qu’annonce son extension (fichier endommagé ou renommé ?).</translation>
    </message>
    <message>
        <source>The copy of “{name}” is missing from the attachments folder ({folder}). Attach the file again.</source>
        <translation>La copie de « {name} » manque dans le dossier des pièces jointes ({folder}). Joignez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>Attachment “{name}” removed</source>
        <translation>Pièce jointe « {name} » retirée</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Type any words: only the cards containing all of them stay (Ctrl+F)</source>
        <translation>Tapez des mots&#xa0;: seules les cartes qui les contiennent tous restent (Ctrl+F)</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Nothing here.
Drag a card here to move it.</source>
        <translation>Rien ici.
Glissez une carte ici pour la déplacer.</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Show all {count} in the list</source>
        <translation>Voir les {count} dans la liste</translation>
    </message>
    <message>
        <source>type one more letter to filter</source>
        <translation>tapez une lettre de plus pour filtrer</translation>
    </message>
    <message>
        <source>Nothing matches these filters.
Press Esc to clear them.</source>
        <translation>Rien ne correspond à ces filtres.
Appuyez sur Échap pour les effacer.</translation>
    </message>
    <message>
        <source>Cannot move</source>
        <translation>Déplacement impossible</translation>
    </message>
</context>
<context>
    <name>BreakdownView</name>
    <message>
        <source>Select a row to see how its score is made.</source>
        <translation>Sélectionnez une ligne pour voir le détail de son score.</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>Score: {score} / 100</source>
        <translation>Score : {score} / 100</translation>
    </message>
    <message>
        <source>{points} of {weight}</source>
        <translation>{points} sur {weight}</translation>
    </message>
</context>
<context>
    <name>BudgetKind</name>
    <message>
        <source>Daily rate</source>
        <translation>Au TJM</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Au forfait</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vérification avant l’import</translation>
    </message>
    <message>
        <source>Rows with problems are left out. Nothing is written until you press Import; Cancel during the import writes nothing either.</source>
        <translation>Les lignes qui posent problème sont écartées. Rien n’est enregistré avant que vous cliquiez sur Importer&#x202f;; annuler pendant l’import n’enregistre rien non plus.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>No problem found: every row can be imported.</source>
        <translation>Aucun problème&#xa0;: toutes les lignes peuvent être importées.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>Identique à</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <source>No duplicate: no row has the e-mail or SIREN of another record.</source>
        <translation>Aucun doublon&#xa0;: aucune ligne n’a l’e-mail ou le SIREN d’une autre fiche.</translation>
    </message>
    <message>
        <source>&amp;Skip them: the existing records stay as they are</source>
        <translation>&amp;Les ignorer&#xa0;: les fiches existantes restent telles quelles</translation>
    </message>
    <message>
        <source>&amp;Update the existing records with the non-empty values of the file</source>
        <translation>&amp;Mettre à jour les fiches existantes avec les valeurs non vides du fichier</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Checking {rows} rows…</source>
        <translation>Vérification de {rows} lignes…</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Vérification du fichier</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problèmes ({count})</translation>
    </message>
    <message>
        <source>Duplicates ({count})</source>
        <translation>Doublons ({count})</translation>
    </message>
    <message>
        <source>Rows read: {read} — ready to import: {valid} — with problems, left out: {rejected} — duplicates: {duplicates}</source>
        <translation>Lignes lues&#xa0;: {read} — prêtes à importer&#xa0;: {valid} — écartées pour problème&#xa0;: {rejected} — doublons&#xa0;: {duplicates}</translation>
    </message>
    <message>
        <source>line {line} of the file</source>
        <translation>ligne {line} du fichier</translation>
    </message>
    <message>
        <source>On import — new records: {created}, records updated: {merged}, duplicates skipped: {skipped}.</source>
        <translation>À l’import — nouvelles fiches&#xa0;: {created}, fiches mises à jour&#xa0;: {merged}, doublons ignorés&#xa0;: {skipped}.</translation>
    </message>
    <message>
        <source>Companies created as leads: {count}.</source>
        <translation>Entreprises créées comme pistes&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import annulé&#xa0;: rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Type a client’s name</source>
        <translation>Tapez le nom d’un client</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Montant espéré</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Main skills</source>
        <translation>Compétences principales</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>TJM</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible le</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Client rate</source>
        <translation>TJM client</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Reste dû</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <source>Edit company</source>
        <translation>Modifier l’entreprise</translation>
    </message>
    <message>
        <source>From SIREN</source>
        <translation>Depuis le SIREN</translation>
    </message>
    <message>
        <source>Compute the French VAT number from the SIREN</source>
        <translation>Calculer le numéro de TVA intracommunautaire à partir du SIREN</translation>
    </message>
    <message>
        <source>e.g. key account, SME, public sector</source>
        <translation>ex. grand compte, PME, secteur public</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>Before working with a client, check these four points: the fewer hold, the riskier the deal (unpaid invoices, scope creep).</source>
        <translation>Avant de travailler avec un client, vérifiez ces quatre points : moins ils sont remplis, plus l’affaire est risquée (impayés, dérive du périmètre).</translation>
    </message>
    <message>
        <source>Legal identity</source>
        <translation>Identité légale</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adresse et coordonnées</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline commercial</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Trust: {dots} ({score} of 4 checks)</source>
        <translation>Confiance : {dots} ({score} vérifications sur 4)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>e.g. CIO, buyer, project manager</source>
        <translation>ex. DSI, acheteur, chef de projet</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>No contact yet: add the people you deal with.</source>
        <translation>Aucun contact pour l’instant : ajoutez les personnes avec qui vous échangez.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Written traces…</source>
        <translation>Traces écrites…</translation>
    </message>
    <message>
        <source>Notes, exchanges and minutes with this contact</source>
        <translation>Notes, échanges et comptes rendus avec ce contact</translation>
    </message>
    <message>
        <source>Delete the contact “{name}” and their notes?</source>
        <translation>Supprimer le contact « {name} » et ses notes ?</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
</context>
<context>
    <name>ContractStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
</context>
<context>
    <name>CvWidget</name>
    <message>
        <source>CV:</source>
        <translation>CV :</translation>
    </message>
    <message>
        <source>Attach a CV…</source>
        <translation>Joindre un CV…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>{size}, added on {date}</source>
        <translation>{size}, ajouté le {date}</translation>
    </message>
    <message>
        <source>Open with the program of your computer</source>
        <translation>Ouvrir avec le programme de votre ordinateur</translation>
    </message>
    <message>
        <source>No CV yet: attach a PDF, DOCX, DOC or ODT file, or drop it here.</source>
        <translation>Pas encore de CV : joignez un fichier PDF, DOCX, DOC ou ODT, ou déposez-le ici.</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>Choose the CV</source>
        <translation>Choisir le CV</translation>
    </message>
    <message>
        <source>CV (*.pdf *.docx *.doc *.odt)</source>
        <translation>CV (*.pdf *.docx *.doc *.odt)</translation>
    </message>
    <message>
        <source>CV not attached</source>
        <translation>CV non joint</translation>
    </message>
    <message>
        <source>Remove the CV</source>
        <translation>Retirer le CV</translation>
    </message>
    <message>
        <source>Remove the CV “{name}”?</source>
        <translation>Retirer le CV « {name} » ?</translation>
    </message>
    <message>
        <source>You can undo it with Ctrl+Z.</source>
        <translation>Vous pourrez l’annuler avec Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} was written by a newer version of Freelance Desk (schema {found}; this version knows up to {known}). Update the app, or open another data folder with --data-dir.</source>
        <translation>{path} a été écrit par une version plus récente de Freelance Desk (schéma {found} ; cette version connaît jusqu’au schéma {known}). Mettez l’application à jour, ou ouvrez un autre dossier de données avec --data-dir.</translation>
    </message>
</context>
<context>
    <name>DerivedStatus</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Offers</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>À encaisser</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>, up to {n} days on site a week</source>
        <translation>, jusqu’à {n} jours sur site par semaine</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} jour</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>{n} year</source>
        <translation>{n} an</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} ans</translation>
    </message>
    <message>
        <source>(minimum {rate})</source>
        <translation>(minimum {rate})</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>A recommandé</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>{n} of 4 checks</source>
        <translation>{n} vérifications sur 4</translation>
    </message>
    <message>
        <source>Payment behaviour</source>
        <translation>Comportement de paiement</translation>
    </message>
    <message>
        <source>no paid invoice yet</source>
        <translation>aucune facture payée pour l’instant</translation>
    </message>
    <message>
        <source>{late} of {paid} invoices paid late, {days} days late on average</source>
        <translation>{late} factures sur {paid} payées en retard, {days} jours de retard en moyenne</translation>
    </message>
    <message>
        <source>Client daily rate</source>
        <translation>TJM client</translation>
    </message>
    <message>
        <source>Talent daily rate</source>
        <translation>TJM talent</translation>
    </message>
    <message>
        <source>Remote policy</source>
        <translation>Télétravail</translation>
    </message>
    <message>
        <source>, {n} days on site a week</source>
        <translation>, {n} jours sur site par semaine</translation>
    </message>
    <message>
        <source>must-have</source>
        <translation>indispensable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>TJM</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>Invoiced (excl. VAT)</source>
        <translation>Facturé (HT)</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Facture brouillon</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>Période de prestation</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Annule la facture</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
</context>
<context>
    <name>DisputeStatus</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>En médiation</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>Relance faite</translation>
    </message>
    <message>
        <source>Follow-up with {name} done today.</source>
        <translation>Relance de {name} faite aujourd’hui.</translation>
    </message>
    <message>
        <source>What was said (optional): it is kept on the record’s timeline.</source>
        <translation>Ce qui s’est dit (facultatif)&#xa0;: la note est gardée dans l’historique de la fiche.</translation>
    </message>
    <message>
        <source>Next follow-up in</source>
        <translation>Prochaine relance dans</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <source> day</source>
        <translation> jour</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>no follow-up planned</source>
        <translation>aucune relance prévue</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>le {date}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>&amp;Save the rows left out…</source>
        <translation>&amp;Enregistrer les lignes écartées…</translation>
    </message>
    <message>
        <source>new records</source>
        <translation>nouvelles fiches</translation>
    </message>
    <message>
        <source>records updated</source>
        <translation>fiches mises à jour</translation>
    </message>
    <message>
        <source>duplicates skipped</source>
        <translation>doublons ignorés</translation>
    </message>
    <message>
        <source>rows left out because of problems</source>
        <translation>lignes écartées pour problème</translation>
    </message>
    <message>
        <source>companies created as leads</source>
        <translation>entreprises créées comme pistes</translation>
    </message>
    <message>
        <source>Fix the rows left out and import the file again: the records already imported will be recognised as duplicates and skipped.</source>
        <translation>Corrigez les lignes écartées et importez à nouveau le fichier&#xa0;: les fiches déjà importées seront reconnues comme doublons et ignorées.</translation>
    </message>
    <message>
        <source>Every row of the file was imported or recognised as a duplicate.</source>
        <translation>Toutes les lignes du fichier ont été importées ou reconnues comme doublons.</translation>
    </message>
    <message>
        <source>{name} - rows left out.csv</source>
        <translation>{name} - lignes écartées.csv</translation>
    </message>
    <message>
        <source>Save the rows left out</source>
        <translation>Enregistrer les lignes écartées</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Rows saved: {count}, in {path}</source>
        <translation>Lignes enregistrées&#xa0;: {count}, dans {path}</translation>
    </message>
</context>
<context>
    <name>ExchangeChannel</name>
    <message>
        <source>Phone call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting in person</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Visio</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{name}: choose a .csv, .xlsx or .vcf file name.</source>
        <translation>{name}&#xa0;: choisissez un nom de fichier en .csv, .xlsx ou .vcf.</translation>
    </message>
    <message>
        <source>A vCard file holds people: export companies as .csv or .xlsx.</source>
        <translation>Un fichier vCard contient des personnes&#xa0;: exportez les entreprises en .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>talents</source>
        <translation>talents</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>entreprises</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>vCard address book (*.vcf)</source>
        <translation>Carnet d’adresses vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>{count} records exported to {path}.</source>
        <translation>Fiches exportées&#xa0;: {count}, dans {path}.</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>L’export a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Exporting {kind}</source>
        <translation>Export des {kind}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Daily rate (TJM)</source>
        <translation>TJM (taux journalier)</translation>
    </message>
    <message>
        <source>Seniority (years)</source>
        <translation>Expérience (années)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Remote preference</source>
        <translation>Télétravail</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible à partir du</translation>
    </message>
    <message>
        <source>Current load (%)</source>
        <translation>Charge actuelle (%)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>N° de TVA intracommunautaire</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Étape du pipeline</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Raison de la perte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Minimum daily rate</source>
        <translation>TJM minimum</translation>
    </message>
    <message>
        <source>Days on site a week (at most)</source>
        <translation>Jours sur site par semaine (au plus)</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>Sectors refused</source>
        <translation>Secteurs refusés</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>Legal identity verified</source>
        <translation>Identité légale vérifiée</translation>
    </message>
    <message>
        <source>Clear brief, answers quickly</source>
        <translation>Besoin clair, répond vite</translation>
    </message>
    <message>
        <source>Budget and deadlines stated</source>
        <translation>Budget et délais annoncés</translation>
    </message>
    <message>
        <source>Does not haggle before understanding the value</source>
        <translation>Ne négocie pas avant d’avoir compris la valeur</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Responsable du compte</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Expected deal value (excl. VAT)</source>
        <translation>Montant estimé de l’affaire (HT)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Measurable objectives</source>
        <translation>Objectifs mesurables</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <source>Roles of each party</source>
        <translation>Rôles de chaque partie</translation>
    </message>
    <message>
        <source>Phases and deadlines</source>
        <translation>Phases et échéances</translation>
    </message>
    <message>
        <source>Client daily rate (sell)</source>
        <translation>TJM client (vente)</translation>
    </message>
    <message>
        <source>Talent daily rate (buy)</source>
        <translation>TJM talent (achat)</translation>
    </message>
    <message>
        <source>Fixed price (excl. VAT)</source>
        <translation>Forfait (HT)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Platform commission (%)</source>
        <translation>Commission plateforme (%)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Duration (working days)</source>
        <translation>Durée (jours ouvrés)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Time (%)</source>
        <translation>Temps (%)</translation>
    </message>
    <message>
        <source>Remote policy</source>
        <translation>Télétravail</translation>
    </message>
    <message>
        <source>Days on site a week</source>
        <translation>Jours sur site par semaine</translation>
    </message>
    <message>
        <source>Hours constraints</source>
        <translation>Contraintes horaires</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>Astreinte</translation>
    </message>
    <message>
        <source>Minimum seniority (years)</source>
        <translation>Expérience minimale (années)</translation>
    </message>
    <message>
        <source>Client contact</source>
        <translation>Contact client</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Kind of trace</source>
        <translation>Type de trace</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Cause of the dispute</source>
        <translation>Cause du litige</translation>
    </message>
    <message>
        <source>Proposed solutions</source>
        <translation>Solutions proposées</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Médiateur</translation>
    </message>
    <message>
        <source>Dispute status</source>
        <translation>Statut du litige</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>A CSV file (from Excel, a CRM or another app), an Excel workbook (.xlsx) or an address book (.vcf). Nothing is written before you confirm.</source>
        <translation>Un fichier CSV (d’Excel, d’un CRM ou d’une autre application), un classeur Excel (.xlsx) ou un carnet d’adresses (.vcf). Rien n’est enregistré avant votre confirmation.</translation>
    </message>
    <message>
        <source>Drop a file here, or choose one with Browse…</source>
        <translation>Déposez un fichier ici, ou choisissez-le avec Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The first line of the file must name the columns, in French or English: Prénom, Nom, E-mail, Téléphone, TJM, Compétences (Java:4, React:3), Disponibilité, Raison sociale, SIREN… Amounts like 1 234,50 € and dates like 31/12/2026 are read as they are.

A row with the e-mail of a talent or contact already there, or the SIREN of a company already there, is a duplicate: you choose to skip it or to update the record, after the check.</source>
        <translation>La première ligne du fichier doit nommer les colonnes, en français ou en anglais&#xa0;: Prénom, Nom, E-mail, Téléphone, TJM, Compétences (Java:4, React:3), Disponibilité, Raison sociale, SIREN… Les montants comme 1 234,50 € et les dates comme 31/12/2026 sont lus tels quels.

Une ligne qui porte l’e-mail d’un talent ou d’un contact déjà présent, ou le SIREN d’une entreprise déjà présente, est un doublon&#xa0;: après la vérification, vous choisissez de l’ignorer ou de mettre la fiche à jour.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Fiches&#xa0;:</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <source>Spreadsheets and address books (*.csv *.txt *.tsv *.xlsx *.xlsm *.vcf)</source>
        <translation>Tableurs et carnets d’adresses (*.csv *.txt *.tsv *.xlsx *.xlsm *.vcf)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>The file has a header line but no rows to import.</source>
        <translation>Le fichier a une ligne d’en-tête mais aucune ligne à importer.</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>barres verticales</translation>
    </message>
    <message>
        <source>{rows} rows, {columns} columns ({details}).</source>
        <translation>Lignes&#xa0;: {rows}, colonnes&#xa0;: {columns} ({details}).</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{size} B</source>
        <translation>{size} o</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>Files not attached</source>
        <translation>Fichiers non joints</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>No program of this computer opens “{name}”.</source>
        <translation>Aucun programme de cet ordinateur n’ouvre « {name} ».</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>e-mail or phone</source>
        <translation>e-mail ou téléphone</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>mobility</source>
        <translation>mobilité</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>certifications</source>
        <translation>certifications</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>City or region</source>
        <translation>Ville ou région</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>TJM</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible à partir du</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>e-mail or website</source>
        <translation>e-mail ou site web</translation>
    </message>
    <message>
        <source>account owner</source>
        <translation>responsable du compte</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Responsable du compte</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>objectives and deliverables</source>
        <translation>objectifs et livrables</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Client daily rate</source>
        <translation>TJM client</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>from {value}</source>
        <translation>à partir de {value}</translation>
    </message>
    <message>
        <source>up to {value}</source>
        <translation>jusqu’à {value}</translation>
    </message>
    <message>
        <source>Find a value…</source>
        <translation>Chercher une valeur…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>{count} more: type to narrow</source>
        <translation>{count} de plus&#xa0;: tapez pour affiner</translation>
    </message>
    <message>
        <source>Change this filter</source>
        <translation>Modifier ce filtre</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Keep only the rows with a status, a city, a skill, a range…</source>
        <translation>Ne garder que les lignes d’un statut, d’une ville, d’une compétence, d’une fourchette…</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Sans regroupement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Group by: {column}</source>
        <translation>Grouper par&#xa0;: {column}</translation>
    </message>
    <message>
        <source>All rows (no filter)</source>
        <translation>Toutes les lignes (sans filtre)</translation>
    </message>
    <message>
        <source>Save this view…</source>
        <translation>Enregistrer cette vue…</translation>
    </message>
    <message>
        <source>Update “{name}”</source>
        <translation>Mettre à jour «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Save this view</source>
        <translation>Enregistrer cette vue</translation>
    </message>
    <message>
        <source>Name of the view (its filters, sort, columns and grouping):</source>
        <translation>Nom de la vue (ses filtres, son tri, ses colonnes et son regroupement)&#xa0;:</translation>
    </message>
    <message>
        <source>Delete the view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Delete the view “{name}”? The records stay as they are.</source>
        <translation>Supprimer la vue «&#xa0;{name}&#xa0;»&#x202f;? Les fiches restent telles quelles.</translation>
    </message>
    <message>
        <source>all rows</source>
        <translation>toutes les lignes</translation>
    </message>
    <message>
        <source>View: {name}</source>
        <translation>Vue&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Saved views: a name for these filters, sort and columns</source>
        <translation>Vues enregistrées&#xa0;: un nom pour ces filtres, ce tri et ces colonnes</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Score ≥ </source>
        <translation>Score ≥ </translation>
    </message>
    <message>
        <source>Hide the talents scoring less</source>
        <translation>Masquer les talents dont le score est inférieur</translation>
    </message>
    <message>
        <source>Free by the start</source>
        <translation>Libre au démarrage</translation>
    </message>
    <message>
        <source>Only the talents available on the mission’s start date</source>
        <translation>Seulement les talents disponibles à la date de démarrage de la mission</translation>
    </message>
    <message>
        <source>Max. rate</source>
        <translation>TJM max.</translation>
    </message>
    <message>
        <source>Highest daily rate (TJM) to show, e.g. 650 €</source>
        <translation>TJM le plus élevé à afficher, par exemple 650 €</translation>
    </message>
    <message>
        <source>City or region</source>
        <translation>Ville ou région</translation>
    </message>
    <message>
        <source>Only the talents living in this city or region</source>
        <translation>Seulement les talents qui habitent dans cette ville ou cette région</translation>
    </message>
</context>
<context>
    <name>FollowUpRows</name>
    <message>
        <source>{n} more not shown: the {limit} most urgent come first.</source>
        <translation>{n} autres non affichées&#xa0;: les {limit} plus urgentes passent d’abord.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>{date} · 1 day late</source>
        <translation>{date} · 1 jour de retard</translation>
    </message>
    <message>
        <source>{date} · {n} days late</source>
        <translation>{date} · {n} jours de retard</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>deleted record</source>
        <translation>fiche supprimée</translation>
    </message>
    <message>
        <source>{meeting} of {date}</source>
        <translation>{meeting} du {date}</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>This record no longer exists: it was deleted in the meantime.</source>
        <translation>Cette fiche n’existe plus&#xa0;: elle a été supprimée entre-temps.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Show the prospects and meeting actions of one account owner. Talents belong to the whole team: they stay listed.</source>
        <translation>Afficher les prospects et les actions de réunion d’un seul responsable. Les talents appartiennent à toute l’équipe&#xa0;: ils restent affichés.</translation>
    </message>
    <message>
        <source>Talents and companies</source>
        <translation>Talents et entreprises</translation>
    </message>
    <message>
        <source>Talents only</source>
        <translation>Talents seulement</translation>
    </message>
    <message>
        <source>Companies only</source>
        <translation>Entreprises seulement</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Fait…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Changer la date…</translation>
    </message>
    <message>
        <source>Open the record (Enter)</source>
        <translation>Ouvrir la fiche (Entrée)</translation>
    </message>
    <message>
        <source>Mark the follow-up done, with a note (D)</source>
        <translation>Marquer la relance comme faite, avec une note (D)</translation>
    </message>
    <message>
        <source>Put it off by a few days (S)</source>
        <translation>La reporter de quelques jours (S)</translation>
    </message>
    <message>
        <source>Choose another date (R)</source>
        <translation>Choisir une autre date (R)</translation>
    </message>
    <message>
        <source>Enter: open · D: done · S: snooze · R: reschedule</source>
        <translation>Entrée&#xa0;: ouvrir · D&#xa0;: fait · S&#xa0;: reporter · R&#xa0;: changer la date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7 prochains jours</translation>
    </message>
    <message>
        <source>Meeting actions due</source>
        <translation>Actions de réunion à échéance</translation>
    </message>
    <message>
        <source>{overdue} overdue · {today} today · {upcoming} in the next 7 days</source>
        <translation>{overdue} en retard · {today} aujourd’hui · {upcoming} dans les 7 prochains jours</translation>
    </message>
    <message>
        <source>Nothing to follow up today.

A talent or a company shows up here a week before its “Next follow-up” date: set it when you edit the record, or plan the next one when you mark a follow-up done here.</source>
        <translation>Aucune relance aujourd’hui.

Un talent ou une entreprise apparaît ici une semaine avant sa date de «&#xa0;Prochaine relance&#xa0;»&#xa0;: renseignez-la en modifiant la fiche, ou planifiez la suivante en marquant une relance comme faite ici.</translation>
    </message>
    <message>
        <source>The filters above hide some records.</source>
        <translation>Les filtres ci-dessus masquent certaines fiches.</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Relance faite</translation>
    </message>
    <message>
        <source>{name}: follow-up done.</source>
        <translation>{name}&#xa0;: relance faite.</translation>
    </message>
    <message>
        <source>{name}: follow-up done, next one on {date}.</source>
        <translation>{name}&#xa0;: relance faite, prochaine le {date}.</translation>
    </message>
    <message>
        <source>&amp;1 day</source>
        <translation>&amp;1 jour</translation>
    </message>
    <message>
        <source>&amp;3 days</source>
        <translation>&amp;3 jours</translation>
    </message>
    <message>
        <source>1 &amp;week</source>
        <translation>1 &amp;semaine</translation>
    </message>
    <message>
        <source>&amp;2 weeks</source>
        <translation>&amp;2 semaines</translation>
    </message>
    <message>
        <source>{name}: follow-up put off to {date}.</source>
        <translation>{name}&#xa0;: relance reportée au {date}.</translation>
    </message>
    <message>
        <source>{name}: next follow-up on {date}.</source>
        <translation>{name}&#xa0;: prochaine relance le {date}.</translation>
    </message>
    <message>
        <source>Action done: {action}</source>
        <translation>Action faite&#xa0;: {action}</translation>
    </message>
    <message>
        <source>Action to do again: {action}</source>
        <translation>Action de nouveau à faire&#xa0;: {action}</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>Same as the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Start with --data-dir FOLDER to use another profile (database, attachments, backups and logs all live in that folder).</source>
        <translation>Lancez avec --data-dir DOSSIER pour utiliser un autre profil (base, pièces jointes, sauvegardes et journaux sont tous dans ce dossier).</translation>
    </message>
    <message>
        <source>The new language applies at the next start.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>Redémarrer maintenant ?</translation>
    </message>
    <message>
        <source>Restart Freelance Desk now to switch the language?</source>
        <translation>Redémarrer Freelance Desk maintenant pour changer de langue ?</translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <source>A consistent copy of the database was saved to:
{path}</source>
        <translation>Une copie cohérente de la base a été enregistrée dans :
{path}</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Talents</source>
        <translation>Talents</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Notes and exchanges</source>
        <translation>Notes et échanges</translation>
    </message>
    <message>
        <source>Search everything…</source>
        <translation>Rechercher partout…</translation>
    </message>
    <message>
        <source>↑ ↓ to move · Enter to open · Esc to close</source>
        <translation>↑ ↓ pour se déplacer · Entrée pour ouvrir · Échap pour fermer</translation>
    </message>
    <message>
        <source>Search talents, companies, contacts, missions and notes: any word, accents optional.</source>
        <translation>Cherchez dans les talents, entreprises, contacts, missions et notes&#xa0;: n’importe quels mots, accents facultatifs.</translation>
    </message>
    <message>
        <source>Type one more letter to search.</source>
        <translation>Tapez une lettre de plus pour lancer la recherche.</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.
Check the spelling, or search with fewer words.</source>
        <translation>Aucun résultat pour «&#xa0;{text}&#xa0;».
Vérifiez l’orthographe, ou cherchez avec moins de mots.</translation>
    </message>
    <message>
        <source>More than {count} more… show them all in the list</source>
        <translation>Plus de {count} autres… tout afficher dans la liste</translation>
    </message>
    <message>
        <source>{count} more… show them all in the list</source>
        <translation>{count} de plus… tout afficher dans la liste</translation>
    </message>
    <message>
        <source>More than {count} more… add a word to narrow the search</source>
        <translation>Plus de {count} autres… ajoutez un mot pour affiner la recherche</translation>
    </message>
    <message>
        <source>{count} more… add a word to narrow the search</source>
        <translation>{count} de plus… ajoutez un mot pour affiner la recherche</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Main refusal reason</source>
        <translation>Premier motif de refus</translation>
    </message>
    <message>
        <source>Days to staff</source>
        <translation>Jours pour pourvoir</translation>
    </message>
    <message>
        <source>Offers sent in the period, answered or not</source>
        <translation>Offres envoyées sur la période, avec ou sans réponse</translation>
    </message>
    <message>
        <source>Accepted / (accepted + refused): withdrawn and expired offers are left out</source>
        <translation>Acceptées / (acceptées + refusées)&#xa0;: les offres retirées ou expirées ne comptent pas</translation>
    </message>
    <message>
        <source>The reason cited by the most refused offers</source>
        <translation>Le motif cité par le plus grand nombre d’offres refusées</translation>
    </message>
    <message>
        <source>Median days from a mission&apos;s first offer to its first acceptance</source>
        <translation>Jours médians entre la première offre d’une mission et sa première acceptation</translation>
    </message>
    <message>
        <source>{reason}: cited by {count} of {refused} refused offers</source>
        <translation>{reason}&#xa0;: cité dans {count} des {refused} offres refusées</translation>
    </message>
</context>
<context>
    <name>HintActions</name>
    <message>
        <source>Change the mission</source>
        <translation>Modifier la mission</translation>
    </message>
    <message>
        <source>Raise the talent daily rate of this mission from {old} to {new}?</source>
        <translation>Relever le TJM talent de cette mission de {old} à {new} ?</translation>
    </message>
    <message>
        <source>Move the start of this mission to {date}?</source>
        <translation>Décaler le début de cette mission au {date} ?</translation>
    </message>
    <message>
        <source>Offer this mission full remote?</source>
        <translation>Proposer cette mission en full remote ?</translation>
    </message>
    <message>
        <source>Ask for {n} day on site a week instead, the rest remote?</source>
        <translation>Demander plutôt {n} jour sur site par semaine, le reste en télétravail ?</translation>
    </message>
    <message>
        <source>Ask for {n} days on site a week instead, the rest remote?</source>
        <translation>Demander plutôt {n} jours sur site par semaine, le reste en télétravail ?</translation>
    </message>
    <message>
        <source>Referral recorded and credited.</source>
        <translation>Recommandation enregistrée et créditée.</translation>
    </message>
    <message>
        <source>Follow-up planned on {date}: it will appear in To do.</source>
        <translation>Relance prévue le {date} : elle apparaîtra dans « À faire ».</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Talents in the pool</source>
        <translation>Talents dans le vivier</translation>
    </message>
    <message>
        <source>Prospects and clients</source>
        <translation>Prospects et clients</translation>
    </message>
    <message>
        <source>Open missions</source>
        <translation>Missions ouvertes</translation>
    </message>
    <message>
        <source>Active contracts</source>
        <translation>Contrats en cours</translation>
    </message>
    <message>
        <source>Receivable (incl. VAT)</source>
        <translation>À encaisser (TTC)</translation>
    </message>
    <message>
        <source>Overdue (incl. VAT)</source>
        <translation>En retard (TTC)</translation>
    </message>
    <message>
        <source>Welcome to Freelance Desk</source>
        <translation>Bienvenue dans Freelance Desk</translation>
    </message>
    <message>
        <source>Your talent pool, prospects, missions, contracts and invoices in one place, on this computer. The database is empty: start with the demo data to look around, or add your first records.</source>
        <translation>Votre vivier de talents, vos prospects, missions, contrats et factures au même endroit, sur cet ordinateur. La base est vide : chargez les données de démonstration pour faire le tour, ou saisissez vos premières fiches.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Charger les données de démo</translation>
    </message>
    <message>
        <source>Add a talent</source>
        <translation>Ajouter un talent</translation>
    </message>
    <message>
        <source>Add a prospect</source>
        <translation>Ajouter un prospect</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Talents, companies or contacts from CSV, Excel or vCard</source>
        <translation>Talents, entreprises ou contacts depuis un CSV, un fichier Excel ou une vCard</translation>
    </message>
    <message>
        <source>{n} available now</source>
        <translation>{n} disponibles aujourd’hui</translation>
    </message>
    <message>
        <source>{n} clients won</source>
        <translation>{n} clients gagnés</translation>
    </message>
    <message>
        <source>{n} unpaid invoices</source>
        <translation>{n} factures impayées</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Talents</source>
        <translation>Talents</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Full name (first and last)</source>
        <translation>Nom complet (prénom et nom)</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>Company SIREN</source>
        <translation>SIREN de l’entreprise</translation>
    </message>
    <message>
        <source>{count} values but {columns} columns: a separator inside a value without quotes?</source>
        <translation>{count} valeurs pour {columns} colonnes&#xa0;: un séparateur dans une valeur sans guillemets&#x202f;?</translation>
    </message>
    <message>
        <source>no company has this SIREN; add a company name column to create it</source>
        <translation>aucune entreprise n’a ce SIREN&#x202f;; ajoutez une colonne avec le nom de l’entreprise pour la créer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>{name} is an old Excel file (.xls): save it as .xlsx or .csv first.</source>
        <translation>{name} est un ancien fichier Excel (.xls)&#xa0;: enregistrez-le d’abord en .xlsx ou en .csv.</translation>
    </message>
    <message>
        <source>{name}: unknown file type; use a .csv, .xlsx or .vcf file.</source>
        <translation>{name}&#xa0;: type de fichier inconnu&#x202f;; utilisez un fichier .csv, .xlsx ou .vcf.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>Impossible de lire {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <source>{name}, line {line}: cannot read the file ({reason}).</source>
        <translation>{name}, ligne {line}&#xa0;: lecture du fichier impossible ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a readable Excel (.xlsx) file.</source>
        <translation>{name} n’est pas un fichier Excel (.xlsx) lisible.</translation>
    </message>
    <message>
        <source>not a date (e.g. 31/12/2026 or 2026-12-31)</source>
        <translation>date invalide (ex. 31/12/2026 ou 2026-12-31)</translation>
    </message>
    <message>
        <source>not a whole number (e.g. 5)</source>
        <translation>nombre entier attendu (ex. 5)</translation>
    </message>
    <message>
        <source>unknown country {value!r}: use a code like FR or BE</source>
        <translation>pays inconnu {value!r}&#xa0;: utilisez un code comme FR ou BE</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>InvoiceKind</name>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Payée en partie</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>KanbanBoard</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Talents refused {refused} of this mission’s {answered} answered offers citing “{reason}”.</source>
        <translation>Les talents ont refusé {refused} des {answered} offres de cette mission ayant reçu une réponse, pour le motif «&#xa0;{reason}&#xa0;».</translation>
    </message>
    <message>
        <source>Talents refused {refused} of this client’s {answered} answered offers citing “{reason}”.</source>
        <translation>Les talents ont refusé {refused} des {answered} offres de ce client ayant reçu une réponse, pour le motif «&#xa0;{reason}&#xa0;».</translation>
    </message>
    <message>
        <source>For other clients’ missions in “{sector}”, talents refused {refused} of {answered} answered offers citing “{reason}”.</source>
        <translation>Sur les missions d’autres clients du secteur «&#xa0;{sector}&#xa0;», les talents ont refusé {refused} des {answered} offres ayant reçu une réponse, pour le motif «&#xa0;{reason}&#xa0;».</translation>
    </message>
    <message>
        <source>Propose at least {rate}: the median rate of the accepted offers.</source>
        <translation>Proposez au moins {rate}&#xa0;: le TJM médian des offres acceptées.</translation>
    </message>
    <message>
        <source>Propose more than {rate}: the median rate refused as too low.</source>
        <translation>Proposez plus de {rate}&#xa0;: le TJM médian refusé comme trop bas.</translation>
    </message>
    <message>
        <source>Check the rate against the talents’ minimum daily rates before proposing.</source>
        <translation>Comparez le TJM proposé au TJM minimum des talents avant de proposer.</translation>
    </message>
    <message>
        <source>Complete the scope checklist before proposing: measurable objectives, deliverables, exclusions, phases with deadlines, roles.</source>
        <translation>Complétez la checklist du périmètre avant de proposer&#xa0;: objectifs mesurables, livrables, exclusions, phases avec échéances, rôles.</translation>
    </message>
    <message>
        <source>Check the must-have skills against each talent’s before proposing, and keep the nice-to-haves out of the must-haves.</source>
        <translation>Comparez les compétences indispensables à celles de chaque talent avant de proposer, et ne rangez pas les «&#xa0;plus&#xa0;» parmi les indispensables.</translation>
    </message>
    <message>
        <source>Say what makes the mission worth it: the product, the team, the technical challenge.</source>
        <translation>Dites ce qui rend la mission intéressante&#xa0;: le produit, l’équipe, le défi technique.</translation>
    </message>
    <message>
        <source>Propose to talents free on the start date, or ask the client for a later start or part time.</source>
        <translation>Proposez à des talents libres à la date de début, ou demandez au client un démarrage plus tardif ou un temps partiel.</translation>
    </message>
    <message>
        <source>Introduce the client contact and state the payment terms and the follow-up before proposing.</source>
        <translation>Présentez l’interlocuteur chez le client et annoncez les délais de paiement et le suivi avant de proposer.</translation>
    </message>
    <message>
        <source>Name the client’s sector and project up front, and skip the talents who excluded this sector.</source>
        <translation>Annoncez d’emblée le secteur et le projet du client, et écartez les talents qui ont exclu ce secteur.</translation>
    </message>
    <message>
        <source>Offer remote days or flexible hours, or say up front which conditions are fixed and why.</source>
        <translation>Proposez des jours de télétravail ou des horaires souples, ou dites d’emblée quelles conditions sont fixes et pourquoi.</translation>
    </message>
</context>
<context>
    <name>LessonsBox</name>
    <message>
        <source>Lessons from past refusals</source>
        <translation>Leçons des refus passés</translation>
    </message>
    <message>
        <source>No refusal pattern yet for this client or for similar missions.</source>
        <translation>Pas encore de motif de refus récurrent pour ce client ni pour des missions similaires.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Type any words: the list keeps the rows containing all of them (Ctrl+F, Esc to clear)</source>
        <translation>Tapez des mots : la liste garde les lignes qui les contiennent tous (Ctrl+F, Échap pour effacer)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>hidden fields included</source>
        <translation>champs masqués inclus</translation>
    </message>
    <message>
        <source>only the columns shown</source>
        <translation>colonnes affichées seulement</translation>
    </message>
    <message>
        <source>{n} more in hidden fields</source>
        <translation>{n} de plus dans des champs masqués</translation>
    </message>
    <message>
        <source>Click to show them too</source>
        <translation>Cliquez pour les afficher aussi</translation>
    </message>
    <message>
        <source>Click to look in the columns shown only</source>
        <translation>Cliquez pour ne chercher que dans les colonnes affichées</translation>
    </message>
    <message>
        <source>Select a row to see its details here.</source>
        <translation>Sélectionnez une ligne pour voir sa fiche ici.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>type one more letter to filter</source>
        <translation>tapez une lettre de plus pour filtrer</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.
Press Esc to clear the filter.</source>
        <translation>Aucun résultat pour « {text} ».
Échap pour effacer le filtre.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Filter: name, skill, city…</source>
        <translation>Filtrer : nom, compétence, ville…</translation>
    </message>
    <message>
        <source>No talent yet. Add one with New (Ctrl+N), or load the demo data from Home.</source>
        <translation>Aucun talent pour l’instant. Ajoutez-en un avec Nouveau (Ctrl+N), ou chargez les données de démo depuis l’Accueil.</translation>
    </message>
    <message>
        <source>Filter: name, SIREN, city, sector…</source>
        <translation>Filtrer : nom, SIREN, ville, secteur…</translation>
    </message>
    <message>
        <source>No company yet. Add a prospect with New (Ctrl+N), or load the demo data.</source>
        <translation>Aucune entreprise pour l’instant. Ajoutez un prospect avec Nouveau (Ctrl+N), ou chargez les données de démo.</translation>
    </message>
    <message>
        <source>Filter: title, client, skill…</source>
        <translation>Filtrer : intitulé, client, compétence…</translation>
    </message>
    <message>
        <source>No mission yet.</source>
        <translation>Aucune mission pour l’instant.</translation>
    </message>
    <message>
        <source>Filter: reference, client, talent…</source>
        <translation>Filtrer : référence, client, talent…</translation>
    </message>
    <message>
        <source>No contract yet.</source>
        <translation>Aucun contrat pour l’instant.</translation>
    </message>
    <message>
        <source>Filter: number, client…</source>
        <translation>Filtrer : numéro, client…</translation>
    </message>
    <message>
        <source>No invoice yet.</source>
        <translation>Aucune facture pour l’instant.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Click to fold or unfold this group</source>
        <translation>Cliquez pour replier ou déplier ce groupe</translation>
    </message>
    <message>
        <source>Scope checklist complete</source>
        <translation>Périmètre complet</translation>
    </message>
    <message>
        <source>Scope checklist incomplete: open the mission to see what is missing</source>
        <translation>Périmètre incomplet : ouvrez la mission pour voir ce qui manque</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>Affaire perdue</translation>
    </message>
    <message>
        <source>Why was the deal with “{company}” lost?</source>
        <translation>Pourquoi l’affaire avec «&#xa0;{company}&#xa0;» a-t-elle été perdue&#xa0;?</translation>
    </message>
    <message>
        <source>For example: budget cut, chose another provider</source>
        <translation>Par exemple&#xa0;: budget supprimé, autre prestataire choisi</translation>
    </message>
    <message>
        <source>Move to Lost</source>
        <translation>Passer en Perdu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Talents</source>
        <translation>Talents</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Delete the talent “{name}”, with their skills and notes?</source>
        <translation>Supprimer le talent « {name} », avec ses compétences et ses notes ?</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Missions board</source>
        <translation>Suivi des missions</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Delete the company “{name}”, with its contacts and notes?</source>
        <translation>Supprimer l’entreprise « {name} », avec ses contacts et ses notes ?</translation>
    </message>
    <message>
        <source>Delete the mission “{name}”, with its skills, phases and notes?</source>
        <translation>Supprimer la mission « {name} », avec ses compétences, phases et notes ?</translation>
    </message>
    <message>
        <source>Imported or updated: {count}.</source>
        <translation>Importés ou mis à jour : {count}.</translation>
    </message>
    <message>
        <source>Contacts of the companies</source>
        <translation>Contacts des entreprises</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Records to export:</source>
        <translation>Fiches à exporter :</translation>
    </message>
    <message>
        <source>Exported: {count}, to {path}.</source>
        <translation>Exportés : {count}, dans {path}.</translation>
    </message>
    <message>
        <source>Contract draft created.</source>
        <translation>Brouillon de contrat créé.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>You can undo it with Ctrl+Z.</source>
        <translation>Vous pourrez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Annulation impossible</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restauré.</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Données de démo chargées.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démo</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <translation>Chargement des données de démo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <source>New &amp;talent…</source>
        <translation>Nouveau &amp;talent…</translation>
    </message>
    <message>
        <source>New &amp;company…</source>
        <translation>Nouvelle &amp;entreprise…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Charger les données de &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>Search everything…</source>
        <translation>Tout rechercher…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Ctrl+K: search everything (talents, companies, contacts, missions, notes)
Ctrl+1 … Ctrl+9: go to a section, Ctrl+,: settings
Ctrl+N: new record in the current list
Ctrl+Shift+T / Ctrl+Shift+C: new talent / new company
Ctrl+F: filter the list, Esc: clear the filter
Enter: edit the selected record, Delete: delete it
Ctrl+Z: undo the last deletion
Ctrl+I: import a file, Ctrl+E: export the list
Boards: Ctrl+→ / Ctrl+← move the card, Ctrl+B / Ctrl+L board or list
Written traces: Ctrl+Shift+N note, Ctrl+Shift+E exchange, Ctrl+Shift+M minutes, Ctrl+Shift+L dispute, Ctrl+Shift+A attach
F5: refresh</source>
        <translation>Ctrl+K : tout rechercher (talents, entreprises, contacts, missions, notes)
Ctrl+1 … Ctrl+9 : aller à une rubrique, Ctrl+, : réglages
Ctrl+N : nouvelle fiche dans la liste affichée
Ctrl+Maj+T / Ctrl+Maj+C : nouveau talent / nouvelle entreprise
Ctrl+F : filtrer la liste, Échap : effacer le filtre
Entrée : modifier la fiche sélectionnée, Suppr : la supprimer
Ctrl+Z : annuler la dernière suppression
Ctrl+I : importer un fichier, Ctrl+E : exporter la liste
Tableaux : Ctrl+→ / Ctrl+← déplacer la carte, Ctrl+B / Ctrl+L tableau ou liste
Traces écrites : Ctrl+Maj+N note, Ctrl+Maj+E échange, Ctrl+Maj+M compte rendu, Ctrl+Maj+L litige, Ctrl+Maj+A joindre
F5 : actualiser</translation>
    </message>
    <message>
        <source>{app} {version}
Talents, prospects, missions, contracts and invoices for French IT freelancers, offline.
Data folder: {folder}</source>
        <translation>{app} {version}
Talents, prospects, missions, contrats et factures pour les freelances IT, hors ligne.
Dossier de données : {folder}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Each column fills the field chosen on its right; columns left on “Ignore” are not imported. Headers in French or English are recognised.</source>
        <translation>Chaque colonne remplit le champ choisi à sa droite&#x202f;; les colonnes laissées sur «&#xa0;Ignorer&#xa0;» ne sont pas importées. Les en-têtes en français ou en anglais sont reconnus.</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Preview of the first rows as they will be read (in red: cannot be read):</source>
        <translation>Aperçu des premières lignes telles qu’elles seront lues (en rouge&#xa0;: illisible)&#xa0;:</translation>
    </message>
    <message>
        <source>(column {number})</source>
        <translation>(colonne {number})</translation>
    </message>
    <message>
        <source>— Ignore —</source>
        <translation>— Ignorer —</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}.</source>
        <translation>Choisissez une colonne pour&#xa0;: {fields}.</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>TJM</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Remote and location</source>
        <translation>Télétravail et lieu</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>No skill required</source>
        <translation>Aucune compétence demandée</translation>
    </message>
    <message>
        <source>{skill}: missing (must-have)</source>
        <translation>{skill} : absente (indispensable)</translation>
    </message>
    <message>
        <source>{skill}: missing (nice-to-have)</source>
        <translation>{skill} : absente (souhaitée)</translation>
    </message>
    <message>
        <source>{skill}: level {held}, {required} required</source>
        <translation>{skill} : niveau {held}, {required} demandé</translation>
    </message>
    <message>
        <source>{skill}: level {held} of {required} required</source>
        <translation>{skill} : niveau {held} sur {required} demandé</translation>
    </message>
    <message>
        <source>No budget set</source>
        <translation>Aucun budget indiqué</translation>
    </message>
    <message>
        <source>Daily rate unknown</source>
        <translation>TJM inconnu</translation>
    </message>
    <message>
        <source>Rate {rate} within budget {budget}</source>
        <translation>TJM de {rate} dans le budget de {budget}</translation>
    </message>
    <message>
        <source>Rate {rate} is {percent}% above budget {budget}</source>
        <translation>TJM de {rate}, {percent} % au-dessus du budget de {budget}</translation>
    </message>
    <message>
        <source>Accepts down to {minimum}: negotiable</source>
        <translation>Accepte jusqu’à {minimum} : négociable</translation>
    </message>
    <message>
        <source>Marked unavailable</source>
        <translation>Indiqué indisponible</translation>
    </message>
    <message>
        <source>Available the day after the start</source>
        <translation>Disponible le lendemain du démarrage</translation>
    </message>
    <message>
        <source>Available {days} days after the start</source>
        <translation>Disponible {days} jours après le démarrage</translation>
    </message>
    <message>
        <source>Available {weeks} weeks after the start</source>
        <translation>Disponible {weeks} semaines après le démarrage</translation>
    </message>
    <message>
        <source>Available at the start ({load}% of their time already taken)</source>
        <translation>Disponible au démarrage ({load} % de son temps déjà pris)</translation>
    </message>
    <message>
        <source>Available at the start</source>
        <translation>Disponible au démarrage</translation>
    </message>
    <message>
        <source>{load}% of their time already taken; the mission needs {needed}%</source>
        <translation>{load} % de son temps déjà pris ; la mission demande {needed} %</translation>
    </message>
    <message>
        <source>Full remote mission</source>
        <translation>Mission en télétravail complet</translation>
    </message>
    <message>
        <source>Days on site a week: {days} asked, {accepted} at most accepted</source>
        <translation>Jours sur site par semaine : {days} demandés, {accepted} au plus acceptés</translation>
    </message>
    <message>
        <source>Days on site a week: {days}, accepted</source>
        <translation>Jours sur site par semaine : {days}, acceptés</translation>
    </message>
    <message>
        <source>Lives in {city}</source>
        <translation>Habite à {city}</translation>
    </message>
    <message>
        <source>Lives in {city}, mobile: {mobility}</source>
        <translation>Habite à {city}, mobilité : {mobility}</translation>
    </message>
    <message>
        <source>Lives in {city}, same region ({region})</source>
        <translation>Habite à {city}, même région ({region})</translation>
    </message>
    <message>
        <source>Lives in {city}, the mission is in {mission_city}</source>
        <translation>Habite à {city}, la mission est à {mission_city}</translation>
    </message>
    <message>
        <source>1 year of experience, none required</source>
        <translation>1 an d’expérience, aucune exigence</translation>
    </message>
    <message>
        <source>{years} years of experience, none required</source>
        <translation>{years} ans d’expérience, aucune exigence</translation>
    </message>
    <message>
        <source>1 year of experience, {required} required</source>
        <translation>1 an d’expérience, {required} demandés</translation>
    </message>
    <message>
        <source>{years} years of experience, {required} required</source>
        <translation>{years} ans d’expérience, {required} demandés</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Refuses the sector {sector}</source>
        <translation>Refuse le secteur {sector}</translation>
    </message>
    <message>
        <source>Capped at {cap}: must-have skill missing ({skills})</source>
        <translation>Plafonné à {cap} : compétence indispensable absente ({skills})</translation>
    </message>
</context>
<context>
    <name>MissionBoardPage</name>
    <message>
        <source>Missions board</source>
        <translation>Suivi des missions</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Account owner of the client</source>
        <translation>Responsable du compte client</translation>
    </message>
    <message>
        <source>Sector of the mission</source>
        <translation>Secteur de la mission</translation>
    </message>
    <message>
        <source>Tag of the client</source>
        <translation>Étiquette du client</translation>
    </message>
    <message>
        <source>Mission status</source>
        <translation>Statut de la mission</translation>
    </message>
    <message>
        <source>{count} missions</source>
        <translation>{count} missions</translation>
    </message>
    <message>
        <source>No mission yet.
Load the demo data from Home to try the board.</source>
        <translation>Aucune mission pour l’instant.
Chargez les données de démo depuis l’Accueil pour essayer le tableau.</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} j</translation>
    </message>
    <message>
        <source>Client budget, excl. VAT: {amount}
Working days: {days}</source>
        <translation>Budget client HT&#xa0;: {amount}
Jours ouvrés&#xa0;: {days}</translation>
    </message>
    <message>
        <source>Scope {done}/{total}</source>
        <translation>Périmètre {done}/{total}</translation>
    </message>
    <message>
        <source>Scope ✓</source>
        <translation>Périmètre ✓</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} jour</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>Start {date}</source>
        <translation>Début {date}</translation>
    </message>
    <message>
        <source>{rate}/day</source>
        <translation>{rate}/j</translation>
    </message>
    <message>
        <source>Skills: {skills}</source>
        <translation>Compétences&#xa0;: {skills}</translation>
    </message>
    <message>
        <source>Client daily rate: {rate}</source>
        <translation>TJM client&#xa0;: {rate}</translation>
    </message>
    <message>
        <source>Budget, excl. VAT: {amount}</source>
        <translation>Budget HT&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Start date passed, nobody staffed: {date}</source>
        <translation>Date de début passée, personne n’est positionné&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Start: {date}</source>
        <translation>Début&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Scope to complete: {items}</source>
        <translation>Périmètre à compléter&#xa0;: {items}</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>Edit mission</source>
        <translation>Modifier la mission</translation>
    </message>
    <message>
        <source>Type the client&apos;s name</source>
        <translation>Tapez le nom du client</translation>
    </message>
    <message>
        <source>e.g. Migration of the billing API to Kubernetes</source>
        <translation>ex. Migration de l’API de facturation vers Kubernetes</translation>
    </message>
    <message>
        <source>Context, team, stakes…</source>
        <translation>Contexte, équipe, enjeux…</translation>
    </message>
    <message>
        <source>Measurable: “invoices sent within 24 h”, “99.9 % availability”…</source>
        <translation>Mesurables : « factures envoyées sous 24 h », « 99,9 % de disponibilité »…</translation>
    </message>
    <message>
        <source>Code, documentation, training…</source>
        <translation>Code, documentation, formation…</translation>
    </message>
    <message>
        <source>What is NOT included: support, on-call, data migration…</source>
        <translation>Ce qui n’est PAS compris : support, astreintes, reprise de données…</translation>
    </message>
    <message>
        <source>Client: product owner, acceptance tests. Talent: design and build…</source>
        <translation>Client : product owner, recette. Talent : conception et réalisation…</translation>
    </message>
    <message>
        <source>Platforms take 5 to 15 % of the client rate</source>
        <translation>Les plateformes prennent de 5 à 15 % du TJM client</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non fixée</translation>
    </message>
    <message>
        <source>e.g. releases on Saturday morning</source>
        <translation>ex. mises en production le samedi matin</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Scope checklist incomplete — still missing: {items}. Talents refuse vague missions first.</source>
        <translation>Périmètre incomplet — il manque encore : {items}. Les talents refusent d’abord les missions floues.</translation>
    </message>
    <message>
        <source>Scope checklist complete ✓</source>
        <translation>Périmètre complet ✓</translation>
    </message>
    <message>
        <source>Enter both rates to see the margin per day.</source>
        <translation>Saisissez les deux TJM pour voir la marge par jour.</translation>
    </message>
    <message>
        <source>{amount} per day ({percent} % of the client rate), after {commission} of commission</source>
        <translation>{amount} par jour ({percent} % du TJM client), après {commission} de commission</translation>
    </message>
    <message>
        <source>{amount} per day ({percent} % of the client rate)</source>
        <translation>{amount} par jour ({percent} % du TJM client)</translation>
    </message>
</context>
<context>
    <name>MissionStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Staffed</source>
        <translation>Pourvue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>Missions</name>
    <message>
        <source>Unknown mission status “{status}”.</source>
        <translation>Statut de mission inconnu « {status} ».</translation>
    </message>
</context>
<context>
    <name>MissionsForTalentPanel</name>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>City · remote</source>
        <translation>Ville · télétravail</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Missions that fit…</source>
        <translation>Missions adaptées…</translation>
    </message>
    <message>
        <source>Missions that fit {name}</source>
        <translation>Missions adaptées à {name}</translation>
    </message>
    <message>
        <source>{name} is marked “do not contact”: no mission is suggested.</source>
        <translation>{name} est indiqué « ne pas contacter » : aucune mission n’est suggérée.</translation>
    </message>
    <message>
        <source>No open mission fits {name} yet. Missions open to proposals (status Open or Proposed) appear here with their score.</source>
        <translation>Aucune mission ouverte ne correspond encore à {name}. Les missions ouvertes aux propositions (statut Ouverte ou Proposée) apparaissent ici avec leur score.</translation>
    </message>
    <message>
        <source>1 open mission is in a sector {name} refuses: not shown.</source>
        <translation>1 mission ouverte relève d’un secteur que {name} refuse : non affichée.</translation>
    </message>
    <message>
        <source>{count} open missions are in sectors {name} refuses: not shown.</source>
        <translation>{count} missions ouvertes relèvent de secteurs que {name} refuse : non affichées.</translation>
    </message>
    <message>
        <source>The ranking failed: {error}</source>
        <translation>Le classement a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
</context>
<context>
    <name>OfferStatus</name>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>In discussion</source>
        <translation>En discussion</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
</context>
<context>
    <name>Offers</name>
    <message>
        <source>An offer that is “{current}” cannot become “{wanted}”.</source>
        <translation>Une proposition « {current} » ne peut pas passer à « {wanted} ».</translation>
    </message>
    <message>
        <source>Say why the talent refused: pick at least one reason.</source>
        <translation>Indiquez pourquoi le talent a refusé : choisissez au moins une raison.</translation>
    </message>
    <message>
        <source>Unknown refusal reason “{reason}”.</source>
        <translation>Raison de refus inconnue « {reason} ».</translation>
    </message>
    <message>
        <source>The scope of this mission is incomplete: {items}. Talents refuse vague missions first; complete it, or confirm to propose it anyway.</source>
        <translation>Le périmètre de cette mission est incomplet : {items}. Les talents refusent d’abord les missions floues ; complétez-le, ou confirmez pour la proposer quand même.</translation>
    </message>
    <message>
        <source>The proposed rate cannot be negative.</source>
        <translation>Le tarif proposé ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Say who was recommended: a name or a talent of the pool.</source>
        <translation>Indiquez qui est recommandé : un nom ou un talent du vivier.</translation>
    </message>
    <message>
        <source>A talent cannot recommend themselves.</source>
        <translation>Un talent ne peut pas se recommander lui-même.</translation>
    </message>
</context>
<context>
    <name>OffersTab</name>
    <message>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>TJM</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Refusal reasons</source>
        <translation>Raisons du refus</translation>
    </message>
    <message>
        <source>No offer yet. Open the Matching tab, select talents and propose the mission.</source>
        <translation>Aucune proposition pour l’instant. Ouvrez l’onglet Correspondances, sélectionnez des talents et proposez la mission.</translation>
    </message>
    <message>
        <source>Record the answer…</source>
        <translation>Enregistrer la réponse…</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>Plan a follow-up with this talent in 3 months</source>
        <translation>Prévoir une relance de ce talent dans 3 mois</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>Relance prévue</translation>
    </message>
    <message>
        <source>A follow-up with {name} is planned on {date}: it will appear in To do.</source>
        <translation>Une relance de {name} est prévue le {date} : elle apparaîtra dans « À faire ».</translation>
    </message>
</context>
<context>
    <name>PhasesEditor</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>PipelineBoardPage</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Responsable du compte</translation>
    </message>
    <message>
        <source>Sector of the company</source>
        <translation>Secteur de l’entreprise</translation>
    </message>
    <message>
        <source>Tag of the company</source>
        <translation>Étiquette de l’entreprise</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Étape du pipeline</translation>
    </message>
    <message>
        <source>{count} companies</source>
        <translation>{count} entreprises</translation>
    </message>
    <message>
        <source>No company in the pipeline yet.
Add a prospect in Companies, or load the demo data from Home.</source>
        <translation>Aucune entreprise dans le pipeline pour l’instant.
Ajoutez un prospect dans Entreprises, ou chargez les données de démo depuis l’Accueil.</translation>
    </message>
    <message>
        <source>No expected value entered for these deals</source>
        <translation>Aucun montant espéré saisi pour ces affaires</translation>
    </message>
    <message>
        <source>Expected value of these deals, excl. VAT: {amount}</source>
        <translation>Montant espéré de ces affaires, HT&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Lost: {reason}</source>
        <translation>Perdu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Follow-up {date}</source>
        <translation>Relance {date}</translation>
    </message>
    <message>
        <source>Account owner: {owner}</source>
        <translation>Responsable du compte&#xa0;: {owner}</translation>
    </message>
    <message>
        <source>Expected value (excl. VAT): {amount}</source>
        <translation>Montant espéré (HT)&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Vetting: {done} of 4</source>
        <translation>Vérifications&#xa0;: {done} sur 4</translation>
    </message>
    <message>
        <source>Follow-up overdue since {date}</source>
        <translation>Relance en retard depuis le {date}</translation>
    </message>
    <message>
        <source>Next follow-up: {date}</source>
        <translation>Prochaine relance&#xa0;: {date}</translation>
    </message>
</context>
<context>
    <name>PipelineStage</name>
    <message>
        <source>Lead</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>skills</source>
        <translation>compétences</translation>
    </message>
    <message>
        <source>talents</source>
        <translation>talents</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>entreprises</translation>
    </message>
    <message>
        <source>missions</source>
        <translation>missions</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>propositions</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>factures</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>index de recherche</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>checking rows</source>
        <translation>vérification des lignes</translation>
    </message>
    <message>
        <source>looking for duplicates</source>
        <translation>recherche des doublons</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>Propose “{title}”</source>
        <translation>Proposer « {title} »</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> et {n} autres</translation>
    </message>
    <message>
        <source>To: {names}</source>
        <translation>À : {names}</translation>
    </message>
    <message>
        <source>Why this mission fits them, what is expected…</source>
        <translation>Pourquoi cette mission leur correspond, ce qui est attendu…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Answer expected within (days)</source>
        <translation>Réponse attendue sous (jours)</translation>
    </message>
    <message>
        <source>⚠ The scope is incomplete (missing: {items}). Vague scope is one of the first reasons talents refuse.</source>
        <translation>⚠ Le périmètre est incomplet (manque : {items}). Un périmètre flou est l’une des premières raisons de refus.</translation>
    </message>
    <message>
        <source>Propose it anyway</source>
        <translation>La proposer quand même</translation>
    </message>
    <message>
        <source>Lessons from past offers</source>
        <translation>Leçons des propositions passées</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <source>Propose to selected…</source>
        <translation>Proposer à la sélection…</translation>
    </message>
    <message>
        <source>Send the mission to the selected talents (Ctrl+Enter)</source>
        <translation>Envoyer la mission aux talents sélectionnés (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Score: {score} / 100</source>
        <translation>Score : {score} / 100</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>TJM</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible le</translation>
    </message>
    <message>
        <source>City · remote</source>
        <translation>Ville · télétravail</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Key reasons</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>Classement en cours…</translation>
    </message>
    <message>
        <source>Talents for “{mission}”</source>
        <translation>Talents pour « {mission} »</translation>
    </message>
    <message>
        <source>No talent matches these filters. Lower the minimum score, untick “Free by the start”, clear the rate or the place, or tick more statuses.</source>
        <translation>Aucun talent ne correspond à ces filtres. Baissez le score minimum, décochez « Libre au démarrage », effacez le TJM ou le lieu, ou cochez d’autres statuts.</translation>
    </message>
    <message>
        <source>{count} best-matched talents</source>
        <translation>Les {count} talents les mieux adaptés</translation>
    </message>
    <message>
        <source>The ranking failed: {error}</source>
        <translation>Le classement a échoué : {error}</translation>
    </message>
    <message>
        <source>1 talent refuses the sector “{sector}” and is left out: {names}</source>
        <translation>1 talent refuse le secteur « {sector} » et n’est pas classé : {names}</translation>
    </message>
    <message>
        <source>{count} talents refuse the sector “{sector}” and are left out: {names}</source>
        <translation>{count} talents refusent le secteur « {sector} » et ne sont pas classés : {names}</translation>
    </message>
</context>
<context>
    <name>ReasonsChart</name>
    <message>
        <source>Rate too low</source>
        <translation>Tarif trop bas</translation>
    </message>
    <message>
        <source>Vague scope</source>
        <translation>Périmètre flou</translation>
    </message>
    <message>
        <source>Skills not mastered</source>
        <translation>Compétences non maîtrisées</translation>
    </message>
    <message>
        <source>Lack of interest</source>
        <translation>Manque d’intérêt</translation>
    </message>
    <message>
        <source>Schedule conflict</source>
        <translation>Calendrier ou surcharge</translation>
    </message>
    <message>
        <source>Relationship or trust</source>
        <translation>Relation ou confiance</translation>
    </message>
    <message>
        <source>Values or ethics</source>
        <translation>Valeurs ou éthique</translation>
    </message>
    <message>
        <source>Rigid conditions</source>
        <translation>Conditions trop rigides</translation>
    </message>
    <message>
        <source>Refused offers</source>
        <translation>Offres refusées</translation>
    </message>
    <message>
        <source>{reason}: {count} refused offers, {share} of the refusals</source>
        <translation>{reason}&#xa0;: {count} offres refusées, {share} des refus</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>missions</source>
        <translation>missions</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>contrats</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>factures</translation>
    </message>
    <message>
        <source>Move it to the “Lost” stage instead, to keep its history.</source>
        <translation>Passez-la plutôt à l’étape « Perdu » pour garder son historique.</translation>
    </message>
    <message>
        <source>Company “{name}” deleted</source>
        <translation>Entreprise « {name} » supprimée</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label} : {count}</translation>
    </message>
    <message>
        <source>“{name}” cannot be deleted: other records refer to it ({uses}). {advice}</source>
        <translation>« {name} » ne peut pas être supprimé : d’autres fiches y font référence ({uses}). {advice}</translation>
    </message>
    <message>
        <source>The deletion cannot be undone any more: {reason}</source>
        <translation>La suppression ne peut plus être annulée : {reason}</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>propositions</translation>
    </message>
    <message>
        <source>Set its status to “Cancelled” to keep the history.</source>
        <translation>Passez plutôt son statut à « Annulée » pour garder l’historique.</translation>
    </message>
    <message>
        <source>Mission “{name}” deleted</source>
        <translation>Mission « {name} » supprimée</translation>
    </message>
    <message>
        <source>Set the talent&apos;s status to “Do not contact” to keep the history.</source>
        <translation>Passez plutôt le statut du talent à « Ne pas contacter » pour garder l’historique.</translation>
    </message>
    <message>
        <source>Talent “{name}” deleted</source>
        <translation>Talent « {name} » supprimé</translation>
    </message>
    <message>
        <source>Choose another contact on those missions first.</source>
        <translation>Choisissez d’abord un autre contact pour ces missions.</translation>
    </message>
    <message>
        <source>Contact “{name}” deleted</source>
        <translation>Contact « {name} » supprimé</translation>
    </message>
    <message>
        <source>Written trace “{title}” deleted</source>
        <translation>Trace écrite « {title} » supprimée</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral by {name}</source>
        <translation>Recommandation de {name}</translation>
    </message>
    <message>
        <source>{name} has not recommended anyone yet.</source>
        <translation>{name} n’a encore recommandé personne.</translation>
    </message>
    <message>
        <source>{name} has recommended one person so far.</source>
        <translation>{name} a recommandé une personne jusqu’ici.</translation>
    </message>
    <message>
        <source>{name} has recommended {count} people so far.</source>
        <translation>{name} a recommandé {count} personnes jusqu’ici.</translation>
    </message>
    <message>
        <source>Name, or pick a talent of the pool</source>
        <translation>Nom, ou choisissez un talent du vivier</translation>
    </message>
    <message>
        <source>Why they would fit, how to reach them…</source>
        <translation>Pourquoi cette personne conviendrait, comment la joindre…</translation>
    </message>
    <message>
        <source>Person recommended</source>
        <translation>Personne recommandée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Linked to the talent record of the pool.</source>
        <translation>Reliée à sa fiche talent du vivier.</translation>
    </message>
</context>
<context>
    <name>RefusalHints</name>
    <message>
        <source>No rate was offered: set the budget.</source>
        <translation>Aucun TJM n’a été proposé : indiquez le budget.</translation>
    </message>
    <message>
        <source>The offered rate ({offered}) is {percent}% below the median daily rate ({median}) of the {count} best-matched talents.</source>
        <translation>Le TJM proposé ({offered}) est {percent} % en dessous du TJM médian ({median}) des {count} talents les mieux adaptés.</translation>
    </message>
    <message>
        <source>The offered rate ({offered}) is not below the median daily rate ({median}) of the {count} best-matched talents: the market pays this; the refusal is about this talent’s own expectations.</source>
        <translation>Le TJM proposé ({offered}) n’est pas en dessous du TJM médian ({median}) des {count} talents les mieux adaptés : c’est le prix du marché ; le refus tient aux attentes propres de ce talent.</translation>
    </message>
    <message>
        <source>{name} asks at least {minimum}: {gap} more than offered.</source>
        <translation>{name} demande au moins {minimum} : {gap} de plus que la proposition.</translation>
    </message>
    <message>
        <source>At {rate}, the margin would be negative: renegotiate the client rate ({client_rate}) first.</source>
        <translation>À {rate}, la marge serait négative : renégociez d’abord le TJM client ({client_rate}).</translation>
    </message>
    <message>
        <source>At {rate}, the margin would be {per_day} a day ({percent}%).</source>
        <translation>À {rate}, la marge serait de {per_day} par jour ({percent} %).</translation>
    </message>
    <message>
        <source>Scope checklist incomplete: {items}.</source>
        <translation>Cadrage incomplet : {items}.</translation>
    </message>
    <message>
        <source>The scope checklist is complete: check with the client that the goals and deadlines are realistic, and say so in the proposal.</source>
        <translation>Le cadrage est complet : vérifiez avec le client que les objectifs et les délais sont réalistes, et dites-le dans la proposition.</translation>
    </message>
    <message>
        <source>1 next-best talent masters the required skills: {names}.</source>
        <translation>1 autre talent bien classé maîtrise les compétences demandées : {names}.</translation>
    </message>
    <message>
        <source>{count} next-best talents master the required skills: {names}.</source>
        <translation>{count} autres talents bien classés maîtrisent les compétences demandées : {names}.</translation>
    </message>
    <message>
        <source>1 next-best talent is available at the start date: {names}.</source>
        <translation>1 autre talent bien classé est disponible à la date de démarrage : {names}.</translation>
    </message>
    <message>
        <source>{count} next-best talents are available at the start date: {names}.</source>
        <translation>{count} autres talents bien classés sont disponibles à la date de démarrage : {names}.</translation>
    </message>
    <message>
        <source>1 next-best talent does not refuse the sector {sector}: {names}.</source>
        <translation>1 autre talent bien classé ne refuse pas le secteur {sector} : {names}.</translation>
    </message>
    <message>
        <source>{count} next-best talents do not refuse the sector {sector}: {names}.</source>
        <translation>{count} autres talents bien classés ne refusent pas le secteur {sector} : {names}.</translation>
    </message>
    <message>
        <source>1 next-best talent to propose instead: {names}.</source>
        <translation>1 autre talent bien classé à qui la proposer : {names}.</translation>
    </message>
    <message>
        <source>{count} next-best talents to propose instead: {names}.</source>
        <translation>{count} autres talents bien classés à qui la proposer : {names}.</translation>
    </message>
    <message>
        <source>No other talent of the pool masters every must-have skill: widen the search (fewer must-haves, lower levels) or look outside the pool.</source>
        <translation>Aucun autre talent du vivier ne maîtrise toutes les compétences indispensables : élargissez la recherche (moins d’indispensables, niveaux plus bas) ou cherchez hors du vivier.</translation>
    </message>
    <message>
        <source>Move the start date by 1 week: 1 more talent is available.</source>
        <translation>Décalez le démarrage d’une semaine : 1 talent de plus est disponible.</translation>
    </message>
    <message>
        <source>Move the start date by 1 week: {more} more talents are available.</source>
        <translation>Décalez le démarrage d’une semaine : {more} talents de plus sont disponibles.</translation>
    </message>
    <message>
        <source>Move the start date by {weeks} weeks: 1 more talent is available.</source>
        <translation>Décalez le démarrage de {weeks} semaines : 1 talent de plus est disponible.</translation>
    </message>
    <message>
        <source>Move the start date by {weeks} weeks: {more} more talents are available.</source>
        <translation>Décalez le démarrage de {weeks} semaines : {more} talents de plus sont disponibles.</translation>
    </message>
    <message>
        <source>Offer 1 remote day a week ({days} on site instead of {current}): 1 more talent matches.</source>
        <translation>Proposez 1 jour de télétravail par semaine ({days} sur site au lieu de {current}) : 1 talent de plus correspond.</translation>
    </message>
    <message>
        <source>Offer 1 remote day a week ({days} on site instead of {current}): {more} more talents match.</source>
        <translation>Proposez 1 jour de télétravail par semaine ({days} sur site au lieu de {current}) : {more} talents de plus correspondent.</translation>
    </message>
    <message>
        <source>Offer {remote} remote days a week ({days} on site instead of {current}): 1 more talent matches.</source>
        <translation>Proposez {remote} jours de télétravail par semaine ({days} sur site au lieu de {current}) : 1 talent de plus correspond.</translation>
    </message>
    <message>
        <source>Offer {remote} remote days a week ({days} on site instead of {current}): {more} more talents match.</source>
        <translation>Proposez {remote} jours de télétravail par semaine ({days} sur site au lieu de {current}) : {more} talents de plus correspondent.</translation>
    </message>
    <message>
        <source>Fixed hours (“{hours}”): ask the client which of them can move.</source>
        <translation>Horaires imposés (« {hours} ») : demandez au client lesquels peuvent bouger.</translation>
    </message>
    <message>
        <source>On-call duty is required: say how often, and how it is paid.</source>
        <translation>Des astreintes sont demandées : précisez leur fréquence et leur rémunération.</translation>
    </message>
    <message>
        <source>No fewer days on site would bring more talents: ask the talent which condition put them off.</source>
        <translation>Moins de jours sur site n’apporterait pas plus de talents : demandez au talent quelle condition l’a rebuté.</translation>
    </message>
    <message>
        <source>Ask {name} for a referral: they have recommended one person so far.</source>
        <translation>Demandez une recommandation à {name} : une personne recommandée jusqu’ici.</translation>
    </message>
    <message>
        <source>Ask {name} for a referral: they have recommended {credits} people so far.</source>
        <translation>Demandez une recommandation à {name} : {credits} personnes recommandées jusqu’ici.</translation>
    </message>
    <message>
        <source>Ask {name} for a referral: who would they recommend for it?</source>
        <translation>Demandez une recommandation à {name} : qui recommanderait-il ou elle pour cette mission ?</translation>
    </message>
    <message>
        <source>A keep-in-touch follow-up with {name} is planned on {date}.</source>
        <translation>Une relance pour garder le contact avec {name} est prévue le {date}.</translation>
    </message>
    <message>
        <source>Plan a keep-in-touch follow-up with {name} on {date}.</source>
        <translation>Prévoyez une relance pour garder le contact avec {name} le {date}.</translation>
    </message>
</context>
<context>
    <name>RefusalHintsView</name>
    <message>
        <source>Looking for what would have worked…</source>
        <translation>Recherche de ce qui aurait pu marcher…</translation>
    </message>
    <message>
        <source>No refusal reason is recorded: record why the talent said no to get hints.</source>
        <translation>Aucune raison de refus n’est enregistrée : indiquez pourquoi le talent a dit non pour obtenir des pistes.</translation>
    </message>
    <message>
        <source>Whatever the reason</source>
        <translation>Quelle que soit la raison</translation>
    </message>
    <message>
        <source>The hints could not be computed: {error}</source>
        <translation>Les pistes n’ont pas pu être calculées : {error}</translation>
    </message>
    <message>
        <source>Offer {rate}</source>
        <translation>Proposer {rate}</translation>
    </message>
    <message>
        <source>Propose to them…</source>
        <translation>Leur proposer…</translation>
    </message>
    <message>
        <source>Move the start date</source>
        <translation>Décaler le démarrage</translation>
    </message>
    <message>
        <source>Offer full remote</source>
        <translation>Proposer le télétravail complet</translation>
    </message>
    <message>
        <source>Ask for 1 day on site</source>
        <translation>Demander 1 jour sur site</translation>
    </message>
    <message>
        <source>Ask for {days} days on site</source>
        <translation>Demander {days} jours sur site</translation>
    </message>
    <message>
        <source>Record a referral…</source>
        <translation>Enregistrer une recommandation…</translation>
    </message>
    <message>
        <source>Plan the follow-up</source>
        <translation>Prévoir la relance</translation>
    </message>
    <message>
        <source>Edit the mission</source>
        <translation>Modifier la mission</translation>
    </message>
</context>
<context>
    <name>RefusalReason</name>
    <message>
        <source>Rate too low</source>
        <translation>Tarif trop bas</translation>
    </message>
    <message>
        <source>Vague scope or unrealistic goals</source>
        <translation>Périmètre flou ou objectifs irréalistes</translation>
    </message>
    <message>
        <source>Skills not mastered</source>
        <translation>Compétences non maîtrisées</translation>
    </message>
    <message>
        <source>Lack of interest</source>
        <translation>Manque d’intérêt</translation>
    </message>
    <message>
        <source>Schedule conflict or overload</source>
        <translation>Conflit de calendrier ou surcharge</translation>
    </message>
    <message>
        <source>Relationship or trust concern</source>
        <translation>Doute sur la relation ou la confiance</translation>
    </message>
    <message>
        <source>Values or ethics</source>
        <translation>Valeurs ou éthique</translation>
    </message>
    <message>
        <source>Working conditions too rigid (on site, remote, hours)</source>
        <translation>Conditions trop rigides (sur site, télétravail, horaires)</translation>
    </message>
</context>
<context>
    <name>RemotePreference</name>
    <message>
        <source>Full remote</source>
        <translation>Full remote</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sur site</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule the follow-up</source>
        <translation>Changer la date de la relance</translation>
    </message>
    <message>
        <source>Next follow-up with {name}:</source>
        <translation>Prochaine relance de {name}&#xa0;:</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Changer la date</translation>
    </message>
</context>
<context>
    <name>SectionPages</name>
    <message>
        <source>Written traces</source>
        <translation>Traces écrites</translation>
    </message>
    <message>
        <source>talents</source>
        <translation>talents</translation>
    </message>
    <message>
        <source>New talent</source>
        <translation>Nouveau talent</translation>
    </message>
    <message>
        <source>Missions that fit</source>
        <translation>Missions qui conviennent</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>entreprises</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Written traces — {name}</source>
        <translation>Traces écrites — {name}</translation>
    </message>
    <message>
        <source>missions</source>
        <translation>missions</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Mission proposed.</source>
        <translation>Mission proposée.</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>contrats</translation>
    </message>
    <message>
        <source>invoices and credit notes</source>
        <translation>factures et avoirs</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
</context>
<context>
    <name>SkillsEditor</name>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Must-have</source>
        <translation>Indispensable</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Level (1-5)</source>
        <translation>Niveau (1-5)</translation>
    </message>
    <message>
        <source>Add a skill: Java, Kubernetes, SAP FI…</source>
        <translation>Ajouter une compétence : Java, Kubernetes, SAP FI…</translation>
    </message>
    <message>
        <source>1 notions, 2 junior, 3 autonomous, 4 senior, 5 expert</source>
        <translation>1 notions, 2 junior, 3 autonome, 4 senior, 5 expert</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Updating your data to this version of Freelance Desk.
A backup is made first; this can take a few minutes on a large file.</source>
        <translation>Mise à jour de vos données pour cette version de Freelance Desk.
Une sauvegarde est faite d’abord ; cela peut prendre quelques minutes sur un gros fichier.</translation>
    </message>
</context>
<context>
    <name>SubjectType</name>
    <message>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
</context>
<context>
    <name>TalentDialog</name>
    <message>
        <source>New talent</source>
        <translation>Nouveau talent</translation>
    </message>
    <message>
        <source>Edit talent</source>
        <translation>Modifier le talent</translation>
    </message>
    <message>
        <source>e.g. Senior Java developer</source>
        <translation>ex. Développeur Java senior</translation>
    </message>
    <message>
        <source>LinkedIn, Malt, referral…</source>
        <translation>LinkedIn, Malt, cooptation…</translation>
    </message>
    <message>
        <source>Type a name from the pool</source>
        <translation>Tapez un nom du vivier</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>e.g. Île-de-France, Lyon</source>
        <translation>ex. Île-de-France, Lyon</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>e.g. Français, anglais (C1)</source>
        <translation>ex. Français, anglais (C1)</translation>
    </message>
    <message>
        <source>Defence, Gambling, Tobacco, Crypto-assets, Oil and gas</source>
        <translation>Défense, Jeux d&apos;argent, Tabac, Crypto-actifs, Pétrole et gaz</translation>
    </message>
    <message>
        <source>Sectors or kinds of projects this talent will not work for, separated by commas. Missions of these sectors are never proposed to them.</source>
        <translation>Secteurs ou types de projets pour lesquels ce talent ne travaillera pas, séparés par des virgules. Les missions de ces secteurs ne lui sont jamais proposées.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Values and notes</source>
        <translation>Valeurs et notes</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <source>Rate and availability</source>
        <translation>Tarif et disponibilité</translation>
    </message>
</context>
<context>
    <name>TalentStatus</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On mission</source>
        <translation>En mission</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <source>File added</source>
        <translation>Fichier ajouté</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Edit (Enter)</source>
        <translation>Modifier (Entrée)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Supprimer (Suppr)</translation>
    </message>
    <message>
        <source>Tick when it is done</source>
        <translation>Cochez une fois fait</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>pour le {date}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open with the program of your computer</source>
        <translation>Ouvrir avec le programme de votre ordinateur</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add a note (Ctrl+Shift+N)</source>
        <translation>Ajouter une note (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Log a call, an e-mail, a meeting or a video call (Ctrl+Shift+E)</source>
        <translation>Consigner un appel, un e-mail, une rencontre ou une visio (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Write meeting minutes: decisions and actions (Ctrl+Shift+M)</source>
        <translation>Rédiger un compte rendu de réunion : décisions et actions (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <source>Record a dispute: cause, solutions, mediator (Ctrl+Shift+L)</source>
        <translation>Consigner un litige : cause, solutions, médiateur (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Attach files to this record (Ctrl+Shift+A); you can also drop them here</source>
        <translation>Joindre des fichiers à cette fiche (Ctrl+Maj+A) ; vous pouvez aussi les déposer ici</translation>
    </message>
    <message>
        <source>Search the traces…</source>
        <translation>Rechercher dans les traces…</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Afficher les entrées plus anciennes</translation>
    </message>
    <message>
        <source>Select a record to see its written traces.</source>
        <translation>Sélectionnez une fiche pour voir ses traces écrites.</translation>
    </message>
    <message>
        <source>No trace matches “{text}”.</source>
        <translation>Aucune trace ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>No written trace yet: add a note after each important exchange (Ctrl+Shift+N), minutes after each meeting, and drop files here to attach them. Dated traces settle disagreements later.</source>
        <translation>Aucune trace écrite pour l’instant : ajoutez une note après chaque échange important (Ctrl+Maj+N), un compte rendu après chaque réunion, et déposez ici les fichiers à joindre. Des traces datées règlent les désaccords plus tard.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the trace “{title}” of {date}, with its actions and files?</source>
        <translation>Supprimer la trace « {title} » du {date}, avec ses actions et ses fichiers ?</translation>
    </message>
    <message>
        <source>You can undo it with Ctrl+Z.</source>
        <translation>Vous pourrez l’annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record?</source>
        <translation>Retirer « {name} » de cette fiche ?</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
</context>
<context>
    <name>Traces</name>
    <message>
        <source>The record ({subject}) no longer exists (deleted meanwhile?).</source>
        <translation>La fiche ({subject}) n’existe plus (supprimée entre-temps ?).</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>the check key is wrong (typo?)</source>
        <translation>la clé de contrôle est fausse (faute de frappe ?)</translation>
    </message>
    <message>
        <source>a SIREN has 9 digits</source>
        <translation>un SIREN compte 9 chiffres</translation>
    </message>
    <message>
        <source>a SIRET has 14 digits</source>
        <translation>un SIRET compte 14 chiffres</translation>
    </message>
    <message>
        <source>only digits and spaces are allowed</source>
        <translation>seuls les chiffres et les espaces sont acceptés</translation>
    </message>
    <message>
        <source>not a valid EU VAT number</source>
        <translation>numéro de TVA intracommunautaire invalide</translation>
    </message>
    <message>
        <source>this French VAT number belongs to another SIREN</source>
        <translation>ce numéro de TVA français correspond à un autre SIREN</translation>
    </message>
    <message>
        <source>not an email address (name@domain.fr)</source>
        <translation>adresse e-mail invalide (nom@domaine.fr)</translation>
    </message>
    <message>
        <source>not a valid phone number (e.g. 06 12 34 56 78 or +44 20 7946 0958)</source>
        <translation>numéro de téléphone invalide (ex. 06 12 34 56 78 ou +44 20 7946 0958)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>not an amount (e.g. 650 or 650,50 €)</source>
        <translation>montant invalide (ex. 650 ou 650,50 €)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne peut pas être négatif</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>doit être compris entre {low} et {high}</translation>
    </message>
    <message>
        <source>unknown value {value!r}</source>
        <translation>valeur inconnue {value!r}</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>{limit} caractères au maximum</translation>
    </message>
    <message>
        <source>{skill}: the level must be between 1 and 5</source>
        <translation>{skill} : le niveau doit être compris entre 1 et 5</translation>
    </message>
    <message>
        <source>say why the deal was lost</source>
        <translation>indiquez pourquoi l’affaire a été perdue</translation>
    </message>
    <message>
        <source>this SIRET does not start with the SIREN</source>
        <translation>ce SIRET ne commence pas par le SIREN</translation>
    </message>
    <message>
        <source>the minimum rate cannot be above the daily rate</source>
        <translation>le TJM minimum ne peut pas dépasser le TJM</translation>
    </message>
    <message>
        <source>a talent cannot recommend themselves</source>
        <translation>un talent ne peut pas se recommander lui-même</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field} : {message}</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>la date de fin précède la date de début</translation>
    </message>
    <message>
        <source>the talent rate is above the client rate: the margin would be negative</source>
        <translation>le TJM talent dépasse le TJM client : la marge serait négative</translation>
    </message>
    <message>
        <source>a full-remote mission has no day on site</source>
        <translation>une mission en full remote n’a pas de jour sur site</translation>
    </message>
    <message>
        <source>a fixed-price mission needs its price</source>
        <translation>une mission au forfait a besoin de son prix</translation>
    </message>
    <message>
        <source>choose the client company</source>
        <translation>choisissez l’entreprise cliente</translation>
    </message>
    <message>
        <source>every phase needs a name</source>
        <translation>chaque phase doit avoir un nom</translation>
    </message>
    <message>
        <source>write a subject or a text</source>
        <translation>écrivez un objet ou un texte</translation>
    </message>
    <message>
        <source>say how you exchanged: call, e-mail, meeting or video</source>
        <translation>indiquez comment vous avez échangé : appel, e-mail, rencontre ou visio</translation>
    </message>
    <message>
        <source>record at least one decision or one action</source>
        <translation>consignez au moins une décision ou une action</translation>
    </message>
    <message>
        <source>cannot be after today (only an exchange can be planned ahead)</source>
        <translation>ne peut pas être postérieure à aujourd’hui (seul un échange peut être planifié à l’avance)</translation>
    </message>
    <message>
        <source>name the mediator of the mediation</source>
        <translation>indiquez le nom du médiateur</translation>
    </message>
    <message>
        <source>action {row}: describe what is to be done</source>
        <translation>action {row} : décrivez ce qui est à faire</translation>
    </message>
    <message>
        <source>action {row}: at most {limit} characters</source>
        <translation>action {row} : {limit} caractères au maximum</translation>
    </message>
    <message>
        <source>action {row}: due before the meeting that decided it</source>
        <translation>action {row} : échéance antérieure à la réunion qui l’a décidée</translation>
    </message>
    <message>
        <source>Plan the next follow-up at least one day ahead.</source>
        <translation>Planifiez la prochaine relance au moins un jour plus tard.</translation>
    </message>
    <message>
        <source>The next follow-up cannot be in the past: choose today or a later day.</source>
        <translation>La prochaine relance ne peut pas être dans le passé&#xa0;: choisissez aujourd’hui ou un jour suivant.</translation>
    </message>
</context>
<context>
    <name>WeightsBox</name>
    <message>
        <source>Weights</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>How many points each part of the score is worth; the total is scaled to 100.</source>
        <translation>Nombre de points de chaque partie du score ; le total est ramené à 100.</translation>
    </message>
    <message>
        <source>Default weights</source>
        <translation>Pondération par défaut</translation>
    </message>
</context>
</TS>
