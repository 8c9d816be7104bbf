<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcceptedDialog</name>
    <message>
        <source>Offer accepted</source>
        <translation>Offre acceptée</translation>
    </message>
    <message>
        <source>{name} accepted. Contract draft {reference} created.</source>
        <translation>{name} a accepté. Brouillon de contrat {reference} créé.</translation>
    </message>
    <message>
        <source>• {name}, {status} on {date}</source>
        <translation>• {name}, {status} le {date}</translation>
    </message>
    <message>
        <source>{n} other offer for this mission is still open:</source>
        <translation>{n} autre offre pour cette mission est encore ouverte&#xa0;:</translation>
    </message>
    <message>
        <source>{n} other offers for this mission are still open:</source>
        <translation>{n} autres offres pour cette mission sont encore ouvertes&#xa0;:</translation>
    </message>
    <message>
        <source>Withdraw them, and note on each talent that they were told</source>
        <translation>Les retirer, et noter sur chaque talent qu’il a été prévenu</translation>
    </message>
    <message>
        <source>Open the contract draft</source>
        <translation>Ouvrir le brouillon de contrat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Offer withdrawn: mission staffed</source>
        <translation>Offre retirée&#xa0;: mission pourvue</translation>
    </message>
    <message>
        <source>Told them that “{title}” is staffed and the offer withdrawn; thanked them for their interest.</source>
        <translation>Prévenu que «&#xa0;{title}&#xa0;» est pourvue et l’offre retirée&#xa0;; remercié pour son intérêt.</translation>
    </message>
</context>
<context>
    <name>AccountingExportDialog</name>
    <message>
        <source>Accounting export</source>
        <translation>Export comptable</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>One ZIP for your accountant: the FEC (sales and bank journals, the French audit file format), the sales journal as a CSV for Excel, and the Factur-X file of each invoice and credit note issued in the period.</source>
        <translation>Un ZIP pour votre expert-comptable&#xa0;: le FEC (journaux des ventes et de banque, au format du fichier des écritures comptables), le journal des ventes en CSV pour Excel, et le fichier Factur-X de chaque facture et avoir émis sur la période.</translation>
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
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>Archive ZIP (*.zip)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
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
        <translation>Notez ce que vous voulez retenir&#xa0;; un objet ou un texte suffit.</translation>
    </message>
    <message>
        <source>A call, an e-mail, a meeting or a video call: say what was said and agreed. An exchange can be dated ahead to plan it.</source>
        <translation>Un appel, un e-mail, une rencontre ou une visio&#xa0;: notez ce qui a été dit et convenu. Un échange peut être daté dans le futur pour le planifier.</translation>
    </message>
    <message>
        <source>Record the decisions and the actions: who does what, by when. Tick an action once it is done.</source>
        <translation>Consignez les décisions et les actions&#xa0;: qui fait quoi, pour quand. Cochez une action une fois faite.</translation>
    </message>
    <message>
        <source>State the cause, the solutions proposed and where it stands. Dated facts are what a mediator will ask for.</source>
        <translation>Indiquez la cause, les solutions proposées et où en est le litige. Des faits datés, c’est ce que demandera un médiateur.</translation>
    </message>
    <message>
        <source>What should you remember?</source>
        <translation>Que faut-il retenir&#xa0;?</translation>
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
    <name>ActivityReport</name>
    <message>
        <source>On-call duty</source>
        <translation>Astreinte</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Heures supplémentaires</translation>
    </message>
</context>
<context>
    <name>ActivityReportDialog</name>
    <message>
        <source>Activity report — {reference} {title}</source>
        <translation>Compte rendu d’activité — {reference} {title}</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Tick every working day</source>
        <translation>Cocher tous les jours ouvrés</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Click: day worked, again: half day, again: not worked. Right-click: menu.</source>
        <translation>Un clic&#xa0;: jour travaillé, un deuxième&#xa0;: demi-journée, un troisième&#xa0;: non travaillé. Clic droit&#xa0;: menu.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
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
        <source>Add on-call or overtime</source>
        <translation>Ajouter astreinte ou heures sup.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>On-call duty and overtime</source>
        <translation>Astreintes et heures supplémentaires</translation>
    </message>
    <message>
        <source>Comment for the client (optional)</source>
        <translation>Commentaire pour le client (facultatif)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Validate (approved by the client)…</source>
        <translation>Valider (approuvé par le client)…</translation>
    </message>
    <message>
        <source>Make the invoice</source>
        <translation>Faire la facture</translation>
    </message>
    <message>
        <source>PDF to sign</source>
        <translation>PDF à signer</translation>
    </message>
    <message>
        <source>The report for the client to sign, to look at, save or print</source>
        <translation>Le compte rendu à faire signer au client, à consulter, enregistrer ou imprimer</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Envoyer par e-mail…</translation>
    </message>
    <message>
        <source>The report to the client, for signature</source>
        <translation>Le compte rendu au client, pour signature</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nouveau compte rendu</translation>
    </message>
    <message>
        <source>Validated on {date}: ready to invoice</source>
        <translation>Validé le {date}&#xa0;: prêt à facturer</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>sent to the client on {date}</source>
        <translation>envoyé au client le {date}</translation>
    </message>
    <message>
        <source>Days worked</source>
        <translation>Jours travaillés</translation>
    </message>
    <message>
        <source>Working days in the month</source>
        <translation>Jours ouvrés du mois</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>TJM</translation>
    </message>
    <message>
        <source>none on the contract</source>
        <translation>aucun sur le contrat</translation>
    </message>
    <message>
        <source>To invoice, excl. VAT</source>
        <translation>À facturer, HT</translation>
    </message>
    <message>
        <source>On-call and overtime, line {n}: type the quantity and the unit price.</source>
        <translation>Astreintes et heures sup., ligne {n}&#xa0;: saisissez la quantité et le prix unitaire.</translation>
    </message>
    <message>
        <source>These days are a weekend or a public holiday: {days}. Keep them?</source>
        <translation>Ces jours tombent un week-end ou un jour férié&#xa0;: {days}. Les garder&#xa0;?</translation>
    </message>
    <message>
        <source>Validate the report of {month}? Do it once the client has approved it: it can no longer change, and it can then be invoiced.</source>
        <translation>Valider le compte rendu de {month}&#xa0;? Faites-le une fois qu’il est approuvé par le client&#xa0;: il ne pourra plus changer, et pourra alors être facturé.</translation>
    </message>
    <message>
        <source>Tick the days worked first.</source>
        <translation>Cochez d’abord les jours travaillés.</translation>
    </message>
    <message>
        <source>Save the changes of {month}?</source>
        <translation>Enregistrer les modifications de {month}&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ActivityReportStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
</context>
<context>
    <name>AgencyTab</name>
    <message>
        <source>Make the subcontract with the talent</source>
        <translation>Faire le contrat de sous-traitance avec le talent</translation>
    </message>
    <message>
        <source>An agency signs twice for one mission: with the client, and with the talent it subcontracts to. The margin is what stays between the two daily rates.</source>
        <translation>Une agence signe deux fois pour une mission&#xa0;: avec le client, et avec le talent à qui elle sous-traite. La marge est ce qui reste entre les deux TJM.</translation>
    </message>
    <message>
        <source>Daily rate: {rate}</source>
        <translation>TJM&#xa0;: {rate}</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <source>With the client</source>
        <translation>Avec le client</translation>
    </message>
    <message>
        <source>With the talent</source>
        <translation>Avec le talent</translation>
    </message>
    <message>
        <source>Margin: {amount} a day ({percent} % of the client rate)</source>
        <translation>Marge&#xa0;: {amount} par jour ({percent} % du TJM client)</translation>
    </message>
    <message>
        <source>after a platform commission of {amount} a day</source>
        <translation>après une commission de plateforme de {amount} par jour</translation>
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
        <source>Why missions end</source>
        <translation>Pourquoi les missions s’arrêtent</translation>
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
        <source>No mission ended through the assistant yet.</source>
        <translation>Aucune mission terminée avec l’assistant pour l’instant.</translation>
    </message>
    <message>
        <source>The figures could not be counted: {error}</source>
        <translation>Les chiffres n’ont pas pu être calculés&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Tri en cours…</translation>
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
        <translation>Pourquoi le talent a-t-il refusé&#xa0;? (une ou plusieurs raisons)</translation>
    </message>
    <message>
        <source>In their words, optional</source>
        <translation>Ses propres mots (facultatif)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Mission already staffed</source>
        <translation>Mission déjà pourvue</translation>
    </message>
    <message>
        <source>Does the client want a second person on this mission?</source>
        <translation>Le client veut-il une deuxième personne sur cette mission&#xa0;?</translation>
    </message>
    <message>
        <source>Add a second seat</source>
        <translation>Ajouter un second poste</translation>
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
        <translation>« {name} » est un dossier&#xa0;: joignez les fichiers qu’il contient.</translation>
    </message>
    <message>
        <source>“{name}” weighs {size} MB; files up to {limit} MB can be attached. Compress it, or keep it in your documents and note where it is.</source>
        <translation>« {name} » pèse {size} Mo&#xa0;; les pièces jointes sont limitées à {limit} Mo. Compressez-le, ou gardez-le dans vos documents et notez où il se trouve.</translation>
    </message>
    <message>
        <source>“{name}” could not be copied: {reason}</source>
        <translation>« {name} » n’a pas pu être copié&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is not a CV file: choose a PDF, Word (DOC, DOCX) or OpenDocument (ODT) file.</source>
        <translation>« {name} » n’est pas un fichier de CV&#xa0;: choisissez un fichier PDF, Word (DOC, DOCX) ou OpenDocument (ODT).</translation>
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
    <name>AuditAction</name>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Paiement enregistré</translation>
    </message>
    <message>
        <source>Payment removed</source>
        <translation>Paiement retiré</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Créditée par un avoir</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Relance envoyée</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>total before</source>
        <translation>total avant</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>reste dû</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>intérêts</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>avoir</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>method</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>nature</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>payment n°</source>
        <translation>paiement n°</translation>
    </message>
    <message>
        <source>reminder n°</source>
        <translation>relance n°</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path} exists already: choose another name.</source>
        <translation>{path} existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no usable backup in {folder}.</source>
        <translation>Aucune sauvegarde utilisable dans {folder}.</translation>
    </message>
    <message>
        <source>“{name}” was made by a newer version of Freelance Desk (schema {found}; this version knows up to {known}). Update the app to restore it.</source>
        <translation>« {name} » a été faite par une version plus récente de Freelance Desk (schéma {found}&#xa0;; cette version connaît jusqu’au {known}). Mettez l’application à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>Not enough free space to restore “{name}”: it needs {needed} MB in {folder}, {free} MB are free. Nothing was changed.</source>
        <translation>Pas assez de place pour restaurer « {name} »&#xa0;: il faut {needed} Mo dans {folder}, {free} Mo sont libres. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is not a Freelance Desk backup (no readable manifest).</source>
        <translation>« {name} » n’est pas une sauvegarde de Freelance Desk (pas de manifeste lisible).</translation>
    </message>
    <message>
        <source>“{name}” holds a file with an unsafe name ({member}); it was not opened. Use a backup made by Freelance Desk.</source>
        <translation>« {name} » contient un fichier au nom dangereux ({member})&#xa0;; elle n’a pas été ouverte. Utilisez une sauvegarde faite par Freelance Desk.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: {member} does not match its manifest. Choose another backup.</source>
        <translation>« {name} » est endommagée&#xa0;: {member} ne correspond pas à son manifeste. Choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>“{name}” has a manifest this version cannot read ({reason}).</source>
        <translation>« {name} » a un manifeste que cette version ne sait pas lire ({reason}).</translation>
    </message>
    <message>
        <source>Before the update v{old} → v{new}</source>
        <translation>Avant la mise à jour v{old} → v{new}</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Faite à la main</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{when} ({kind}): {talents} talents, {companies} companies, {invoices} invoices</source>
        <translation>{when} ({kind})&#xa0;: {talents} talents, {companies} entreprises, {invoices} factures</translation>
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
        <source>Contacts</source>
        <translation>Contacts</translation>
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
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
</context>
<context>
    <name>BackupsSettings</name>
    <message>
        <source>Each backup holds the database, the attached files and a manifest, checked when it is written and again before a restore. Automatic backups are made at start and every {hours} hours of use; the last {daily} days and {weekly} weeks are kept. Backups made here are kept until you delete them.</source>
        <translation>Chaque sauvegarde contient la base de données, les fichiers joints et un manifeste, vérifiés à l’écriture puis de nouveau avant une restauration. Des sauvegardes automatiques sont faites au démarrage et toutes les {hours} heures d’utilisation&#xa0;; les {daily} derniers jours et les {weekly} dernières semaines sont conservés. Les sauvegardes faites ici sont gardées jusqu’à ce que vous les supprimiez.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Restaurer depuis un fichier…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Dossier&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Not readable as a backup: {names}</source>
        <translation>Illisibles comme sauvegardes&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <source>The database and {files} attached files were saved to:
{path}</source>
        <translation>La base de données et {files} fichiers joints ont été sauvegardés dans&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Sauvegardes (*.zip)</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Vérification de la sauvegarde</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Backing up the current data, then restoring</source>
        <translation>Sauvegarde des données actuelles, puis restauration</translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message>
        <source>Invoices {month}</source>
        <translation>Factures {month}</translation>
    </message>
    <message>
        <source>Issue a month&apos;s invoices</source>
        <translation>Émettre les factures d’un mois</translation>
    </message>
    <message>
        <source>Every validated activity report of the month becomes its invoice (days x daily rate, on-call and overtime), issued with the next number and today&apos;s date. A report that cannot be issued is skipped with the reason.</source>
        <translation>Chaque compte rendu d’activité validé du mois devient sa facture (jours × TJM, astreintes et heures sup.), émise avec le numéro suivant et la date du jour. Un compte rendu qui ne peut pas être émis est passé, avec la raison.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>Issue the invoices</source>
        <translation>Émettre les factures</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Then make their PDFs (Factur-X) in</source>
        <translation>Puis générer leurs PDF (Factur-X) dans</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>Dossier des PDF</translation>
    </message>
    <message>
        <source>{n} validated report to invoice.</source>
        <translation>{n} compte rendu validé à facturer.</translation>
    </message>
    <message>
        <source>{n} validated reports to invoice.</source>
        <translation>{n} comptes rendus validés à facturer.</translation>
    </message>
    <message>
        <source>No validated report waits for its invoice this month. Reports are validated from the contract (Contracts › Activity reports).</source>
        <translation>Aucun compte rendu validé n’attend sa facture ce mois-ci. Les comptes rendus se valident depuis le contrat (Contrats › Comptes rendus d’activité).</translation>
    </message>
    <message>
        <source>Issuing the invoices</source>
        <translation>Émission des factures</translation>
    </message>
    <message>
        <source>{n} invoice issued</source>
        <translation>{n} facture émise</translation>
    </message>
    <message>
        <source>{n} invoices issued</source>
        <translation>{n} factures émises</translation>
    </message>
    <message>
        <source>{n} PDF made in the folder:</source>
        <translation>{n} PDF généré dans le dossier&#xa0;:</translation>
    </message>
    <message>
        <source>{n} PDFs made in the folder:</source>
        <translation>{n} PDF générés dans le dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Cancelled while making the PDFs: every invoice is issued; a missing PDF is made by the PDF button of its invoice.</source>
        <translation>Annulé pendant la génération des PDF&#xa0;: toutes les factures sont émises&#xa0;; un PDF manquant se fait avec le bouton PDF de sa facture.</translation>
    </message>
    <message>
        <source>Cancelled: the invoices issued before stay issued.</source>
        <translation>Annulé&#xa0;: les factures déjà émises le restent.</translation>
    </message>
    <message>
        <source>Not issued — {contract}: {reason}</source>
        <translation>Non émise — {contract}&#xa0;: {reason}</translation>
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
        <translation>Score&#xa0;: {score} / 100</translation>
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
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>No duplicate: no row has the e-mail or SIREN of another record.</source>
        <translation>Aucun doublon&#xa0;: aucune ligne n’a l’e-mail ou le SIREN d’une autre fiche.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Nothing to check: no row was read with a doubt.</source>
        <translation>Rien à vérifier&#xa0;: aucune ligne n’a été lue avec un doute.</translation>
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
        <source>To check ({count})</source>
        <translation>À vérifier ({count})</translation>
    </message>
    <message>
        <source>{n} row left out</source>
        <translation>{n} ligne écartée</translation>
    </message>
    <message>
        <source>{n} rows left out</source>
        <translation>{n} lignes écartées</translation>
    </message>
    <message>
        <source>{n} problem</source>
        <translation>{n} problème</translation>
    </message>
    <message>
        <source>{n} problems</source>
        <translation>{n} problèmes</translation>
    </message>
    <message>
        <source>Rows read: {read} — ready to import: {valid} — {rejected} ({problems}) — duplicates: {duplicates}</source>
        <translation>Lignes lues&#xa0;: {read} — prêtes à importer&#xa0;: {valid} — {rejected} ({problems}) — doublons&#xa0;: {duplicates}</translation>
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
        <source>Contacts from the company rows: {count}.</source>
        <translation>Contacts issus des lignes d’entreprise&#xa0;: {count}.</translation>
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
    <name>ClauseEditorDialog</name>
    <message>
        <source>Contract {reference} — clauses</source>
        <translation>Contrat {reference} — clauses</translation>
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
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>no notice clause</source>
        <translation>pas de clause de préavis</translation>
    </message>
    <message>
        <source>to the end of the month</source>
        <translation>jusqu’à la fin du mois</translation>
    </message>
    <message>
        <source>tacit renewal, refusable up to</source>
        <translation>tacite reconduction, refusable jusqu’à</translation>
    </message>
    <message>
        <source> days before the end</source>
        <translation> jours avant la fin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>TJM</translation>
    </message>
    <message>
        <source>Estimated days</source>
        <translation>Jours estimés</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation>Variables&#xa0;: {names}</translation>
    </message>
    <message>
        <source>What changed (kept with the previous version once the contract is sent)</source>
        <translation>Ce qui change (gardé avec la version précédente une fois le contrat envoyé)</translation>
    </message>
    <message>
        <source>Custom clause</source>
        <translation>Clause libre</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>Nouvelle clause</translation>
    </message>
    <message>
        <source>Text of the clause.</source>
        <translation>Texte de la clause.</translation>
    </message>
    <message>
        <source>The daily rate is not an amount.</source>
        <translation>Le TJM n’est pas un montant.</translation>
    </message>
</context>
<context>
    <name>Clauses</name>
    <message>
        <source>contract reference (CT-…)</source>
        <translation>référence du contrat (CT-…)</translation>
    </message>
    <message>
        <source>your company&apos;s name (My company)</source>
        <translation>le nom de votre entreprise (Mon entreprise)</translation>
    </message>
    <message>
        <source>your IBAN (My company)</source>
        <translation>votre IBAN (Mon entreprise)</translation>
    </message>
    <message>
        <source>the other party&apos;s name</source>
        <translation>le nom de l’autre partie</translation>
    </message>
    <message>
        <source>the talent&apos;s name</source>
        <translation>le nom du talent</translation>
    </message>
    <message>
        <source>the mission&apos;s title</source>
        <translation>l’intitulé de la mission</translation>
    </message>
    <message>
        <source>the services (the mission&apos;s deliverables)</source>
        <translation>les prestations (les livrables de la mission)</translation>
    </message>
    <message>
        <source>the mission&apos;s measurable objectives</source>
        <translation>les objectifs mesurables de la mission</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>end date, or no fixed term</source>
        <translation>date de fin, ou durée indéterminée</translation>
    </message>
    <message>
        <source>daily rate or fixed price</source>
        <translation>TJM ou forfait</translation>
    </message>
    <message>
        <source>estimated amount excl. VAT</source>
        <translation>montant estimé HT</translation>
    </message>
    <message>
        <source>VAT rate, or the exemption mention</source>
        <translation>taux de TVA, ou la mention d’exonération</translation>
    </message>
    <message>
        <source>payment terms in days</source>
        <translation>délai de paiement en jours</translation>
    </message>
    <message>
        <source>deposit (% of the estimate)</source>
        <translation>acompte (% de l’estimation)</translation>
    </message>
    <message>
        <source>milestones (the mission&apos;s phases)</source>
        <translation>jalons (les phases de la mission)</translation>
    </message>
    <message>
        <source>late-payment rate a year</source>
        <translation>taux annuel des pénalités de retard</translation>
    </message>
    <message>
        <source>fixed recovery indemnity (40 €)</source>
        <translation>indemnité forfaitaire de recouvrement (40 €)</translation>
    </message>
    <message>
        <source>notice period</source>
        <translation>durée du préavis</translation>
    </message>
    <message>
        <source>years of confidentiality after the end</source>
        <translation>années de confidentialité après la fin</translation>
    </message>
    <message>
        <source>months of non-solicitation</source>
        <translation>mois de non-sollicitation</translation>
    </message>
    <message>
        <source>the client contract&apos;s reference (agency mode)</source>
        <translation>la référence du contrat client (mode agence)</translation>
    </message>
    <message>
        <source>city of the competent courts</source>
        <translation>ville des tribunaux compétents</translation>
    </message>
    <message>
        <source>Clause “{title}”: unknown variable {names}. Use one of the variables listed under the editor.</source>
        <translation>Clause « {title} »&#xa0;: variable inconnue {names}. Utilisez une des variables listées sous l’éditeur.</translation>
    </message>
    <message>
        <source>Clause “{title}”: {names} has no value for this contract. Fill it in the contract or the mission, or edit the clause.</source>
        <translation>Clause « {title} »&#xa0;: {names} n’a pas de valeur pour ce contrat. Renseignez-la dans le contrat ou la mission, ou modifiez la clause.</translation>
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
    <name>Company</name>
    <message>
        <source>This document cannot be made yet: My company lacks {fields}. Fill them in Settings &gt; My company.</source>
        <translation>Ce document ne peut pas encore être fait&#xa0;: il manque à Mon entreprise {fields}. Renseignez-les dans Réglages &gt; Mon entreprise.</translation>
    </message>
    <message>
        <source>“{name}” is not a PNG or JPEG image.</source>
        <translation>« {name} » n’est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>“{name}” is over 2 MB: a logo that size slows every document.</source>
        <translation>« {name} » dépasse 2 Mo&#xa0;: un logo de cette taille ralentit chaque document.</translation>
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
        <translation>Avant de travailler avec un client, vérifiez ces quatre points&#xa0;: moins ils sont remplis, plus l’affaire est risquée (impayés, dérive du périmètre).</translation>
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
        <translation>Confiance&#xa0;: {dots} ({score} vérifications sur 4)</translation>
    </message>
    <message>
        <source>Payments: no paid invoice yet.</source>
        <translation>Paiements&#xa0;: aucune facture payée pour l’instant.</translation>
    </message>
    <message>
        <source>Payments: {late} of {paid} invoices paid late, {days} days late on average.</source>
        <translation>Paiements&#xa0;: {late} factures sur {paid} payées en retard, {days} jours de retard en moyenne.</translation>
    </message>
</context>
<context>
    <name>CompanySettings</name>
    <message>
        <source>Lyon</source>
        <translation>Lyon</translation>
    </message>
    <message>
        <source>VAT exemption (art. 293 B du CGI)</source>
        <translation>Franchise de TVA (art. 293 B du CGI)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Share capital</source>
        <translation>Capital social</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code, city</source>
        <translation>Code postal, ville</translation>
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
        <source>RCS or RM city</source>
        <translation>Ville du RCS ou du RM</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>N° de TVA intracommunautaire</translation>
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
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Default payment terms</source>
        <translation>Délai de paiement par défaut</translation>
    </message>
    <message>
        <source>Late-payment rate (% a year)</source>
        <translation>Taux des pénalités de retard (% par an)</translation>
    </message>
    <message>
        <source>At least three times the legal interest rate; without a rate in your terms, the ECB refinancing rate + 10 points applies (Code de commerce L441-10). Documents add the 40 € recovery indemnity.</source>
        <translation>Au moins trois fois le taux d’intérêt légal&#xa0;; sans taux dans vos conditions, c’est le taux de refinancement de la BCE majoré de 10 points (Code de commerce L441-10). Les documents ajoutent l’indemnité forfaitaire de recouvrement de 40 €.</translation>
    </message>
    <message>
        <source>General terms of sale (CGV)</source>
        <translation>Conditions générales de vente (CGV)</translation>
    </message>
    <message>
        <source>Logo and signature</source>
        <translation>Logo et signature</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Image de la signature</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Quotes, contracts and letters print this identity. A document is refused until its mandatory mentions are filled.</source>
        <translation>Devis, contrats et lettres impriment cette identité. Un document est refusé tant que ses mentions obligatoires ne sont pas remplies.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Documents can be made: every mandatory field is filled.</source>
        <translation>Les documents peuvent être faits&#xa0;: tous les champs obligatoires sont remplis.</translation>
    </message>
    <message>
        <source>Still to fill for documents: {fields}</source>
        <translation>Encore à remplir pour les documents&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Image not used</source>
        <translation>Image non utilisée</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The file could not be read or written ({reason}). Check the folder exists, that you may write there, and that the disk is not full.</source>
        <translation>Le fichier n’a pas pu être lu ou écrit ({reason}). Vérifiez que le dossier existe, que vous pouvez y écrire et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed. The details are in the log file (logs/freelance-desk.log in the profile folder).</source>
        <translation>Un problème inattendu est survenu&#xa0;; rien n’a été modifié. Le détail est dans le journal (logs/freelance-desk.log dans le dossier du profil).</translation>
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
        <translation>Aucun contact pour l’instant&#xa0;: ajoutez les personnes avec qui vous échangez.</translation>
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
        <translation>Supprimer le contact « {name} » et ses notes&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
</context>
<context>
    <name>ContractParty</name>
    <message>
        <source>Client contract</source>
        <translation>Contrat client</translation>
    </message>
    <message>
        <source>Subcontracting contract</source>
        <translation>Contrat de sous-traitance</translation>
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
    <name>ContractTab</name>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer envoyé</translation>
    </message>
    <message>
        <source>Signed…</source>
        <translation>Signé…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>End the mission…</source>
        <translation>Terminer la mission…</translation>
    </message>
    <message>
        <source>Clauses and terms…</source>
        <translation>Clauses et conditions…</translation>
    </message>
    <message>
        <source>Contract PDF</source>
        <translation>PDF du contrat</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Envoyer par e-mail…</translation>
    </message>
    <message>
        <source>The contract&apos;s PDF to the other party; a draft becomes sent.</source>
        <translation>Le PDF du contrat à l’autre partie&#xa0;; un brouillon passe à « envoyé ».</translation>
    </message>
    <message>
        <source>Add signed copy…</source>
        <translation>Ajouter l’exemplaire signé…</translation>
    </message>
    <message>
        <source>Termination letter</source>
        <translation>Lettre de fin de mission</translation>
    </message>
    <message>
        <source>Letter by e-mail…</source>
        <translation>Lettre par e-mail…</translation>
    </message>
    <message>
        <source>Print version</source>
        <translation>Imprimer la version</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versions précédentes</translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <source>sent on {date}</source>
        <translation>envoyé le {date}</translation>
    </message>
    <message>
        <source>signed copy attached</source>
        <translation>exemplaire signé joint</translation>
    </message>
    <message>
        <source>signed copy missing</source>
        <translation>exemplaire signé manquant</translation>
    </message>
    <message>
        <source>“{title}” lacks {names}</source>
        <translation>« {title} »&#xa0;: il manque {names}</translation>
    </message>
    <message>
        <source>Before sending, fill or edit: {items}</source>
        <translation>Avant l’envoi, renseignez ou modifiez&#xa0;: {items}</translation>
    </message>
    <message>
        <source>Version {n}, replaced on {date}: {summary}</source>
        <translation>Version {n}, remplacée le {date}&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>Exemplaire signé</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF ou image (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Contract {reference}</source>
        <translation>Contrat {reference}</translation>
    </message>
    <message>
        <source>Termination letter {reference}</source>
        <translation>Lettre de fin de mission {reference}</translation>
    </message>
    <message>
        <source>Mission ended</source>
        <translation>Mission terminée</translation>
    </message>
    <message>
        <source>The contract ends on {date}. The letter is attached to the contract, the talent&apos;s availability is updated and a follow-up with the client is planned.</source>
        <translation>Le contrat prend fin le {date}. La lettre est jointe au contrat, la disponibilité du talent est mise à jour et une relance du client est planifiée.</translation>
    </message>
    <message>
        <source>Send the letter by e-mail…</source>
        <translation>Envoyer la lettre par e-mail…</translation>
    </message>
</context>
<context>
    <name>Contracts</name>
    <message>
        <source>This contract is {current}: it cannot change any more.</source>
        <translation>Ce contrat est {current}&#xa0;: il ne peut plus changer.</translation>
    </message>
    <message>
        <source>A contract that is {current} cannot become {new}; it can become: {allowed}.</source>
        <translation>Un contrat {current} ne peut pas devenir {new}&#xa0;; il peut devenir&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>This contract has ended: its text can no longer change.</source>
        <translation>Ce contrat est terminé&#xa0;: son texte ne peut plus changer.</translation>
    </message>
    <message>
        <source>A subcontract is made from a client contract that names a talent.</source>
        <translation>Un contrat de sous-traitance se fait à partir d’un contrat client qui nomme un talent.</translation>
    </message>
    <message>
        <source>No contract with reference {reference}.</source>
        <translation>Aucun contrat de référence {reference}.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>No keyring is available: Freelance Desk keeps passwords only in the system&apos;s keyring (Secret Service), and none answers. Open a desktop session with GNOME Keyring or KWallet running (Debian/Ubuntu: install gnome-keyring), then restart Freelance Desk. Until then, type the password when you send: it is kept for this session only.</source>
        <translation>Aucun trousseau n’est disponible&#xa0;: Freelance Desk ne garde les mots de passe que dans le trousseau du système (Secret Service), et aucun ne répond. Ouvrez une session de bureau où GNOME Keyring ou KWallet fonctionne (Debian/Ubuntu&#xa0;: installez gnome-keyring), puis redémarrez Freelance Desk. D’ici là, tapez le mot de passe au moment d’envoyer&#xa0;: il n’est gardé que pour cette session.</translation>
    </message>
    <message>
        <source>No keyring is available: Windows Credential Manager could not be reached. Restart Freelance Desk from a normal Windows session (not a service account). Until then, type the password when you send: it is kept for this session only.</source>
        <translation>Aucun trousseau n’est disponible&#xa0;: le Gestionnaire d’identification de Windows ne répond pas. Redémarrez Freelance Desk depuis une session Windows normale (pas un compte de service). D’ici là, tapez le mot de passe au moment d’envoyer&#xa0;: il n’est gardé que pour cette session.</translation>
    </message>
    <message>
        <source>No keyring is available: the macOS Keychain could not be reached. Restart Freelance Desk from your user session. Until then, type the password when you send: it is kept for this session only.</source>
        <translation>Aucun trousseau n’est disponible&#xa0;: le trousseau de macOS ne répond pas. Redémarrez Freelance Desk depuis votre session. D’ici là, tapez le mot de passe au moment d’envoyer&#xa0;: il n’est gardé que pour cette session.</translation>
    </message>
    <message>
        <source>The keyring ({backend}) is locked, or access to it was refused. Unlock it (log in again, or open your keyring manager and unlock the “login” keyring) and allow Freelance Desk when the system asks, then try again. Meanwhile, type the password when you send: it is kept for this session only.</source>
        <translation>Le trousseau ({backend}) est verrouillé, ou son accès a été refusé. Déverrouillez-le (reconnectez-vous, ou ouvrez le gestionnaire de trousseaux et déverrouillez le trousseau «&#xa0;login&#xa0;»), autorisez Freelance Desk quand le système le demande, puis réessayez. En attendant, tapez le mot de passe au moment d’envoyer&#xa0;: il n’est gardé que pour cette session.</translation>
    </message>
    <message>
        <source>The keyring configured for Python ({backend}) keeps passwords in a file on disk, not in the system&apos;s keyring: Freelance Desk refuses to store the password there. Remove the PYTHON_KEYRING_BACKEND variable or the keyringrc.cfg setting that chooses it, and restart. Meanwhile, type the password when you send: it is kept for this session only.</source>
        <translation>Le trousseau configuré pour Python ({backend}) garde les mots de passe dans un fichier sur le disque, pas dans le trousseau du système&#xa0;: Freelance Desk refuse d’y enregistrer le mot de passe. Supprimez la variable PYTHON_KEYRING_BACKEND ou le réglage de keyringrc.cfg qui le choisit, puis redémarrez. En attendant, tapez le mot de passe au moment d’envoyer&#xa0;: il n’est gardé que pour cette session.</translation>
    </message>
    <message>
        <source>The keyring ({backend}) could not {action} the password ({detail}). Try again; if it keeps failing, type the password when you send: it is kept for this session only.</source>
        <translation>Le trousseau ({backend}) n’a pas pu {action} le mot de passe ({detail}). Réessayez&#xa0;; si l’échec persiste, tapez le mot de passe au moment d’envoyer&#xa0;: il n’est gardé que pour cette session.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lire</translation>
    </message>
    <message>
        <source>save</source>
        <translation>enregistrer</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for invoice {number}</source>
        <translation>Avoir sur la facture {number}</translation>
    </message>
    <message>
        <source>An issued invoice is never changed: a credit note refers to it and cancels all or part of it. Left to credit: {left}.</source>
        <translation>Une facture émise ne se modifie jamais&#xa0;: un avoir y fait référence et l’annule en tout ou partie. Reste à créditer&#xa0;: {left}.</translation>
    </message>
    <message>
        <source>The whole invoice</source>
        <translation>Toute la facture</translation>
    </message>
    <message>
        <source>Some lines, or part of a quantity</source>
        <translation>Certaines lignes, ou une partie d’une quantité</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>To credit</source>
        <translation>À créditer</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Save as a draft</source>
        <translation>Garder en brouillon</translation>
    </message>
    <message>
        <source>Issue the credit note</source>
        <translation>Émettre l’avoir</translation>
    </message>
</context>
<context>
    <name>CvWidget</name>
    <message>
        <source>CV:</source>
        <translation>CV&#xa0;:</translation>
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
        <translation>Pas encore de CV&#xa0;: joignez un fichier PDF, DOCX, DOC ou ODT, ou déposez-le ici.</translation>
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
        <translation>Retirer le CV « {name} »&#xa0;?</translation>
    </message>
    <message>
        <source>You can undo it with Ctrl+Z.</source>
        <translation>Vous pourrez l’annuler avec Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database {path} is damaged ({detail}). Freelance Desk did not write to it and keeps it as it is. Open the latest good backup, or send the file to support.</source>
        <translation>La base de données {path} est endommagée ({detail}). Freelance Desk n’y a rien écrit et la conserve telle quelle. Ouvrez la dernière sauvegarde saine, ou envoyez le fichier au support.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Freelance Desk (schema {found}; this version knows up to {known}). Update the app, or open another data folder with --data-dir.</source>
        <translation>{path} a été écrit par une version plus récente de Freelance Desk (schéma {found}&#xa0;; cette version connaît jusqu’au schéma {known}). Mettez l’application à jour, ou ouvrez un autre dossier de données avec --data-dir.</translation>
    </message>
    <message>
        <source>{reason} A backup taken before the attempt is {backup}. Keep using the previous version of Freelance Desk with this data folder, and send the log ({log}) to support.</source>
        <translation>{reason} Une sauvegarde faite avant la tentative se trouve ici&#xa0;: {backup}. Continuez d’utiliser la version précédente de Freelance Desk avec ce dossier de données, et envoyez le journal ({log}) au support.</translation>
    </message>
    <message>
        <source>Updating your data from version {old} to {new} failed at step {step}: {reason}. Nothing was changed: the file is exactly as it was.</source>
        <translation>La mise à jour de vos données de la version {old} à la {new} a échoué à l’étape {step}&#xa0;: {reason}. Rien n’a été modifié&#xa0;: le fichier est exactement tel qu’il était.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This data folder already holds records: demo data goes into an empty one. Start Freelance Desk with --data-dir and a new folder to try it.</source>
        <translation>Ce dossier de données contient déjà des fiches&#xa0;: les données de démonstration vont dans un dossier vide. Lancez Freelance Desk avec --data-dir et un nouveau dossier pour l’essayer.</translation>
    </message>
</context>
<context>
    <name>Deposits</name>
    <message>
        <source>quote {reference} · {percent} % · {amount} incl. VAT</source>
        <translation>devis {reference} · {percent} % · {amount} TTC</translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation>Facture d’acompte</translation>
    </message>
    <message>
        <source>D or Enter makes the deposit invoice and opens it: check it, then issue it.</source>
        <translation>D ou Entrée fait la facture d’acompte et l’ouvre&#xa0;: vérifiez-la, puis émettez-la.</translation>
    </message>
    <message>
        <source>Deposits to invoice</source>
        <translation>Acomptes à facturer</translation>
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
        <source>{total} % today ({own} % outside the contracts made here)</source>
        <translation>{total} % aujourd’hui ({own} % hors des contrats conclus ici)</translation>
    </message>
    <message>
        <source>, up to {n} day on site a week</source>
        <translation>, jusqu’à {n} jour sur site par semaine</translation>
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
        <source>Pays</source>
        <translation>Paiements</translation>
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
        <source>, {n} day on site a week</source>
        <translation>, {n} jour sur site par semaine</translation>
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
        <source>Real margin</source>
        <translation>Marge réelle</translation>
    </message>
    <message>
        <source>= {sold} invoiced − {bought} from talents</source>
        <translation>= {sold} facturés − {bought} des talents</translation>
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
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Deposit to invoice</source>
        <translation>Acompte à facturer</translation>
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
        <source>Reminders</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>balance {balance}, interest {interest}</source>
        <translation>reste dû {balance}, intérêts {interest}</translation>
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
        <source>none stated (a reasonable notice applies)</source>
        <translation>non précisé (un préavis raisonnable s’applique)</translation>
    </message>
    <message>
        <source>(draft, no number yet)</source>
        <translation>(brouillon, pas encore de numéro)</translation>
    </message>
    <message>
        <source>{n} day late</source>
        <translation>{n} jour de retard</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} jours de retard</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
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
        <source>Credited</source>
        <translation>Crédité</translation>
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
    <name>DocumentMail</name>
    <message>
        <source>This quote is a draft: Send gives it its number, {reference}, marks it as sent and attaches its PDF with that number. It can no longer change then.</source>
        <translation>Ce devis est un brouillon&#xa0;: Envoyer lui donne son numéro, {reference}, le marque envoyé et joint son PDF portant ce numéro. Il ne pourra plus être modifié ensuite.</translation>
    </message>
    <message>
        <source>This contract is a draft: once the e-mail has left, it is marked as sent (later changes keep this version). The PDF attached is the one it receives, without the PROJET mark.</source>
        <translation>Ce contrat est un brouillon&#xa0;: une fois l’e-mail parti, il est marqué envoyé (les modifications suivantes conservent cette version). Le PDF joint est celui qu’il reçoit, sans la mention PROJET.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>My company is incomplete</source>
        <translation>Mon entreprise est incomplète</translation>
    </message>
    <message>
        <source>Open My company</source>
        <translation>Ouvrir Mon entreprise</translation>
    </message>
    <message>
        <source>Document not made</source>
        <translation>Document non fait</translation>
    </message>
    <message>
        <source>The PDF could not be built: {reason}</source>
        <translation>Le PDF n’a pas pu être fait&#xa0;: {reason}</translation>
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
        <source>contacts created</source>
        <translation>contacts créés</translation>
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
    <name>EmailSettings</name>
    <message>
        <source>Fill in from a provider…</source>
        <translation>Remplir d’après un fournisseur…</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>None: this computer only (local bridge)</source>
        <translation>Aucune&#xa0;: cet ordinateur seulement (passerelle locale)</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>en général votre adresse e-mail</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>Port and security</source>
        <translation>Port et sécurité</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Send me a blind copy of every e-mail</source>
        <translation>M’envoyer une copie cachée de chaque e-mail</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Répondre à</translation>
    </message>
    <message>
        <source>Save in the keyring</source>
        <translation>Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Send a test e-mail</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message>
        <source>Saves the settings, then sends an e-mail to you</source>
        <translation>Enregistre les réglages, puis vous envoie un e-mail</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Restore the default</source>
        <translation>Rétablir le modèle par défaut</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>To do proposes a short “how is it going?” e-mail to the client of each active contract at this interval.</source>
        <translation>À faire propose, à cet intervalle, un court e-mail «&#xa0;comment ça se passe&#xa0;?&#xa0;» au client de chaque contrat en cours.</translation>
    </message>
    <message>
        <source>Satisfaction check-ins</source>
        <translation>Points de satisfaction</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Tous les</translation>
    </message>
    <message>
        <source>E-mail settings saved.</source>
        <translation>Réglages e-mail enregistrés.</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keyring ({backend}), never in Freelance Desk&apos;s files.</source>
        <translation>Le mot de passe est gardé dans le trousseau de votre système ({backend}), jamais dans les fichiers de Freelance Desk.</translation>
    </message>
    <message>
        <source>Type it to save or replace it</source>
        <translation>Tapez-le pour l’enregistrer ou le remplacer</translation>
    </message>
    <message>
        <source>Nothing is stored anywhere else.</source>
        <translation>Rien n’est enregistré ailleurs.</translation>
    </message>
    <message>
        <source>Password for this session only</source>
        <translation>Mot de passe pour cette session seulement</translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation>Utiliser pour cette session</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>Tapez d’abord le mot de passe.</translation>
    </message>
    <message>
        <source>Password kept for this session only: type it again after a restart.</source>
        <translation>Mot de passe gardé pour cette session seulement&#xa0;: retapez-le après un redémarrage.</translation>
    </message>
    <message>
        <source>Password saved in the keyring for {account}.</source>
        <translation>Mot de passe enregistré dans le trousseau pour {account}.</translation>
    </message>
    <message>
        <source>Password forgotten.</source>
        <translation>Mot de passe oublié.</translation>
    </message>
    <message>
        <source>Sending a test e-mail to {address}…</source>
        <translation>Envoi d’un e-mail de test à {address}…</translation>
    </message>
    <message>
        <source>Freelance Desk: test e-mail</source>
        <translation>Freelance Desk&#xa0;: e-mail de test</translation>
    </message>
    <message>
        <source>This e-mail was sent by Freelance Desk to check the settings of your account.
Server: {host}:{port}. If you read it, sending works.</source>
        <translation>Cet e-mail a été envoyé par Freelance Desk pour vérifier les réglages de votre compte.
Serveur&#xa0;: {host}:{port}. Si vous le lisez, l’envoi fonctionne.</translation>
    </message>
    <message>
        <source>Test e-mail sent to {address}: check your inbox.</source>
        <translation>E-mail de test envoyé à {address}&#xa0;: regardez votre boîte de réception.</translation>
    </message>
    <message>
        <source>The test e-mail failed: {error}</source>
        <translation>L’e-mail de test a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <source>Variables you can use:</source>
        <translation>Variables utilisables&#xa0;:</translation>
    </message>
    <message>
        <source>Your own template.</source>
        <translation>Votre modèle.</translation>
    </message>
    <message>
        <source>The default template.</source>
        <translation>Le modèle par défaut.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Modèle enregistré.</translation>
    </message>
    <message>
        <source>Outbox ({n})</source>
        <translation>Boîte d’envoi ({n})</translation>
    </message>
</context>
<context>
    <name>EndingAssistant</name>
    <message>
        <source>End the mission — {reference}</source>
        <translation>Terminer la mission — {reference}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>End the mission</source>
        <translation>Terminer la mission</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>In your own words (kept on the contract, not printed)</source>
        <translation>Avec vos mots (gardé sur le contrat, non imprimé)</translation>
    </message>
    <message>
        <source>Why does the mission end? The reasons feed the “why missions end” view beside the refusal analytics.</source>
        <translation>Pourquoi la mission s’arrête-t-elle&#xa0;? Les raisons alimentent la vue « pourquoi les missions s’arrêtent » à côté des analyses des refus.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Notice given on</source>
        <translation>Préavis donné le</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>A better moment</source>
        <translation>Un meilleur moment</translation>
    </message>
    <message>
        <source>The transition: what to hand over before the last day.</source>
        <translation>La transition&#xa0;: ce qu’il faut transmettre avant le dernier jour.</translation>
    </message>
    <message>
        <source>Lessons for next time (kept as a note on the contract)</source>
        <translation>Leçons pour la prochaine fois (gardées en note sur le contrat)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Ranking the talents of the pool…</source>
        <translation>Classement des talents du vivier…</translation>
    </message>
    <message>
        <source>Keep the relationship: recommend other providers to the client. The talents of the pool, ranked for this mission; the ticked ones are named in the letter.</source>
        <translation>Gardez la relation&#xa0;: recommandez d’autres prestataires au client. Les talents du vivier, classés pour cette mission&#xa0;; ceux cochés sont nommés dans la lettre.</translation>
    </message>
    <message>
        <source>Preview the letter</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>{name} — score {score}, free from {date}</source>
        <translation>{name} — score {score}, libre à partir du {date}</translation>
    </message>
    <message>
        <source>No talent of the pool fits this mission.</source>
        <translation>Aucun talent du vivier ne correspond à cette mission.</translation>
    </message>
    <message>
        <source>{n} talents fit this mission, best first.</source>
        <translation>{n} talents correspondent à cette mission, le meilleur d’abord.</translation>
    </message>
    <message>
        <source>{notice}, as the contract states.</source>
        <translation>{notice}, comme le prévoit le contrat.</translation>
    </message>
    <message>
        <source>The contract states no notice: {notice} proposed as a reasonable notice (Code civil art. 1211; about a month per year of relationship).</source>
        <translation>Le contrat ne prévoit pas de préavis&#xa0;: {notice} proposés comme préavis raisonnable (Code civil art. 1211&#xa0;; environ un mois par année de relation).</translation>
    </message>
    <message>
        <source>The contract reaches its term first: it simply ends then.</source>
        <translation>Le contrat arrive à son terme avant&#xa0;: il prend simplement fin à cette date.</translation>
    </message>
    <message>
        <source>No milestone ahead: any calm week will do.</source>
        <translation>Aucun jalon à venir&#xa0;: une semaine calme fera l’affaire.</translation>
    </message>
    <message>
        <source>The next milestone, “{name}”, is due on {date}: announcing it just after leaves the client with work delivered rather than a crunch.</source>
        <translation>Le prochain jalon, « {name} », est prévu le {date}&#xa0;: l’annoncer juste après laisse au client un travail livré plutôt qu’un rush.</translation>
    </message>
    <message>
        <source>Choose why the mission ends.</source>
        <translation>Choisissez pourquoi la mission s’arrête.</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Étape {n} sur {total}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Raison&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Notice given on {given}, last day {end}.</source>
        <translation>Préavis donné le {given}, dernier jour le {end}.</translation>
    </message>
    <message>
        <source>Talents recommended: {n}</source>
        <translation>Talents recommandés&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Still to hand over: {items}</source>
        <translation>Encore à transmettre&#xa0;: {items}</translation>
    </message>
    <message>
        <source>On confirmation: the contract ends, the talent is free from the next day, a note keeps the reason and the lessons, and a follow-up with the client is planned a month after the end.</source>
        <translation>À la confirmation&#xa0;: le contrat prend fin, le talent est libre dès le lendemain, une note garde la raison et les leçons, et une relance du client est planifiée un mois après la fin.</translation>
    </message>
    <message>
        <source>Termination letter {reference}</source>
        <translation>Lettre de fin de mission {reference}</translation>
    </message>
</context>
<context>
    <name>EndingReason</name>
    <message>
        <source>Excessive workload</source>
        <translation>Charge de travail excessive</translation>
    </message>
    <message>
        <source>Recurring late payments</source>
        <translation>Retards de paiement récurrents</translation>
    </message>
    <message>
        <source>Lack of collaboration or communication</source>
        <translation>Manque de collaboration ou de communication</translation>
    </message>
    <message>
        <source>A more attractive mission</source>
        <translation>Une mission plus attractive</translation>
    </message>
    <message>
        <source>Changed professional goals</source>
        <translation>Objectifs professionnels changés</translation>
    </message>
    <message>
        <source>Changed contract terms</source>
        <translation>Conditions du contrat modifiées</translation>
    </message>
    <message>
        <source>Lack of recognition</source>
        <translation>Manque de reconnaissance</translation>
    </message>
    <message>
        <source>Diverging values</source>
        <translation>Valeurs divergentes</translation>
    </message>
</context>
<context>
    <name>EndingReasonsView</name>
    <message>
        <source>{n} before their term</source>
        <translation>{n} avant leur terme</translation>
    </message>
    <message>
        <source>before their term</source>
        <translation>avant leur terme</translation>
    </message>
</context>
<context>
    <name>Endings</name>
    <message>
        <source>Contract {reference} has no ending recorded: end it with the assistant first.</source>
        <translation>Le contrat {reference} n’a pas de fin enregistrée&#xa0;: terminez-le d’abord avec l’assistant.</translation>
    </message>
    <message>
        <source>Handover notes written</source>
        <translation>Notes de passation rédigées</translation>
    </message>
    <message>
        <source>Open deliverables delivered or listed</source>
        <translation>Livrables en cours remis ou listés</translation>
    </message>
    <message>
        <source>Access and equipment returned</source>
        <translation>Accès et matériel rendus</translation>
    </message>
    <message>
        <source>Final invoice to issue</source>
        <translation>Dernière facture à émettre</translation>
    </message>
    <message>
        <source>Contract {reference} cannot be ended from here: send it first, or it has already ended.</source>
        <translation>Le contrat {reference} ne peut pas être terminé ici&#xa0;: envoyez-le d’abord, ou il est déjà terminé.</translation>
    </message>
    <message>
        <source>Choose why the mission ends.</source>
        <translation>Choisissez pourquoi la mission s’arrête.</translation>
    </message>
    <message>
        <source>The end date comes before the notice is given.</source>
        <translation>La date de fin précède la date du préavis.</translation>
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
    <name>Failures</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>An unexpected error stopped the last action: {error}.</source>
        <translation>Une erreur inattendue a interrompu la dernière action&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>What you saved before is safe; the last action may not have finished. The details are in the log:
{path}
Try again; if it happens again, send that file to support.</source>
        <translation>Ce que vous aviez enregistré est intact&#xa0;; la dernière action n’est peut-être pas allée au bout. Les détails sont dans le journal&#xa0;:
{path}
Réessayez&#xa0;; si cela se reproduit, envoyez ce fichier au support.</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
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
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Deposit (%)</source>
        <translation>Acompte (%)</translation>
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
        <source>RCS or RM city</source>
        <translation>Ville du RCS ou du RM</translation>
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
        <source>Trade name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <source>Share capital</source>
        <translation>Capital social</translation>
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
        <source>VAT exemption (art. 293 B du CGI)</source>
        <translation>Franchise de TVA (art. 293 B du CGI)</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Image de la signature</translation>
    </message>
    <message>
        <source>Default payment terms (days)</source>
        <translation>Délai de paiement par défaut (jours)</translation>
    </message>
    <message>
        <source>Late-payment rate (% a year)</source>
        <translation>Taux des pénalités de retard (% par an)</translation>
    </message>
    <message>
        <source>General terms of sale (CGV)</source>
        <translation>Conditions générales de vente (CGV)</translation>
    </message>
    <message>
        <source>VAT number or VAT exemption</source>
        <translation>N° de TVA ou franchise de TVA</translation>
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
        <source>Payment term</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Lignes de la facture</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Numbering pattern</source>
        <translation>Modèle de numérotation</translation>
    </message>
    <message>
        <source>Late-payment rate</source>
        <translation>Taux des pénalités de retard</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Date du règlement</translation>
    </message>
    <message>
        <source>Client VAT number</source>
        <translation>N° de TVA du client</translation>
    </message>
    <message>
        <source>Client SIREN</source>
        <translation>SIREN du client</translation>
    </message>
    <message>
        <source>Days worked</source>
        <translation>Jours travaillés</translation>
    </message>
    <message>
        <source>Early-payment discount</source>
        <translation>Escompte pour paiement anticipé</translation>
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
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>TJM</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Délai de paiement (jours)</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l’expéditeur</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l’expéditeur</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Dunning schedule</source>
        <translation>Calendrier des relances</translation>
    </message>
    <message>
        <source>Account numbers</source>
        <translation>Numéros de compte</translation>
    </message>
    <message>
        <source>Late-payment rates</source>
        <translation>Taux de pénalités de retard</translation>
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
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
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
        <source>sheet “{sheet}”</source>
        <translation>feuille «&#xa0;{sheet}&#xa0;»</translation>
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
        <translation>{count} autres valeurs&#xa0;: tapez pour affiner</translation>
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
    <message>
        <source>Ends soon: plan what comes next</source>
        <translation>Se termine bientôt&#xa0;: préparez la suite</translation>
    </message>
    <message>
        <source>Renews tacitly: refuse it by this date if need be</source>
        <translation>Reconduction tacite&#xa0;: à refuser avant cette date si besoin</translation>
    </message>
    <message>
        <source>Signed copy still missing</source>
        <translation>Exemplaire signé toujours manquant</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Satisfaction check-ins to send</source>
        <translation>Points de satisfaction à envoyer</translation>
    </message>
    <message>
        <source>last one {date}</source>
        <translation>dernier le {date}</translation>
    </message>
    <message>
        <source>none sent yet</source>
        <translation>aucun envoyé</translation>
    </message>
    <message>
        <source>Check-in e-mail</source>
        <translation>E-mail de suivi</translation>
    </message>
    <message>
        <source>Ask the client how the mission is going: D or Enter prepares the e-mail.</source>
        <translation>Demandez au client comment se passe la mission&#xa0;: D ou Entrée prépare l’e-mail.</translation>
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
        <source>Letter (PDF)</source>
        <translation>Lettre (PDF)</translation>
    </message>
    <message>
        <source>The reminder letter, to look at, print or save</source>
        <translation>La lettre de relance, à consulter, imprimer ou enregistrer</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Envoyer par e-mail…</translation>
    </message>
    <message>
        <source>The reminder with its letter; recorded once sent</source>
        <translation>La relance avec sa lettre&#xa0;; enregistrée une fois envoyée</translation>
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
        <source>Contracts</source>
        <translation>Contrats</translation>
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
        <source>Check-in e-mail sent: {title}</source>
        <translation>E-mail de suivi envoyé&#xa0;: {title}</translation>
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
        <translation>Redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Restart Freelance Desk now to switch the language?</source>
        <translation>Redémarrer Freelance Desk maintenant pour changer de langue&#xa0;?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
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
        <translation>{count} autres résultats… tout afficher dans la liste</translation>
    </message>
    <message>
        <source>More than {count} more… add a word to narrow the search</source>
        <translation>Plus de {count} autres… ajoutez un mot pour affiner la recherche</translation>
    </message>
    <message>
        <source>{count} more… add a word to narrow the search</source>
        <translation>{count} autres résultats… ajoutez un mot pour affiner la recherche</translation>
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
        <translation>Relever le TJM talent de cette mission de {old} à {new}&#xa0;?</translation>
    </message>
    <message>
        <source>Move the start of this mission to {date}?</source>
        <translation>Décaler le début de cette mission au {date}&#xa0;?</translation>
    </message>
    <message>
        <source>Offer this mission full remote?</source>
        <translation>Proposer cette mission en full remote&#xa0;?</translation>
    </message>
    <message>
        <source>Ask for {n} day on site a week instead, the rest remote?</source>
        <translation>Demander plutôt {n} jour sur site par semaine, le reste en télétravail&#xa0;?</translation>
    </message>
    <message>
        <source>Ask for {n} days on site a week instead, the rest remote?</source>
        <translation>Demander plutôt {n} jours sur site par semaine, le reste en télétravail&#xa0;?</translation>
    </message>
    <message>
        <source>Referral recorded and credited.</source>
        <translation>Recommandation enregistrée et créditée.</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Planifier une relance</translation>
    </message>
    <message>
        <source>Follow-up planned on {date}: it will appear in To do.</source>
        <translation>Relance prévue le {date}&#xa0;: elle apparaîtra dans « À faire ».</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {kind} {number}</source>
        <translation>Historique — {kind} {number}</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The log is written in the same transaction as each change and never rewritten (CGI art. 289: an invoice&apos;s integrity until the end of its retention period).</source>
        <translation>Le journal est écrit dans la même transaction que chaque changement et n’est jamais réécrit (CGI art. 289&#xa0;: intégrité de la facture jusqu’à la fin de sa durée de conservation).</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>What clients owe (incl. VAT)</source>
        <translation>Encours clients (TTC)</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline commercial</translation>
    </message>
    <message>
        <source>Invoiced and collected over 12 months</source>
        <translation>Facturé et encaissé sur 12 mois</translation>
    </message>
    <message>
        <source>Talents free within 30 days</source>
        <translation>Talents libres sous 30 jours</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Refusal reasons</source>
        <translation>Motifs de refus</translation>
    </message>
    <message>
        <source>Why missions end</source>
        <translation>Pourquoi les missions s’arrêtent</translation>
    </message>
    <message>
        <source>Welcome to Freelance Desk</source>
        <translation>Bienvenue dans Freelance Desk</translation>
    </message>
    <message>
        <source>Your talent pool, prospects, missions, contracts and invoices in one place, on this computer. The database is empty: start with the demo data to look around, or add your first records.</source>
        <translation>Votre vivier de talents, vos prospects, missions, contrats et factures au même endroit, sur cet ordinateur. La base est vide&#xa0;: chargez les données de démonstration pour faire le tour, ou saisissez vos premières fiches.</translation>
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
        <source>Could not be counted: {error}</source>
        <translation>Calcul impossible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Follow-ups late</source>
        <translation>Relances en retard</translation>
    </message>
    <message>
        <source>{today} due today, {week} more this week</source>
        <translation>{today} aujourd’hui, {week} de plus cette semaine</translation>
    </message>
    <message>
        <source>Payment reminders to send</source>
        <translation>Relances de paiement à envoyer</translation>
    </message>
    <message>
        <source>{n} invoice</source>
        <translation>{n} facture</translation>
    </message>
    <message>
        <source>{n} invoices</source>
        <translation>{n} factures</translation>
    </message>
    <message>
        <source>Invoices falling due within 7 days</source>
        <translation>Factures à échéance sous 7 jours</translation>
    </message>
    <message>
        <source>Contracts ending within 30 days</source>
        <translation>Contrats finissant sous 30 jours</translation>
    </message>
    <message>
        <source>Tacit renewals to refuse in time</source>
        <translation>Reconductions tacites à dénoncer</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>fin du contrat</translation>
    </message>
    <message>
        <source>last day to refuse renewal</source>
        <translation>dernier jour pour dénoncer la reconduction</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>{n} invoice late</source>
        <translation>{n} facture en retard</translation>
    </message>
    <message>
        <source>{n} invoices late</source>
        <translation>{n} factures en retard</translation>
    </message>
    <message>
        <source>{total} owed in all</source>
        <translation>{total} dus au total</translation>
    </message>
    <message>
        <source>Open deals, expected</source>
        <translation>Affaires en cours, montant attendu</translation>
    </message>
    <message>
        <source>{n} prospect in progress</source>
        <translation>{n} prospect en cours</translation>
    </message>
    <message>
        <source>{n} prospects in progress</source>
        <translation>{n} prospects en cours</translation>
    </message>
    <message>
        <source>{amount} expected</source>
        <translation>{amount} attendus</translation>
    </message>
    <message>
        <source>Free today</source>
        <translation>Libres aujourd’hui</translation>
    </message>
    <message>
        <source>Free in the next 30 days</source>
        <translation>Libres dans les 30 prochains jours</translation>
    </message>
    <message>
        <source>Invoiced {invoiced} · collected {collected} (incl. VAT)</source>
        <translation>Facturé {invoiced} · encaissé {collected} (TTC)</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <source>Refusal reasons, {quarter}</source>
        <translation>Motifs de refus, {quarter}</translation>
    </message>
    <message>
        <source>Why missions end, {quarter}</source>
        <translation>Fins de mission, {quarter}</translation>
    </message>
    <message>
        <source>Offers refused</source>
        <translation>Propositions refusées</translation>
    </message>
    <message>
        <source>No offer refused this quarter.</source>
        <translation>Aucune proposition refusée ce trimestre.</translation>
    </message>
    <message>
        <source>Missions ended or ending</source>
        <translation>Missions terminées ou en fin</translation>
    </message>
    <message>
        <source>No mission ended this quarter.</source>
        <translation>Aucune fin de mission ce trimestre.</translation>
    </message>
    <message>
        <source>{share} of them</source>
        <translation>{share} d’entre elles</translation>
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
        <source>Contact: first name</source>
        <translation>Contact&#xa0;: prénom</translation>
    </message>
    <message>
        <source>Contact: last name</source>
        <translation>Contact&#xa0;: nom</translation>
    </message>
    <message>
        <source>Contact: full name</source>
        <translation>Contact&#xa0;: nom complet</translation>
    </message>
    <message>
        <source>Contact: e-mail</source>
        <translation>Contact&#xa0;: e-mail</translation>
    </message>
    <message>
        <source>Contact: phone</source>
        <translation>Contact&#xa0;: téléphone</translation>
    </message>
    <message>
        <source>Contact: role</source>
        <translation>Contact&#xa0;: fonction</translation>
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
        <source>same e-mail</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>{reason}: the company is imported, its contact is not</source>
        <translation>{reason}&#xa0;: l’entreprise est importée, pas son contact</translation>
    </message>
    <message>
        <source>same SIREN</source>
        <translation>même SIREN</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>These lines are not UTF-8 like the rest of the file and were read as {encoding} (check their accents): {lines}.</source>
        <translation>Ces lignes ne sont pas en UTF-8 comme le reste du fichier et ont été lues en {encoding} (vérifiez leurs accents)&#xa0;: {lines}.</translation>
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
        <source>{name} is damaged: its part {part} cannot be read ({reason}). Open it in Excel or LibreOffice and save it again.</source>
        <translation>{name} est endommagé&#xa0;: sa partie {part} est illisible ({reason}). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({reason}). Open it in Excel or LibreOffice and save it again.</source>
        <translation>{name} est endommagé et illisible ({reason}). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, then empty the password), save it and import it again.</source>
        <translation>{name} est protégé par un mot de passe. Ouvrez-le dans Excel, retirez le mot de passe (Fichier &gt; Informations &gt; Protéger le classeur &gt; Chiffrer avec mot de passe, puis videz le mot de passe), enregistrez-le et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>{name} is an old Excel file (.xls) under an .xlsx name: save it as .xlsx or .csv first.</source>
        <translation>{name} est un ancien fichier Excel (.xls) sous un nom en .xlsx&#xa0;: enregistrez-le d’abord en .xlsx ou en .csv.</translation>
    </message>
    <message>
        <source>{name} has no worksheet to read.</source>
        <translation>{name} ne contient aucune feuille de calcul à lire.</translation>
    </message>
    <message>
        <source>{name} has no sheet named {sheet!r}; its sheets: {sheets}.</source>
        <translation>{name} n’a pas de feuille nommée {sheet!r}&#x202f;; ses feuilles&#xa0;: {sheets}.</translation>
    </message>
    <message>
        <source>The sheet {blank!r} is blank: the sheet {sheet!r} was read instead.</source>
        <translation>La feuille {blank!r} est vide&#xa0;: la feuille {sheet!r} a été lue à sa place.</translation>
    </message>
    <message>
        <source>These cells are outside the columns named by the header and were not read: {cells}.</source>
        <translation>Ces cellules sont hors des colonnes nommées par l’en-tête et n’ont pas été lues&#xa0;: {cells}.</translation>
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
        <source>not a date (e.g. 31/12/2026, immédiate, sous 1 mois, janvier 2027)</source>
        <translation>date invalide (ex. 31/12/2026, immédiate, sous 1 mois, janvier 2027)</translation>
    </message>
    <message>
        <source>unknown country {value!r}: use a code like FR or BE</source>
        <translation>pays inconnu {value!r}&#xa0;: utilisez un code comme FR ou BE</translation>
    </message>
    <message>
        <source>{name} weighs {size} MB, more than the {limit} MB an import reads: split it into smaller files (by year, by region…) and import each one.</source>
        <translation>{name} pèse {size} Mo, plus que les {limit} Mo qu’un import lit&#xa0;: découpez-le en fichiers plus petits (par année, par région…) et importez chacun.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows, the most an import reads: split it into files of at most {limit} rows.</source>
        <translation>{name} a plus de {limit} lignes, le maximum qu’un import lit&#xa0;: découpez-le en fichiers de {limit} lignes au plus.</translation>
    </message>
    <message>
        <source>{name}, line {line}: {count} columns, more than the {limit} an import reads. Is it a table of records?</source>
        <translation>{name}, ligne {line}&#xa0;: {count} colonnes, plus que les {limit} qu’un import lit. Est-ce bien un tableau de fiches&#x202f;?</translation>
    </message>
    <message>
        <source>{name}, line {line}: a line longer than {limit} MB, the most an import reads: this is not a table of records.</source>
        <translation>{name}, ligne {line}&#xa0;: une ligne de plus de {limit} Mo, le maximum qu’un import lit&#xa0;: ce n’est pas un tableau de fiches.</translation>
    </message>
    <message>
        <source>{name}, line {line}: a value longer than {limit} characters: a quote (&quot;) opened there is probably never closed.</source>
        <translation>{name}, ligne {line}&#xa0;: une valeur de plus de {limit} caractères&#xa0;: un guillemet (&quot;) ouvert à cet endroit n’est sans doute jamais fermé.</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {limit} MB, the most an import reads: copy the rows to import into a new workbook, or save the sheet as CSV.</source>
        <translation>{name} se décompresse en plus de {limit} Mo, le maximum qu’un import lit&#xa0;: copiez les lignes à importer dans un nouveau classeur, ou enregistrez la feuille en CSV.</translation>
    </message>
    <message>
        <source>{name}: the part {part} unpacks to {ratio} times its packed size (at most {limit} times is read): this is not what a spreadsheet writes, the file is not read.</source>
        <translation>{name}&#xa0;: la partie {part} se décompresse en {ratio} fois sa taille compressée ({limit} fois au plus sont lues)&#xa0;: ce n’est pas ce qu’écrit un tableur, le fichier n’est pas lu.</translation>
    </message>
    <message>
        <source>{name}: the sheet holds more than {limit} cells (empty ones included), the most an import reads: copy the rows to import into a new workbook.</source>
        <translation>{name}&#xa0;: la feuille contient plus de {limit} cellules (vides comprises), le maximum qu’un import lit&#xa0;: copiez les lignes à importer dans un nouveau classeur.</translation>
    </message>
    <message>
        <source>{name}: the part {part} nests more than {limit} levels deep: this is not what a spreadsheet writes, the file is not read.</source>
        <translation>{name}&#xa0;: la partie {part} s’imbrique sur plus de {limit} niveaux&#xa0;: ce n’est pas ce qu’écrit un tableur, le fichier n’est pas lu.</translation>
    </message>
    <message>
        <source>{name} holds no vCard (no line BEGIN:VCARD): is it an address book?</source>
        <translation>{name} ne contient aucune vCard (aucune ligne BEGIN:VCARD)&#xa0;: est-ce bien un carnet d’adresses&#x202f;?</translation>
    </message>
    <message>
        <source>the card of a company ({name}), not of a person: import the file as companies to add it</source>
        <translation>la fiche d’une entreprise ({name}), pas d’une personne&#xa0;: importez le fichier comme entreprises pour l’ajouter</translation>
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
    <name>InvoiceActions</name>
    <message>
        <source>Issue this credit note now, dated {date}? It gets the next number and cancels what it credits on the invoice it refers to. It can then no longer be changed.</source>
        <translation>Émettre cet avoir maintenant, daté du {date}&#xa0;? Il reçoit le numéro suivant et annule ce qu’il crédite sur la facture à laquelle il se rapporte. Il ne pourra plus être modifié.</translation>
    </message>
    <message>
        <source>Issue this invoice now, dated {date}? It gets the next number of its series and can then no longer be changed nor deleted: corrections are made by credit note.</source>
        <translation>Émettre cette facture maintenant, datée du {date}&#xa0;? Elle reçoit le numéro suivant de sa série et ne pourra plus être ni modifiée ni supprimée&#xa0;: toute correction se fera par avoir.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Émettre</translation>
    </message>
    <message>
        <source>Invoice {number} issued.</source>
        <translation>Facture {number} émise.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <source>Issued invoice</source>
        <translation>Facture émise</translation>
    </message>
    <message>
        <source>Make a credit note…</source>
        <translation>Faire un avoir…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this draft? A draft has no number yet: deleting it leaves no gap. The activity reports it bills can be invoiced again.</source>
        <translation>Supprimer ce brouillon&#xa0;? Un brouillon n’a pas encore de numéro&#xa0;: le supprimer ne crée aucun trou. Les comptes rendus d’activité qu’il facture pourront être facturés à nouveau.</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>Brouillon supprimé.</translation>
    </message>
    <message>
        <source>{number} issued.</source>
        <translation>{number} émis.</translation>
    </message>
    <message>
        <source>E-mail sent to {to}.</source>
        <translation>E-mail envoyé à {to}.</translation>
    </message>
    <message>
        <source>Reminder sent and recorded: {title}</source>
        <translation>Relance envoyée et enregistrée&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Marked as sent today.</source>
        <translation>Marquée envoyée aujourd’hui.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Payments are recorded on issued invoices: issue this one first.</source>
        <translation>Les paiements s’enregistrent sur des factures émises&#xa0;: émettez d’abord celle-ci.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Paiement enregistré.</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Only an issued invoice is credited; a draft is simply changed.</source>
        <translation>Seule une facture émise se corrige par un avoir&#xa0;; un brouillon se modifie simplement.</translation>
    </message>
    <message>
        <source>Credit note {number} issued.</source>
        <translation>Avoir {number} émis.</translation>
    </message>
    <message>
        <source>Credit note saved as a draft.</source>
        <translation>Avoir gardé en brouillon.</translation>
    </message>
    <message>
        <source>Late penalties</source>
        <translation>Pénalités de retard</translation>
    </message>
    <message>
        <source>This invoice is not late: penalties run from the day after its due date.</source>
        <translation>Cette facture n’est pas en retard&#xa0;: les pénalités courent à partir du lendemain de l’échéance.</translation>
    </message>
</context>
<context>
    <name>InvoiceBar</name>
    <message>
        <source>Issue…</source>
        <translation>Émettre…</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer envoyée</translation>
    </message>
    <message>
        <source>Record a payment…</source>
        <translation>Enregistrer un paiement…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Avoir…</translation>
    </message>
    <message>
        <source>Penalty invoice…</source>
        <translation>Facture de pénalités…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Envoyer par e-mail…</translation>
    </message>
    <message>
        <source>Late payment</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>The Factur-X PDF, to look at, save or print</source>
        <translation>Le PDF Factur-X, à consulter, enregistrer ou imprimer</translation>
    </message>
    <message>
        <source>The PDF to the client; the invoice is marked as sent once it has left</source>
        <translation>Le PDF au client&#xa0;; la facture est marquée envoyée une fois l’e-mail parti</translation>
    </message>
    <message>
        <source>Sent another way: by post, through a portal…</source>
        <translation>Envoyée autrement&#xa0;: par courrier, sur un portail…</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Créances</translation>
    </message>
    <message>
        <source>Month-end</source>
        <translation>Fin de mois</translation>
    </message>
    <message>
        <source>Issue a month&apos;s invoices…</source>
        <translation>Émettre les factures d’un mois…</translation>
    </message>
    <message>
        <source>Supplier invoices (talents)…</source>
        <translation>Factures fournisseurs (talents)…</translation>
    </message>
    <message>
        <source>Accounting export (FEC, journal)…</source>
        <translation>Export comptable (FEC, journal)…</translation>
    </message>
    <message>
        <source>Reminder letter (PDF)</source>
        <translation>Lettre de relance (PDF)</translation>
    </message>
    <message>
        <source>Send the reminder by e-mail…</source>
        <translation>Envoyer la relance par e-mail…</translation>
    </message>
    <message>
        <source>Send the {level} by e-mail…</source>
        <translation>Envoyer la {level} par e-mail…</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
</context>
<context>
    <name>InvoiceDocuments</name>
    <message>
        <source>Credit note {number}</source>
        <translation>Avoir {number}</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Facture {number}</translation>
    </message>
    <message>
        <source>Reminder letter — {number}</source>
        <translation>Lettre de relance — {number}</translation>
    </message>
    <message>
        <source>Activity report — {name}</source>
        <translation>Compte rendu d’activité — {name}</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Type part of the client&apos;s name</source>
        <translation>Tapez une partie du nom du client</translation>
    </message>
    <message>
        <source>Default of the type</source>
        <translation>Celle du type</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>the client&apos;s order number, if any</source>
        <translation>le numéro de commande du client, s’il y en a un</translation>
    </message>
    <message>
        <source>French VAT</source>
        <translation>TVA française</translation>
    </message>
    <message>
        <source>No VAT: franchise (art. 293 B du CGI)</source>
        <translation>Pas de TVA&#xa0;: franchise (art. 293 B du CGI)</translation>
    </message>
    <message>
        <source>Reverse charge: EU business client</source>
        <translation>Autoliquidation&#xa0;: client professionnel UE</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Periodic (the month&apos;s services)</source>
        <translation>Périodique (prestations du mois)</translation>
    </message>
    <message>
        <source>A periodic invoice must be due within 45 days of its issue date.</source>
        <translation>Une facture périodique doit être payable dans les 45 jours suivant son émission.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Escompte</translation>
    </message>
    <message>
        <source>within </source>
        <translation>sous </translation>
    </message>
    <message>
        <source>Agreed rate</source>
        <translation>Taux convenu</translation>
    </message>
    <message>
        <source> % a year</source>
        <translation>&#xa0;% l’an</translation>
    </message>
    <message>
        <source>VAT on debits (option chosen)</source>
        <translation>TVA sur les débits (option choisie)</translation>
    </message>
    <message>
        <source>Business client (40 € indemnity)</source>
        <translation>Client professionnel (indemnité de 40&#xa0;€)</translation>
    </message>
    <message>
        <source>Elsewhere:</source>
        <translation>Ailleurs&#xa0;:</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>Client *</source>
        <translation>Client *</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>Période de prestation</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>Early payment</source>
        <translation>Paiement anticipé</translation>
    </message>
    <message>
        <source>Late penalties</source>
        <translation>Pénalités de retard</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Free line</source>
        <translation>Ligne libre</translation>
    </message>
    <message>
        <source>Expense to re-bill</source>
        <translation>Frais à refacturer</translation>
    </message>
    <message>
        <source>Days of an activity report…</source>
        <translation>Jours d’un compte rendu d’activité…</translation>
    </message>
    <message>
        <source>A milestone of the mission…</source>
        <translation>Un jalon de la mission…</translation>
    </message>
    <message>
        <source>Deduct the deposits…</source>
        <translation>Déduire les acomptes…</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Save and issue…</source>
        <translation>Enregistrer et émettre…</translation>
    </message>
    <message>
        <source>Issue and send by e-mail…</source>
        <translation>Émettre et envoyer par e-mail…</translation>
    </message>
    <message>
        <source>Save, issue (it gets its number), then open the e-mail to the client</source>
        <translation>Enregistrer, émettre (elle reçoit son numéro), puis ouvrir l’e-mail au client</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A draft has no number. Issuing gives the next one and locks the invoice.</source>
        <translation>Un brouillon n’a pas de numéro. L’émission donne le suivant et verrouille la facture.</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>Credit note (draft) for invoice {number}</source>
        <translation>Avoir (brouillon) sur la facture {number}</translation>
    </message>
    <message>
        <source>Penalty invoice (draft)</source>
        <translation>Facture de pénalités (brouillon)</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Facture brouillon</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Sans contrat</translation>
    </message>
    <message>
        <source>This client has deposits to deduct: Add a line › Deduct the deposits.</source>
        <translation>Ce client a des acomptes à déduire&#xa0;: Ajouter une ligne › Déduire les acomptes.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>{mention} · your VAT number: {mine} · the client&apos;s: {theirs}</source>
        <translation>{mention} · votre n° de TVA&#xa0;: {mine} · celui du client&#xa0;: {theirs}</translation>
    </message>
    <message>
        <source>Due on {date} if issued today</source>
        <translation>Échéance le {date} si émise aujourd’hui</translation>
    </message>
    <message>
        <source>default: ECB + 10 points = {rate} %</source>
        <translation>par défaut&#xa0;: BCE + 10 points = {rate}&#xa0;%</translation>
    </message>
    <message>
        <source>(rate table to update in Settings)</source>
        <translation>(table des taux à mettre à jour dans les Paramètres)</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>VAT {rate} %</source>
        <translation>TVA {rate}&#xa0;%</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Choose the client first.</source>
        <translation>Choisissez d’abord le client.</translation>
    </message>
    <message>
        <source>No validated activity report to invoice for this client. Validate the month&apos;s report from the contract first (Contracts › Activity reports).</source>
        <translation>Aucun compte rendu d’activité validé à facturer pour ce client. Validez d’abord le compte rendu du mois depuis le contrat (Contrats › Comptes rendus d’activité).</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Compte rendu d’activité</translation>
    </message>
    <message>
        <source>Report to invoice:</source>
        <translation>Compte rendu à facturer&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the contract whose milestone to bill.</source>
        <translation>Choisissez le contrat dont le jalon est à facturer.</translation>
    </message>
    <message>
        <source>The contract&apos;s mission has no phases: add a free line instead.</source>
        <translation>La mission du contrat n’a pas de phases&#xa0;: ajoutez plutôt une ligne libre.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Milestone reached:</source>
        <translation>Jalon atteint&#xa0;:</translation>
    </message>
    <message>
        <source>Type the milestone&apos;s amount excl. VAT in the line.</source>
        <translation>Saisissez le montant HT du jalon dans la ligne.</translation>
    </message>
    <message>
        <source>This client has no issued deposit to deduct.</source>
        <translation>Ce client n’a aucun acompte émis à déduire.</translation>
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
    <name>InvoiceLines</name>
    <message>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Expense re-billed</source>
        <translation>Frais refacturés</translation>
    </message>
    <message>
        <source>On-call duty</source>
        <translation>Astreinte</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Heures supplémentaires</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <source>Deposit deducted</source>
        <translation>Acompte déduit</translation>
    </message>
    <message>
        <source>Late-payment interest</source>
        <translation>Intérêts de retard</translation>
    </message>
    <message>
        <source>Recovery indemnity (40 €)</source>
        <translation>Indemnité de recouvrement (40&#xa0;€)</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
</context>
<context>
    <name>InvoiceMail</name>
    <message>
        <source>Once the e-mail has left, {number} is marked as sent, dated the day of sending.</source>
        <translation>Une fois l’e-mail parti, {number} passe au statut «&#xa0;envoyé&#xa0;», daté du jour de l’envoi.</translation>
    </message>
    <message>
        <source>Once the e-mail has left, this {level} is recorded for {number} with the interest accrued and the indemnity; the e-mail is its trace on the client.</source>
        <translation>Une fois l’e-mail parti, cette {level} est enregistrée pour {number} avec les intérêts courus et l’indemnité&#xa0;; l’e-mail en est la trace sur la fiche du client.</translation>
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
        <source>Sent</source>
        <translation>Envoyée</translation>
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
    <name>InvoiceType</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Final (deposits deducted)</source>
        <translation>Solde (acomptes déduits)</translation>
    </message>
    <message>
        <source>Late-payment penalties</source>
        <translation>Pénalités de retard</translation>
    </message>
</context>
<context>
    <name>Invoicing</name>
    <message>
        <source>The Factur-X data of invoice {number} is not valid ({detail}); nothing was written.</source>
        <translation>Les données Factur-X de la facture {number} ne sont pas valides ({detail})&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{day} is not in the report&apos;s month</source>
        <translation>le {day} n’est pas dans le mois du compte rendu</translation>
    </message>
    <message>
        <source>a day is worked in full (1) or by half (0.5)</source>
        <translation>une journée est travaillée en entier (1) ou à moitié (0,5)</translation>
    </message>
    <message>
        <source>the pattern must contain {{seq}} (the sequence number) and may contain {{year}}, e.g. FA-{{year}}-{{seq:05}}</source>
        <translation>le modèle doit contenir {{seq}} (le numéro d’ordre) et peut contenir {{year}}, par exemple FA-{{year}}-{{seq:05}}</translation>
    </message>
    <message>
        <source>an invoice number may hold only letters, digits and + - _ / (no spaces), at most 35 characters; {number} does not</source>
        <translation>un numéro de facture ne peut contenir que des lettres, des chiffres et + - _ / (sans espace), 35 caractères au plus&#xa0;; {number} ne respecte pas cette règle</translation>
    </message>
    <message>
        <source>{rate} % is below three times the legal interest rate ({floor} %), the minimum Code de commerce art. L441-10 allows</source>
        <translation>{rate}&#xa0;% est inférieur à trois fois le taux d’intérêt légal ({floor}&#xa0;%), le minimum que permet l’article L441-10 du Code de commerce</translation>
    </message>
    <message>
        <source>{days} days is beyond the legal maximum of {limit} days for this kind of term (Code de commerce art. L441-10)</source>
        <translation>{days} jours dépasse le maximum légal de {limit} jours pour ce type de délai (Code de commerce, art. L441-10)</translation>
    </message>
    <message>
        <source>a periodic invoice must be due within 45 days of its issue date; this term gives {days} days (Code de commerce art. L441-10)</source>
        <translation>une facture périodique doit être payée dans les 45 jours suivant son émission&#xa0;; ce délai donne {days} jours (Code de commerce, art. L441-10)</translation>
    </message>
    <message>
        <source>the number of days cannot be negative</source>
        <translation>le nombre de jours ne peut pas être négatif</translation>
    </message>
    <message>
        <source>This activity report is validated: it can no longer change.</source>
        <translation>Ce compte rendu d’activité est validé&#xa0;: il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>Tick the days worked before validating the report.</source>
        <translation>Cochez les jours travaillés avant de valider le compte rendu.</translation>
    </message>
    <message>
        <source>Validate the activity report before invoicing it (once only).</source>
        <translation>Validez le compte rendu d’activité avant de le facturer (une seule fois).</translation>
    </message>
    <message>
        <source>The contract {reference} has no daily rate to invoice the days at.</source>
        <translation>Le contrat {reference} n’a pas de TJM pour facturer les jours.</translation>
    </message>
    <message>
        <source>This quote has no deposit to invoice (accepted, with a deposit).</source>
        <translation>Ce devis n’a pas d’acompte à facturer (il faut un devis accepté, avec un acompte).</translation>
    </message>
    <message>
        <source>No issued {kind} numbered {reference}.</source>
        <translation>Aucun document émis ne porte le numéro {reference} ({kind}).</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>facture</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>avoir</translation>
    </message>
    <message>
        <source>No activity report {reference} (write it as the contract&apos;s reference and the month, e.g. CT-2026-00001/2026-11).</source>
        <translation>Aucun compte rendu d’activité {reference} (écrivez la référence du contrat et le mois, par exemple CT-2026-00001/2026-11).</translation>
    </message>
    <message>
        <source>Only an issued invoice can be reminded.</source>
        <translation>Seule une facture émise peut faire l’objet d’une relance.</translation>
    </message>
    <message>
        <source>This client has no overdue invoice: there is nothing to remind.</source>
        <translation>Ce client n’a aucune facture échue impayée&#xa0;: il n’y a rien à relancer.</translation>
    </message>
    <message>
        <source>The activity report of {month} is not validated, or another invoice bills it already.</source>
        <translation>Le compte rendu d’activité de {month} n’est pas validé, ou une autre facture le facture déjà.</translation>
    </message>
    <message>
        <source>Invoice {number} is issued and can no longer be {action}: an issued invoice is kept exactly as it was sent (CGI art. 289). To correct or cancel it, make a credit note that refers to it.</source>
        <translation>La facture {number} est émise et ne peut plus être {action}&#xa0;: une facture émise est conservée telle qu’elle a été envoyée (CGI, art. 289). Pour la corriger ou l’annuler, faites un avoir qui y fait référence.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>no series named {series}</source>
        <translation>aucune série ne s’appelle {series}</translation>
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation>une facture a besoin d’au moins une ligne</translation>
    </message>
    <message>
        <source>line {n}: describe what is billed</source>
        <translation>ligne {n}&#xa0;: décrivez ce qui est facturé</translation>
    </message>
    <message>
        <source>line {n}: unknown kind {kind}</source>
        <translation>ligne {n}&#xa0;: type inconnu {kind}</translation>
    </message>
    <message>
        <source>line {n}: the unit price must be above zero (to deduct an amount, give a negative quantity)</source>
        <translation>ligne {n}&#xa0;: le prix unitaire doit être supérieur à zéro (pour déduire un montant, indiquez une quantité négative)</translation>
    </message>
    <message>
        <source>line {n}: the quantity cannot be zero</source>
        <translation>ligne {n}&#xa0;: la quantité ne peut pas être nulle</translation>
    </message>
    <message>
        <source>line {n}: {rate} % is not a French VAT rate (20, 10, 5.5 or 2.1)</source>
        <translation>ligne {n}&#xa0;: {rate}&#xa0;% n’est pas un taux de TVA français (20, 10, 5,5 ou 2,1)</translation>
    </message>
    <message>
        <source>the total of an invoice must be above zero; to give money back, make a credit note</source>
        <translation>le total d’une facture doit être supérieur à zéro&#xa0;; pour rembourser, faites un avoir</translation>
    </message>
    <message>
        <source>the discount is a percentage between 0 and 100</source>
        <translation>l’escompte est un pourcentage entre 0 et 100</translation>
    </message>
    <message>
        <source>Your company&apos;s identity is incomplete for an invoice: {fields}. Fill it in Settings, My company.</source>
        <translation>L’identité de votre entreprise est incomplète pour une facture&#xa0;: {fields}. Complétez-la dans Paramètres, Mon entreprise.</translation>
    </message>
    <message>
        <source>the client&apos;s SIREN is required on an invoice to a French business (décret 2022-1299); add it to {name}&apos;s record</source>
        <translation>le SIREN du client est obligatoire sur une facture à une entreprise française (décret 2022-1299)&#xa0;; ajoutez-le à la fiche de {name}</translation>
    </message>
    <message>
        <source>reverse charge needs the client&apos;s EU VAT number (CGI ann. II art. 242 nonies A, 4°)</source>
        <translation>l’autoliquidation exige le numéro de TVA intracommunautaire du client (CGI, ann. II, art. 242 nonies A, 4°)</translation>
    </message>
    <message>
        <source>the issue date {date} is before the last invoice of series {series} ({last}): numbers must follow the dates (CGI ann. II art. 242 nonies A, 7°)</source>
        <translation>la date d’émission {date} est antérieure à la dernière facture de la série {series} ({last})&#xa0;: les numéros doivent suivre l’ordre des dates (CGI, ann. II, art. 242 nonies A, 7°)</translation>
    </message>
    <message>
        <source>Invoice {number} is already issued.</source>
        <translation>La facture {number} est déjà émise.</translation>
    </message>
    <message>
        <source>{number} has no document: it was recorded without the identities frozen when it was issued (demo or imported data). Invoices issued in the app have theirs.</source>
        <translation>{number} n’a pas de document&#xa0;: elle a été enregistrée sans les identités figées à son émission (données de démonstration ou importées). Les factures émises dans l’application ont les leurs.</translation>
    </message>
    <message>
        <source>Issue the invoice before sending it: a draft has no number yet.</source>
        <translation>Émettez la facture avant de l’envoyer&#xa0;: un brouillon n’a pas encore de numéro.</translation>
    </message>
    <message>
        <source>this credit note ({amount}) is more than what is left to credit on {number} ({left})</source>
        <translation>cet avoir ({amount}) dépasse ce qui reste à créditer sur {number} ({left})</translation>
    </message>
    <message>
        <source>Only an issued invoice can be credited.</source>
        <translation>Seule une facture émise peut faire l’objet d’un avoir.</translation>
    </message>
    <message>
        <source>Only issued deposit invoices can be deducted.</source>
        <translation>Seules des factures d’acompte émises peuvent être déduites.</translation>
    </message>
    <message>
        <source>This invoice is not late: there is nothing to bill for it.</source>
        <translation>Cette facture n’est pas en retard&#xa0;: il n’y a rien à facturer à ce titre.</translation>
    </message>
    <message>
        <source>A draft has no document yet: issue it first.</source>
        <translation>Un brouillon n’a pas encore de document&#xa0;: émettez-le d’abord.</translation>
    </message>
    <message>
        <source>a payment is above zero</source>
        <translation>un règlement est supérieur à zéro</translation>
    </message>
    <message>
        <source>a payment cannot be in the future</source>
        <translation>un règlement ne peut pas être daté dans le futur</translation>
    </message>
    <message>
        <source>unknown payment method {method}</source>
        <translation>moyen de paiement inconnu {method}</translation>
    </message>
    <message>
        <source>Payments are recorded on issued invoices only.</source>
        <translation>Les règlements ne s’enregistrent que sur des factures émises.</translation>
    </message>
    <message>
        <source>Invoice {number} was cancelled by a credit note.</source>
        <translation>La facture {number} a été annulée par un avoir.</translation>
    </message>
    <message>
        <source>{amount} is more than the {owed} still owed on {number}</source>
        <translation>{amount} dépasse les {owed} encore dus sur {number}</translation>
    </message>
    <message>
        <source>the amount must be above zero</source>
        <translation>le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>the supplier invoice needs its number</source>
        <translation>la facture fournisseur doit avoir son numéro</translation>
    </message>
    <message>
        <source>Invoice {number} of {supplier} is already recorded.</source>
        <translation>La facture {number} de {supplier} est déjà enregistrée.</translation>
    </message>
    <message>
        <source>“{name}” holds no Factur-X invoice: type the invoice in, the PDF is attached as it is.</source>
        <translation>«&#xa0;{name}&#xa0;» ne contient pas de facture Factur-X&#xa0;: saisissez la facture, le PDF est joint tel quel.</translation>
    </message>
    <message>
        <source>type the amount received</source>
        <translation>saisissez le montant reçu</translation>
    </message>
    <message>
        <source>line {n}: “{text}” is not a number</source>
        <translation>ligne {n}&#xa0;: «&#xa0;{text}&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>choose the client in the list</source>
        <translation>choisissez le client dans la liste</translation>
    </message>
    <message>
        <source>type the amount excl. VAT</source>
        <translation>saisissez le montant HT</translation>
    </message>
</context>
<context>
    <name>InvoicingSettings</name>
    <message>
        <source>None (mainland France)</source>
        <translation>Aucune (France métropolitaine)</translation>
    </message>
    <message>
        <source>Moselle (57)</source>
        <translation>Moselle (57)</translation>
    </message>
    <message>
        <source>Bas-Rhin (67)</source>
        <translation>Bas-Rhin (67)</translation>
    </message>
    <message>
        <source>Haut-Rhin (68)</source>
        <translation>Haut-Rhin (68)</translation>
    </message>
    <message>
        <source>ECB main refinancing rate</source>
        <translation>Taux de refinancement de la BCE</translation>
    </message>
    <message>
        <source>Legal interest rate (professional creditor)</source>
        <translation>Taux de l’intérêt légal (créancier professionnel)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Services sold</source>
        <translation>Prestations de services</translation>
    </message>
    <message>
        <source>Expenses re-billed</source>
        <translation>Frais refacturés</translation>
    </message>
    <message>
        <source>Deposits received</source>
        <translation>Acomptes reçus</translation>
    </message>
    <message>
        <source>Late-payment interest</source>
        <translation>Intérêts de retard</translation>
    </message>
    <message>
        <source>Recovery indemnity</source>
        <translation>Indemnité de recouvrement</translation>
    </message>
    <message>
        <source>VAT collected</source>
        <translation>TVA collectée</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Sales journal code</source>
        <translation>Code du journal des ventes</translation>
    </message>
    <message>
        <source>Bank journal code</source>
        <translation>Code du journal de banque</translation>
    </message>
    <message>
        <source>Save the invoicing settings</source>
        <translation>Enregistrer les paramètres de facturation</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Numéros de facture</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Add a series</source>
        <translation>Ajouter une série</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>{year} is the year of issue (the numbering then restarts each January), {seq:05} the number on 5 digits. Each series is one gapless sequence; a number is given when the invoice is issued.</source>
        <translation>{year} est l’année d’émission (la numérotation repart alors chaque janvier), {seq:05} le numéro sur 5 chiffres. Chaque série est une séquence continue, sans trou&#xa0;; le numéro est donné à l’émission de la facture.</translation>
    </message>
    <message>
        <source>Invoices use</source>
        <translation>Les factures utilisent</translation>
    </message>
    <message>
        <source>Credit notes use</source>
        <translation>Les avoirs utilisent</translation>
    </message>
    <message>
        <source>Deposits use</source>
        <translation>Les acomptes utilisent</translation>
    </message>
    <message>
        <source>Same as invoices</source>
        <translation>La même que les factures</translation>
    </message>
    <message>
        <source>Next numbers look like: {samples}</source>
        <translation>Les prochains numéros ressembleront à&#xa0;: {samples}</translation>
    </message>
    <message>
        <source>Payment terms of new invoices</source>
        <translation>Délai de paiement des nouvelles factures</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>The law allows at most 60 days from the issue date, or 45 days end of month (Code de commerce art. L441-10).</source>
        <translation>La loi autorise au plus 60 jours à compter de la date d’émission, ou 45 jours fin de mois (Code de commerce, art. L441-10).</translation>
    </message>
    <message>
        <source>I opted to pay VAT on debits (printed on every invoice)</source>
        <translation>J’ai opté pour la TVA sur les débits (mention portée sur chaque facture)</translation>
    </message>
    <message>
        <source>Reminders of late invoices</source>
        <translation>Relances des factures en retard</translation>
    </message>
    <message>
        <source>Days after the due date when each reminder is due; they show in To do, one at a time, in this order. Penalties run from the day after the due date without any reminder.</source>
        <translation>Nombre de jours après l’échéance où chaque relance est due. Elles apparaissent dans À faire, une à la fois, dans cet ordre. Les pénalités courent dès le lendemain de l’échéance, sans relance.</translation>
    </message>
    <message>
        <source>Days after the due date</source>
        <translation>Jours après l’échéance</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>D+</source>
        <translation>J+</translation>
    </message>
    <message>
        <source>Late-payment rates</source>
        <translation>Taux des pénalités de retard</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>En vigueur depuis</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% l’an</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Add this rate</source>
        <translation>Ajouter ce taux</translation>
    </message>
    <message>
        <source>Remove my rate</source>
        <translation>Retirer mon taux</translation>
    </message>
    <message>
        <source>Penalties default to the ECB rate in force on 1 January (first half-year) or 1 July (second) plus 10 points; an agreed rate may not be below three times the legal interest rate. Add a newer rate when the ECB or the arrêté publishes it: yours extend or replace the shipped ones.</source>
        <translation>Par défaut, les pénalités suivent le taux de la BCE en vigueur au 1er janvier (premier semestre) ou au 1er juillet (second), majoré de 10 points&#xa0;; un taux convenu ne peut être inférieur à trois fois le taux de l’intérêt légal. Ajoutez un taux plus récent dès que la BCE ou l’arrêté le publie&#xa0;: les vôtres complètent ou remplacent ceux fournis.</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>le vôtre</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>fourni</translation>
    </message>
    <message>
        <source>Default penalty rate today: {rate} % a year (ECB {ecb} % + 10 points, in force on {half}). Lowest agreed rate: {floor} %.</source>
        <translation>Taux de pénalité par défaut aujourd’hui&#xa0;: {rate}&#xa0;% l’an (BCE {ecb}&#xa0;% + 10 points, en vigueur au {half}). Taux convenu minimal&#xa0;: {floor}&#xa0;%.</translation>
    </message>
    <message>
        <source>The table stops before {half}: check the ECB rate in force on that day and add it below.</source>
        <translation>La table s’arrête avant le {half}&#xa0;: vérifiez le taux de la BCE en vigueur ce jour-là et ajoutez-le ci-dessous.</translation>
    </message>
    <message>
        <source>Rate added: save to keep it.</source>
        <translation>Taux ajouté&#xa0;: enregistrez pour le garder.</translation>
    </message>
    <message>
        <source>A shipped rate cannot be removed; add yours over it.</source>
        <translation>Un taux fourni ne peut pas être retiré&#xa0;; ajoutez le vôtre par-dessus.</translation>
    </message>
    <message>
        <source>Accounting export (FEC)</source>
        <translation>Export comptable (FEC)</translation>
    </message>
    <message>
        <source>Activity reports</source>
        <translation>Comptes rendus d’activité</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Jours fériés de</translation>
    </message>
    <message>
        <source>“{name}”: a series is named once, with letters, digits, - or _</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: une série porte un nom unique, fait de lettres, de chiffres, - ou _</translation>
    </message>
    <message>
        <source>keep at least one series</source>
        <translation>gardez au moins une série</translation>
    </message>
    <message>
        <source>give each reminder its own day, at least one</source>
        <translation>donnez à chaque relance son propre jour, au moins une</translation>
    </message>
    <message>
        <source>“{value}”: an account is letters and digits</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: un compte se compose de lettres et de chiffres</translation>
    </message>
    <message>
        <source>Saved. New invoices use these settings.</source>
        <translation>Enregistré. Les nouvelles factures utiliseront ces paramètres.</translation>
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
    <name>LinesTable</name>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>No VAT on this line: exempt, reverse charge, or outside its scope</source>
        <translation>Pas de TVA sur cette ligne&#xa0;: franchise, autoliquidation ou hors champ</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Type any words: the list keeps the rows containing all of them (Ctrl+F, Esc to clear)</source>
        <translation>Tapez des mots&#xa0;: la liste garde les lignes qui les contiennent tous (Ctrl+F, Échap pour effacer)</translation>
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
        <source>only the columns shown</source>
        <translation>colonnes affichées seulement</translation>
    </message>
    <message>
        <source>hidden fields included</source>
        <translation>champs masqués inclus</translation>
    </message>
    <message>
        <source>{n} more in hidden fields</source>
        <translation>{n} autres fiches correspondent par des champs masqués</translation>
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
        <source>type one more letter to filter</source>
        <translation>tapez une lettre de plus pour filtrer</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.
Press Esc to clear the filter.</source>
        <translation>Aucun résultat pour « {text} ».
Échap pour effacer le filtre.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Filter: name, skill, city…</source>
        <translation>Filtrer&#xa0;: nom, compétence, ville…</translation>
    </message>
    <message>
        <source>No talent yet. Add one with New (Ctrl+N), or load the demo data from Home.</source>
        <translation>Aucun talent pour l’instant. Ajoutez-en un avec Nouveau (Ctrl+N), ou chargez les données de démo depuis l’Accueil.</translation>
    </message>
    <message>
        <source>Filter: name, SIREN, city, sector…</source>
        <translation>Filtrer&#xa0;: nom, SIREN, ville, secteur…</translation>
    </message>
    <message>
        <source>No company yet. Add a prospect with New (Ctrl+N), or load the demo data.</source>
        <translation>Aucune entreprise pour l’instant. Ajoutez un prospect avec Nouveau (Ctrl+N), ou chargez les données de démo.</translation>
    </message>
    <message>
        <source>Filter: title, client, skill…</source>
        <translation>Filtrer&#xa0;: intitulé, client, compétence…</translation>
    </message>
    <message>
        <source>No mission yet.</source>
        <translation>Aucune mission pour l’instant.</translation>
    </message>
    <message>
        <source>Filter: reference, client, talent…</source>
        <translation>Filtrer&#xa0;: référence, client, talent…</translation>
    </message>
    <message>
        <source>No contract yet.</source>
        <translation>Aucun contrat pour l’instant.</translation>
    </message>
    <message>
        <source>Filter: number, client…</source>
        <translation>Filtrer&#xa0;: numéro, client…</translation>
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
        <translation>Périmètre incomplet&#xa0;: ouvrez la mission pour voir ce qui manque</translation>
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
    <name>Mail</name>
    <message>
        <source>{host} refused the user name or the password ({reply}). Check them in Settings &gt; E-mail; Gmail, Outlook and iCloud need an application password, not your usual one.</source>
        <translation>{host} a refusé l’identifiant ou le mot de passe ({reply}). Vérifiez-les dans Paramètres &gt; E-mail&#xa0;; Gmail, Outlook et iCloud demandent un mot de passe d’application, pas votre mot de passe habituel.</translation>
    </message>
    <message>
        <source>{host} does not accept a password on this connection. Choose SSL/TLS or STARTTLS in Settings &gt; E-mail.</source>
        <translation>{host} n’accepte pas de mot de passe sur cette connexion. Choisissez SSL/TLS ou STARTTLS dans Paramètres &gt; E-mail.</translation>
    </message>
    <message>
        <source>The secure connection to {host}:{port} failed ({reason}). Check the security setting (SSL/TLS is usually port 465, STARTTLS port 587) and the server name.</source>
        <translation>La connexion sécurisée à {host}:{port} a échoué ({reason}). Vérifiez la sécurité choisie (SSL/TLS utilise en général le port 465, STARTTLS le port 587) et le nom du serveur.</translation>
    </message>
    <message>
        <source>{host}:{port} does not offer STARTTLS. Choose SSL/TLS (usually port 465) in Settings &gt; E-mail.</source>
        <translation>{host}:{port} ne propose pas STARTTLS. Choisissez SSL/TLS (en général le port 465) dans Paramètres &gt; E-mail.</translation>
    </message>
    <message>
        <source>{host}:{port} did not answer within {seconds} seconds. Check the server name and the port, and your Internet connection; the e-mail stays in the outbox to retry.</source>
        <translation>{host}:{port} n’a pas répondu en {seconds}&#xa0;secondes. Vérifiez le nom du serveur, le port et votre connexion Internet&#xa0;; l’e-mail reste dans la boîte d’envoi pour réessayer.</translation>
    </message>
    <message>
        <source>Could not reach {host}:{port} ({reason}). Check the server name and the port, and your Internet connection; the e-mail stays in the outbox to retry.</source>
        <translation>Impossible de joindre {host}:{port} ({reason}). Vérifiez le nom du serveur, le port et votre connexion Internet&#xa0;; l’e-mail reste dans la boîte d’envoi pour réessayer.</translation>
    </message>
    <message>
        <source>{host} refused the recipient {recipients} ({reply}). Check the address; nothing was sent.</source>
        <translation>{host} a refusé le destinataire {recipients} ({reply}). Vérifiez l’adresse&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>{host} refused the sender address {sender} ({reply}). Use the address of this account in Settings &gt; E-mail.</source>
        <translation>{host} a refusé l’adresse d’expéditeur {sender} ({reply}). Utilisez l’adresse de ce compte dans Paramètres &gt; E-mail.</translation>
    </message>
    <message>
        <source>The e-mail weighs {size} MB with its attachments; {limit} accepts up to {max} MB. Send fewer or smaller files.</source>
        <translation>L’e-mail pèse {size}&#xa0;Mo avec ses pièces jointes&#xa0;; {limit} accepte au plus {max}&#xa0;Mo. Joignez moins de fichiers, ou des fichiers plus légers.</translation>
    </message>
    <message>
        <source>{host} refused the e-mail ({reply}). Try again later; it stays in the outbox.</source>
        <translation>{host} a refusé l’e-mail ({reply}). Réessayez plus tard&#xa0;; il reste dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>Type the password of {account}: none is saved in the keyring.</source>
        <translation>Tapez le mot de passe de {account}&#xa0;: aucun n’est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>This record no longer exists: it was deleted meanwhile.</source>
        <translation>Cette fiche n’existe plus&#xa0;: elle a été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>Write the recipient&apos;s address: the record has none.</source>
        <translation>Écrivez l’adresse du destinataire&#xa0;: la fiche n’en a pas.</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address.</source>
        <translation>«&#xa0;{address}&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Set up your e-mail account first: Settings &gt; E-mail (server and sender address).</source>
        <translation>Configurez d’abord votre compte e-mail&#xa0;: Paramètres &gt; E-mail (serveur et adresse d’expéditeur).</translation>
    </message>
    <message>
        <source>Cancelled before it left. The document was already numbered and marked as sent for this e-mail, so it waits here: Retry sends it, Remove drops it.</source>
        <translation>Annulé avant le départ. Le document avait déjà été numéroté et marqué comme envoyé pour cet e-mail, qui attend donc ici&#xa0;: Réessayer l’envoie, Retirer l’abandonne.</translation>
    </message>
</context>
<context>
    <name>MailKind</name>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Termination letter</source>
        <translation>Lettre de fin de mission</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>Compte rendu de réunion</translation>
    </message>
    <message>
        <source>Satisfaction check-in</source>
        <translation>Point de satisfaction</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Reminder: friendly</source>
        <translation>Relance amiable</translation>
    </message>
    <message>
        <source>Reminder: second</source>
        <translation>Deuxième relance</translation>
    </message>
    <message>
        <source>Reminder: formal notice</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <source>Activity report (CRA)</source>
        <translation>Compte rendu d’activité (CRA)</translation>
    </message>
</context>
<context>
    <name>MailPreset</name>
    <message>
        <source>Needs an application password (two-step verification on).</source>
        <translation>Demande un mot de passe d’application (validation en deux étapes activée).</translation>
    </message>
</context>
<context>
    <name>MailTemplate</name>
    <message>
        <source>A brace is not closed: write each variable between braces, like {example}.</source>
        <translation>Une accolade n’est pas fermée&#xa0;: écrivez chaque variable entre accolades, comme {example}.</translation>
    </message>
    <message>
        <source>Unknown variable: {names}. Check its spelling in the list.</source>
        <translation>Variable inconnue&#xa0;: {names}. Vérifiez son orthographe dans la liste.</translation>
    </message>
    <message>
        <source>No value for {names}: fill it in the record, or remove it from the text.</source>
        <translation>Pas de valeur pour {names}&#xa0;: complétez la fiche, ou retirez la variable du texte.</translation>
    </message>
</context>
<context>
    <name>MailVariable</name>
    <message>
        <source>the client company</source>
        <translation>l’entreprise cliente</translation>
    </message>
    <message>
        <source>the recipient&apos;s name (the mission&apos;s contact)</source>
        <translation>le nom du destinataire (le contact de la mission)</translation>
    </message>
    <message>
        <source>the quote&apos;s number (a draft gets it when sent)</source>
        <translation>le numéro du devis (un brouillon le reçoit à l’envoi)</translation>
    </message>
    <message>
        <source>the quote&apos;s title</source>
        <translation>l’intitulé du devis</translation>
    </message>
    <message>
        <source>the quote&apos;s date</source>
        <translation>la date du devis</translation>
    </message>
    <message>
        <source>the last day the quote is valid</source>
        <translation>le dernier jour de validité du devis</translation>
    </message>
    <message>
        <source>the total, excluding and including VAT</source>
        <translation>le total, hors taxes et toutes taxes comprises</translation>
    </message>
    <message>
        <source>the total excluding VAT</source>
        <translation>le total hors taxes</translation>
    </message>
    <message>
        <source>the total including VAT</source>
        <translation>le total toutes taxes comprises</translation>
    </message>
    <message>
        <source>the deposit asked (none: no value)</source>
        <translation>l’acompte demandé (sans acompte&#xa0;: pas de valeur)</translation>
    </message>
    <message>
        <source>the recipient&apos;s name (the client&apos;s contact, or the talent)</source>
        <translation>le nom du destinataire (le contact du client, ou le talent)</translation>
    </message>
    <message>
        <source>the contract&apos;s reference</source>
        <translation>la référence du contrat</translation>
    </message>
    <message>
        <source>the contract&apos;s title</source>
        <translation>l’intitulé du contrat</translation>
    </message>
    <message>
        <source>the mission&apos;s title</source>
        <translation>l’intitulé de la mission</translation>
    </message>
    <message>
        <source>the contract&apos;s start date</source>
        <translation>la date de début du contrat</translation>
    </message>
    <message>
        <source>the contract&apos;s end date (none: no value)</source>
        <translation>la date de fin du contrat (sans terme&#xa0;: pas de valeur)</translation>
    </message>
    <message>
        <source>the daily rate excluding VAT</source>
        <translation>le taux journalier hors taxes</translation>
    </message>
    <message>
        <source>the contract&apos;s version</source>
        <translation>la version du contrat</translation>
    </message>
    <message>
        <source>the day notice was given</source>
        <translation>le jour où le préavis a été donné</translation>
    </message>
    <message>
        <source>the last day of the mission</source>
        <translation>le dernier jour de la mission</translation>
    </message>
    <message>
        <source>the notice period</source>
        <translation>la durée du préavis</translation>
    </message>
    <message>
        <source>your name (Settings &gt; E-mail)</source>
        <translation>votre nom (Paramètres &gt; E-mail)</translation>
    </message>
    <message>
        <source>your e-mail address</source>
        <translation>votre adresse e-mail</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>la date du jour</translation>
    </message>
    <message>
        <source>the subject of the minutes</source>
        <translation>l’objet du compte rendu</translation>
    </message>
    <message>
        <source>the day of the meeting</source>
        <translation>le jour de la réunion</translation>
    </message>
    <message>
        <source>the decisions, one per line</source>
        <translation>les décisions, une par ligne</translation>
    </message>
    <message>
        <source>the actions: what, who, by when</source>
        <translation>les actions&#xa0;: quoi, qui, pour quand</translation>
    </message>
    <message>
        <source>the text of the minutes</source>
        <translation>le texte du compte rendu</translation>
    </message>
    <message>
        <source>the recipient&apos;s name</source>
        <translation>le nom du destinataire</translation>
    </message>
    <message>
        <source>the record the minutes belong to</source>
        <translation>la fiche du compte rendu</translation>
    </message>
    <message>
        <source>the client&apos;s contact (else the company&apos;s name)</source>
        <translation>le contact du client (sinon le nom de l’entreprise)</translation>
    </message>
    <message>
        <source>the talent on the mission</source>
        <translation>le talent en mission</translation>
    </message>
    <message>
        <source>the recipient&apos;s name (the mission&apos;s contact; none: no value)</source>
        <translation>le nom du destinataire (le contact de la mission&#xa0;; aucun&#xa0;: pas de valeur)</translation>
    </message>
    <message>
        <source>the issue date</source>
        <translation>la date d’émission</translation>
    </message>
    <message>
        <source>the invoice number</source>
        <translation>le numéro de la facture</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>la date d’échéance</translation>
    </message>
    <message>
        <source>what is left to pay</source>
        <translation>le reste à payer</translation>
    </message>
    <message>
        <source>the period of the service (none: no value)</source>
        <translation>la période de la prestation (aucune&#xa0;: pas de valeur)</translation>
    </message>
    <message>
        <source>the client&apos;s purchase order (none: no value)</source>
        <translation>le bon de commande du client (aucun&#xa0;: pas de valeur)</translation>
    </message>
    <message>
        <source>the credit note&apos;s number</source>
        <translation>le numéro de l’avoir</translation>
    </message>
    <message>
        <source>the number of the invoice it corrects</source>
        <translation>le numéro de la facture qu’il corrige</translation>
    </message>
    <message>
        <source>the number of days past the due date</source>
        <translation>le nombre de jours de retard depuis l’échéance</translation>
    </message>
    <message>
        <source>what is left to pay on the invoice</source>
        <translation>le reste à payer sur la facture</translation>
    </message>
    <message>
        <source>the late-payment interest accrued</source>
        <translation>les intérêts de retard courus</translation>
    </message>
    <message>
        <source>the 40 € recovery indemnity (a business client; else no value)</source>
        <translation>l’indemnité forfaitaire de 40 € pour frais de recouvrement (client professionnel&#xa0;; sinon pas de valeur)</translation>
    </message>
    <message>
        <source>the interest, and the indemnity when it applies, in words</source>
        <translation>les intérêts, et l’indemnité quand elle s’applique, en toutes lettres</translation>
    </message>
    <message>
        <source>the month of the report</source>
        <translation>le mois du compte rendu</translation>
    </message>
    <message>
        <source>the days worked, with the word (“19,5 jours”)</source>
        <translation>les jours travaillés, avec le mot («&#xa0;19,5 jours&#xa0;»)</translation>
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
        <translation>Supprimer le talent « {name} », avec ses compétences et ses notes&#xa0;?</translation>
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
        <source>Matching</source>
        <translation>Rapprochement</translation>
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
        <translation>Supprimer l’entreprise « {name} », avec ses contacts et ses notes&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the mission “{name}”, with its skills, phases and notes?</source>
        <translation>Supprimer la mission « {name} », avec ses compétences, phases et notes&#xa0;?</translation>
    </message>
    <message>
        <source>Imported or updated: {count}.</source>
        <translation>Importés ou mis à jour&#xa0;: {count}.</translation>
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
        <translation>Fiches à exporter&#xa0;:</translation>
    </message>
    <message>
        <source>Exported: {count}, to {path}.</source>
        <translation>Exportés&#xa0;: {count}, dans {path}.</translation>
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
        <source>Load demo data</source>
        <translation>Charger les données de démo</translation>
    </message>
    <message>
        <source>This profile already holds {count} records of yours, so demo data is not added to it: its invented invoices would take numbers in your own invoice series, and could not be told apart afterwards.

To try the app, start it with an empty profile: freelance-desk --data-dir FOLDER.</source>
        <translation>Ce profil contient déjà {count} fiches à vous&#xa0;: les données de démonstration n’y sont donc pas ajoutées. Leurs factures inventées prendraient des numéros dans votre propre série de factures, et on ne pourrait plus les distinguer ensuite.

Pour essayer l’application, lancez-la sur un profil vide&#xa0;: freelance-desk --data-dir DOSSIER.</translation>
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
        <source>The demo data could not be loaded; nothing was written.</source>
        <translation>Les données de démonstration n’ont pas pu être chargées&#xa0;; rien n’a été enregistré.</translation>
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
Ctrl+1 … Ctrl+9: go to a section, Ctrl+M: matching, Ctrl+,: settings
Ctrl+N: new record in the current list
Ctrl+Shift+T / Ctrl+Shift+C: new talent / new company
Ctrl+F: filter the list, Esc: clear the filter
Enter: edit the selected record, Delete: delete it
Ctrl+Z: undo the last deletion
Ctrl+I: import a file, Ctrl+E: export the list
Boards: Ctrl+→ / Ctrl+← move the card, Ctrl+B / Ctrl+L board or list
Written traces: Ctrl+Shift+N note, Ctrl+Shift+E exchange, Ctrl+Shift+M minutes, Ctrl+Shift+L dispute, Ctrl+Shift+A attach
F5: refresh</source>
        <translation>Ctrl+K&#xa0;: tout rechercher (talents, entreprises, contacts, missions, notes)
Ctrl+1 … Ctrl+9&#xa0;: aller à une rubrique, Ctrl+M&#xa0;: rapprochement, Ctrl+,&#xa0;: réglages
Ctrl+N&#xa0;: nouvelle fiche dans la liste affichée
Ctrl+Maj+T / Ctrl+Maj+C&#xa0;: nouveau talent / nouvelle entreprise
Ctrl+F&#xa0;: filtrer la liste, Échap&#xa0;: effacer le filtre
Entrée&#xa0;: modifier la fiche sélectionnée, Suppr&#xa0;: la supprimer
Ctrl+Z&#xa0;: annuler la dernière suppression
Ctrl+I&#xa0;: importer un fichier, Ctrl+E&#xa0;: exporter la liste
Tableaux&#xa0;: Ctrl+→ / Ctrl+← déplacer la carte, Ctrl+B / Ctrl+L tableau ou liste
Traces écrites&#xa0;: Ctrl+Maj+N note, Ctrl+Maj+E échange, Ctrl+Maj+M compte rendu, Ctrl+Maj+L litige, Ctrl+Maj+A joindre
F5&#xa0;: actualiser</translation>
    </message>
    <message>
        <source>{app} {version}
Talents, prospects, missions, contracts and invoices for French IT freelancers, offline.
Data folder: {folder}</source>
        <translation>{app} {version}
Talents, prospects, missions, contrats et factures pour les freelances IT, hors ligne.
Dossier de données&#xa0;: {folder}</translation>
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
        <translation>{skill}&#xa0;: absente (indispensable)</translation>
    </message>
    <message>
        <source>{skill}: missing (nice-to-have)</source>
        <translation>{skill}&#xa0;: absente (souhaitée)</translation>
    </message>
    <message>
        <source>{skill}: level {held}, {required} required</source>
        <translation>{skill}&#xa0;: niveau {held}, {required} demandé</translation>
    </message>
    <message>
        <source>{skill}: level {held} of {required} required</source>
        <translation>{skill}&#xa0;: niveau {held} sur {required} demandé</translation>
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
        <translation>Accepte jusqu’à {minimum}&#xa0;: négociable</translation>
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
        <translation>{load} % de son temps déjà pris&#xa0;; la mission demande {needed} %</translation>
    </message>
    <message>
        <source>Full remote mission</source>
        <translation>Mission en télétravail complet</translation>
    </message>
    <message>
        <source>Days on site a week: {days} asked, {accepted} at most accepted</source>
        <translation>Jours sur site par semaine&#xa0;: {days} demandés, {accepted} au plus acceptés</translation>
    </message>
    <message>
        <source>Days on site a week: {days}, accepted</source>
        <translation>Jours sur site par semaine&#xa0;: {days}, acceptés</translation>
    </message>
    <message>
        <source>Lives in {city}</source>
        <translation>Habite à {city}</translation>
    </message>
    <message>
        <source>Lives in {city}, mobile: {mobility}</source>
        <translation>Habite à {city}, mobilité&#xa0;: {mobility}</translation>
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
        <translation>Plafonné à {cap}&#xa0;: compétence indispensable absente ({skills})</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Matching</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Type a mission or a client…</source>
        <translation>Tapez une mission ou un client…</translation>
    </message>
    <message>
        <source>Open the mission</source>
        <translation>Ouvrir la mission</translation>
    </message>
    <message>
        <source>Pick a mission above, or click “Find talents” on a mission: its best-matched talents are ranked here, with why.</source>
        <translation>Choisissez une mission ci-dessus, ou cliquez sur «&#xa0;Trouver des talents&#xa0;» depuis une mission&#xa0;: ses talents les mieux adaptés sont classés ici, avec leurs raisons.</translation>
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
        <translation>Mesurables&#xa0;: « factures envoyées sous 24 h », « 99,9 % de disponibilité »…</translation>
    </message>
    <message>
        <source>Code, documentation, training…</source>
        <translation>Code, documentation, formation…</translation>
    </message>
    <message>
        <source>What is NOT included: support, on-call, data migration…</source>
        <translation>Ce qui n’est PAS compris&#xa0;: support, astreintes, reprise de données…</translation>
    </message>
    <message>
        <source>Client: product owner, acceptance tests. Talent: design and build…</source>
        <translation>Client&#xa0;: product owner, recette. Talent&#xa0;: conception et réalisation…</translation>
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
        <source>The mission includes on-call duty</source>
        <translation>La mission comprend des astreintes</translation>
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
        <translation>Périmètre incomplet — il manque encore&#xa0;: {items}. Les talents refusent d’abord les missions floues.</translation>
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
        <translation>{name} est indiqué « ne pas contacter »&#xa0;: aucune mission n’est suggérée.</translation>
    </message>
    <message>
        <source>No open mission fits {name} yet. Missions open to proposals (status Open or Proposed) appear here with their score.</source>
        <translation>Aucune mission ouverte ne correspond encore à {name}. Les missions ouvertes aux propositions (statut Ouverte ou Proposée) apparaissent ici avec leur score.</translation>
    </message>
    <message>
        <source>1 open mission is in a sector {name} refuses: not shown.</source>
        <translation>1 mission ouverte relève d’un secteur que {name} refuse&#xa0;: non affichée.</translation>
    </message>
    <message>
        <source>{count} open missions are in sectors {name} refuses: not shown.</source>
        <translation>{count} missions ouvertes relèvent de secteurs que {name} refuse&#xa0;: non affichées.</translation>
    </message>
    <message>
        <source>The ranking failed: {error}</source>
        <translation>Le classement a échoué&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>MoneyChart</name>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>{month}: invoiced {invoiced}, collected {collected} (incl. VAT)</source>
        <translation>{month}&#xa0;: facturé {invoiced}, encaissé {collected} (TTC)</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>Full day</source>
        <translation>Journée entière</translation>
    </message>
    <message>
        <source>Half day</source>
        <translation>Demi-journée</translation>
    </message>
    <message>
        <source>Not worked</source>
        <translation>Non travaillé</translation>
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
        <source>Q{quarter}</source>
        <translation>T{quarter}</translation>
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
        <translation>Indiquez pourquoi le talent a refusé&#xa0;: choisissez au moins une raison.</translation>
    </message>
    <message>
        <source>Unknown refusal reason “{reason}”.</source>
        <translation>Raison de refus inconnue « {reason} ».</translation>
    </message>
    <message>
        <source>The scope of this mission is incomplete: {items}. Talents refuse vague missions first; complete it, or confirm to propose it anyway.</source>
        <translation>Le périmètre de cette mission est incomplet&#xa0;: {items}. Les talents refusent d’abord les missions floues&#xa0;; complétez-le, ou confirmez pour la proposer quand même.</translation>
    </message>
    <message>
        <source>This mission is already staffed: {talent} accepted it (contract {reference}). Accepting this offer too makes a second contract for a second seat.</source>
        <translation>Cette mission est déjà pourvue&#xa0;: {talent} l’a acceptée (contrat {reference}). Accepter aussi cette offre crée un second contrat, pour un second poste.</translation>
    </message>
    <message>
        <source>The proposed rate cannot be negative.</source>
        <translation>Le tarif proposé ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The proposed rate can be at most {limit} a day.</source>
        <translation>Le taux proposé ne peut dépasser {limit} par jour.</translation>
    </message>
    <message>
        <source>Say who was recommended: a name or a talent of the pool.</source>
        <translation>Indiquez qui est recommandé&#xa0;: un nom ou un talent du vivier.</translation>
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
        <source>No offer yet. Click “Find talents” above, select some and propose the mission.</source>
        <translation>Aucune offre pour l’instant. Cliquez sur «&#xa0;Trouver des talents&#xa0;» ci-dessus, sélectionnez-en et proposez la mission.</translation>
    </message>
    <message>
        <source>Record the answer…</source>
        <translation>Enregistrer la réponse…</translation>
    </message>
    <message>
        <source>Refused…</source>
        <translation>Refus…</translation>
    </message>
    <message>
        <source>Record that the talent refused, and why</source>
        <translation>Noter que le talent a refusé, et pourquoi</translation>
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
        <translation>Une relance de {name} est prévue le {date}&#xa0;: elle apparaîtra dans « À faire ».</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Tick to enter a date; unticked, no date is set</source>
        <translation>Cochez pour saisir une date&#xa0;; décochée, aucune date n’est enregistrée</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Sent, but not written to the traces</source>
        <translation>Envoyé, mais non inscrit dans les traces</translation>
    </message>
    <message>
        <source>Interrupted while sending: it may or may not have left</source>
        <translation>Interrompu pendant l’envoi&#xa0;: il est peut-être parti</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>E-mails that could not be sent. Fix what the reason says (Settings &gt; E-mail, the address), then Retry: the same message goes out and is written to the record&apos;s traces.</source>
        <translation>Les e-mails qui n’ont pas pu partir. Corrigez ce que dit la raison (Paramètres &gt; E-mail, l’adresse), puis Réessayer&#xa0;: le même message part et s’inscrit dans les traces de la fiche.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Dernière tentative</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The outbox is empty: every e-mail was sent.</source>
        <translation>La boîte d’envoi est vide&#xa0;: tous les e-mails sont partis.</translation>
    </message>
    <message>
        <source>Attachments: {names}</source>
        <translation>Pièces jointes&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Sent: “{subject}”.</source>
        <translation>Envoyé&#xa0;: «&#xa0;{subject}&#xa0;».</translation>
    </message>
    <message>
        <source>Sending the e-mail</source>
        <translation>Envoi de l’e-mail</translation>
    </message>
    <message>
        <source>Remove “{subject}” from the outbox? It will not be sent.</source>
        <translation>Retirer «&#xa0;{subject}&#xa0;» de la boîte d’envoi&#xa0;? Il ne sera pas envoyé.</translation>
    </message>
</context>
<context>
    <name>OverflowBar</name>
    <message>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password of the e-mail account</source>
        <translation>Mot de passe du compte e-mail</translation>
    </message>
    <message>
        <source>Type the password of {user} on {host}.</source>
        <translation>Tapez le mot de passe de {user} sur {host}.</translation>
    </message>
    <message>
        <source>Save it in the keyring</source>
        <translation>L’enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Tapez le mot de passe.</translation>
    </message>
    <message>
        <source>The password is kept for this session only.</source>
        <translation>Le mot de passe est gardé pour cette session seulement.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment of invoice {number}</source>
        <translation>Paiement de la facture {number}</translation>
    </message>
    <message>
        <source>The whole balance</source>
        <translation>Tout le reste dû</translation>
    </message>
    <message>
        <source>bank statement line, cheque number…</source>
        <translation>ligne du relevé, numéro de chèque…</translation>
    </message>
    <message>
        <source>{client} · total {total} · already paid {paid} · balance {balance}</source>
        <translation>{client} · total {total} · déjà payé {paid} · reste dû {balance}</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Montant reçu</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
</context>
<context>
    <name>PaymentTerms</name>
    <message>
        <source>On receipt</source>
        <translation>À réception</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} jours</translation>
    </message>
    <message>
        <source>{days} days end of month</source>
        <translation>{days} jours fin de mois</translation>
    </message>
    <message>
        <source>End of month + {days} days</source>
        <translation>Fin de mois + {days} jours</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>{n} page(s)</source>
        <translation>{n} page(s)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>PenaltyDialog</name>
    <message>
        <source>Late penalties of invoice {number}</source>
        <translation>Pénalités de retard de la facture {number}</translation>
    </message>
    <message>
        <source>Recovery indemnity: {amount} (business client, once per invoice)</source>
        <translation>Indemnité forfaitaire de recouvrement&#xa0;: {amount} (client professionnel, une fois par facture)</translation>
    </message>
    <message>
        <source>Invoice {number}, due on {due}, is {days} days late. Interest accrued until today on the unpaid balance: {interest} ({rate}).

The penalties go on a separate invoice that refers to {number}, outside the scope of VAT; the late invoice itself stays as it was issued.</source>
        <translation>La facture {number}, échue le {due}, a {days} jours de retard. Intérêts courus à ce jour sur le reste dû&#xa0;: {interest} ({rate}).

Les pénalités sont facturées à part, sur une facture qui renvoie à {number}, hors champ de la TVA&#xa0;; la facture en retard reste telle qu’elle a été émise.</translation>
    </message>
    <message>
        <source>agreed rate {rate} % a year</source>
        <translation>taux convenu de {rate}&#xa0;% l’an</translation>
    </message>
    <message>
        <source>ECB rate + 10 points</source>
        <translation>taux de la BCE + 10 points</translation>
    </message>
    <message>
        <source>Make the penalty invoice</source>
        <translation>Faire la facture de pénalités</translation>
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
    <name>ProfileCare</name>
    <message>
        <source>Automatic backup failed</source>
        <translation>Échec de la sauvegarde automatique</translation>
    </message>
    <message>
        <source>Damage found in the database</source>
        <translation>Dommages trouvés dans la base de données</translation>
    </message>
    <message>
        <source>The weekly check found damage in the database ({detail}). The backups are safe: each was checked when it was written. Restore the latest one from Settings &gt; Backups, then send the log to support.</source>
        <translation>La vérification hebdomadaire a trouvé des dommages dans la base de données ({detail}). Les sauvegardes sont saines&#xa0;: chacune a été vérifiée à l’écriture. Restaurez la plus récente depuis Réglages &gt; Sauvegardes, puis envoyez le journal au support.</translation>
    </message>
    <message>
        <source>Open the backups</source>
        <translation>Ouvrir les sauvegardes</translation>
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
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Identification…</translation>
    </message>
    <message>
        <source>Sending the e-mail…</source>
        <translation>Envoi de l’e-mail…</translation>
    </message>
    <message>
        <source>invoices issued</source>
        <translation>factures émises</translation>
    </message>
    <message>
        <source>invoice PDFs built</source>
        <translation>PDF de factures générés</translation>
    </message>
    <message>
        <source>Preparing the e-mail…</source>
        <translation>Préparation de l’e-mail…</translation>
    </message>
    <message>
        <source>E-mail sent.</source>
        <translation>E-mail envoyé.</translation>
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
        <translation>À&#xa0;: {names}</translation>
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
        <translation>⚠ Le périmètre est incomplet (manque&#xa0;: {items}). Un périmètre flou est l’une des premières raisons de refus.</translation>
    </message>
    <message>
        <source>Propose it anyway</source>
        <translation>La proposer quand même</translation>
    </message>
    <message>
        <source>• {name}: {status} on {date}</source>
        <translation>• {name}&#xa0;: {status} le {date}</translation>
    </message>
    <message>
        <source>Already offered this mission, so nothing is sent to them again:</source>
        <translation>Mission déjà proposée, rien ne leur sera renvoyé&#xa0;:</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Nothing was sent: every talent chosen already had this mission.</source>
        <translation>Rien n’a été envoyé&#xa0;: tous les talents choisis avaient déjà reçu cette mission.</translation>
    </message>
    <message>
        <source>Mission proposed to {n} talent.</source>
        <translation>Mission proposée à {n} talent.</translation>
    </message>
    <message>
        <source>Mission proposed to {n} talents.</source>
        <translation>Mission proposée à {n} talents.</translation>
    </message>
    <message>
        <source>{name} ({status} on {date})</source>
        <translation>{name} ({status} le {date})</translation>
    </message>
    <message>
        <source>Not sent again to: {names}.</source>
        <translation>Pas renvoyée à&#xa0;: {names}.</translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <source>No open mission to propose.</source>
        <translation>Aucune mission ouverte à proposer.</translation>
    </message>
    <message>
        <source>{title} — {client} ({score}/100)</source>
        <translation>{title} — {client} ({score}/100)</translation>
    </message>
    <message>
        <source>Propose a mission</source>
        <translation>Proposer une mission</translation>
    </message>
    <message>
        <source>Open missions, best fit first:</source>
        <translation>Missions ouvertes, les plus adaptées d’abord&#xa0;:</translation>
    </message>
    <message>
        <source>Follow-up planned on {date}: it will appear in To do.</source>
        <translation>Relance prévue le {date}&#xa0;: elle apparaîtra dans « À faire ».</translation>
    </message>
    <message>
        <source>No CV yet: attach one in the CV tab.</source>
        <translation>Pas encore de CV&#xa0;: joignez-en un dans l’onglet CV.</translation>
    </message>
    <message>
        <source>No e-mail address for this talent.</source>
        <translation>Aucune adresse e-mail pour ce talent.</translation>
    </message>
    <message>
        <source>Propose a mission…</source>
        <translation>Proposer une mission…</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Noter un appel…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Relance…</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Planifier une relance</translation>
    </message>
    <message>
        <source>Open CV</source>
        <translation>Ouvrir le CV</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Write to them in your e-mail app</source>
        <translation>Lui écrire avec votre messagerie</translation>
    </message>
    <message>
        <source>Mission saved.</source>
        <translation>Mission enregistrée.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Affaire perdue</translation>
    </message>
    <message>
        <source>Why was it lost?</source>
        <translation>Pourquoi a-t-elle été perdue&#xa0;?</translation>
    </message>
    <message>
        <source>New mission…</source>
        <translation>Nouvelle mission…</translation>
    </message>
    <message>
        <source>Log…</source>
        <translation>Noter un échange…</translation>
    </message>
    <message>
        <source>Find talents</source>
        <translation>Trouver des talents</translation>
    </message>
    <message>
        <source>Rank the talents for this mission, on the Matching page (Ctrl+M)</source>
        <translation>Classer les talents pour cette mission, sur la page Rapprochement (Ctrl+M)</translation>
    </message>
    <message>
        <source>Propose to the 3 best…</source>
        <translation>Proposer aux 3 meilleurs…</translation>
    </message>
    <message>
        <source>The three best-matched talents not offered this mission yet</source>
        <translation>Les trois talents les mieux adaptés à qui la mission n’a pas encore été proposée</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <source>Quote — {title}</source>
        <translation>Devis — {title}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save and send by e-mail…</source>
        <translation>Enregistrer et envoyer par e-mail…</translation>
    </message>
    <message>
        <source>Total excl. VAT {excl} · incl. VAT {incl} · deposit {deposit}</source>
        <translation>Total HT {excl} · TTC {incl} · acompte {deposit}</translation>
    </message>
    <message>
        <source>Line {n}: the quantity, price or VAT rate is not a number.</source>
        <translation>Ligne {n}&#xa0;: la quantité, le prix ou le taux de TVA n’est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>QuoteLineKind</name>
    <message>
        <source>Days x daily rate</source>
        <translation>Jours × TJM</translation>
    </message>
    <message>
        <source>Fixed-price item</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Frais</translation>
    </message>
</context>
<context>
    <name>QuoteStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>A quote that is {current} cannot become {new}.</source>
        <translation>Un devis {current} ne peut pas devenir {new}.</translation>
    </message>
    <message>
        <source>Quote {reference} was sent: it can no longer change. Make a new quote for the new terms.</source>
        <translation>Le devis {reference} a été envoyé&#xa0;: il ne peut plus changer. Faites un nouveau devis pour les nouvelles conditions.</translation>
    </message>
    <message>
        <source>No quote numbered {reference}.</source>
        <translation>Aucun devis numéroté {reference}.</translation>
    </message>
</context>
<context>
    <name>QuotesTab</name>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Nouveau devis</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Envoyer par e-mail…</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer envoyé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Make the deposit invoice</source>
        <translation>Faire la facture d’acompte</translation>
    </message>
    <message>
        <source>The PDF to the client; a draft is numbered and marked as sent then.</source>
        <translation>Le PDF au client&#xa0;; un brouillon est alors numéroté et marqué comme envoyé.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>A quote is numbered when it is sent by e-mail or marked as sent. Accepted, it becomes the contract draft (its deposit is flagged for invoicing).</source>
        <translation>Un devis est numéroté quand il est envoyé par e-mail ou marqué envoyé. Accepté, il devient le brouillon du contrat (son acompte est signalé pour la facturation).</translation>
    </message>
    <message>
        <source>No quote yet: “New quote” takes the mission&apos;s days and daily rate.</source>
        <translation>Pas encore de devis&#xa0;: « Nouveau devis » reprend les jours et le TJM de la mission.</translation>
    </message>
    <message>
        <source>Quote {reference}</source>
        <translation>Devis {reference}</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <source>Already offered this mission: {status}. Proposing again sends nothing.</source>
        <translation>Mission déjà proposée&#xa0;: {status}. La proposer à nouveau n’envoie rien.</translation>
    </message>
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
        <translation>Score&#xa0;: {score} / 100</translation>
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
        <source>These choices could not be remembered: {error}</source>
        <translation>Ces choix n’ont pas pu être mémorisés&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Already offered</source>
        <translation>Déjà proposée</translation>
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
        <translation>Le classement a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>1 talent refuses the sector “{sector}” and is left out: {names}</source>
        <translation>1 talent refuse le secteur « {sector} » et n’est pas classé&#xa0;: {names}</translation>
    </message>
    <message>
        <source>{count} talents refuse the sector “{sector}” and are left out: {names}</source>
        <translation>{count} talents refusent le secteur « {sector} » et ne sont pas classés&#xa0;: {names}</translation>
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
    <name>Receivables</name>
    <message>
        <source>Not yet due</source>
        <translation>Non échu</translation>
    </message>
    <message>
        <source>1-30 days</source>
        <translation>1 à 30 jours</translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation>31 à 60 jours</translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation>61 à 90 jours</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Plus de 90 jours</translation>
    </message>
    <message>
        <source>Friendly reminder</source>
        <translation>Relance amiable</translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation>Deuxième relance</translation>
    </message>
    <message>
        <source>Formal notice</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <source>friendly reminder</source>
        <translation>relance amiable</translation>
    </message>
    <message>
        <source>second reminder</source>
        <translation>deuxième relance</translation>
    </message>
    <message>
        <source>formal notice</source>
        <translation>mise en demeure</translation>
    </message>
</context>
<context>
    <name>ReceivablesWindow</name>
    <message>
        <source>Receivables</source>
        <translation>Créances clients</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Click a client to see its open invoices.</source>
        <translation>Cliquez sur un client pour voir ses factures ouvertes.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
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
        <source>Days late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Owed by clients</source>
        <translation>Dû par les clients</translation>
    </message>
    <message>
        <source>Of which overdue</source>
        <translation>Dont en retard</translation>
    </message>
    <message>
        <source>Double-click a client to open its record, an invoice to show it in the list.</source>
        <translation>Double-cliquez sur un client pour ouvrir sa fiche, sur une facture pour l’afficher dans la liste.</translation>
    </message>
    <message>
        <source>On {date}, incl. VAT</source>
        <translation>Au {date}, TTC</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
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
        <source>Open invoices of {name} — {paying}</source>
        <translation>Factures ouvertes de {name} — {paying}</translation>
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
        <source>not yet due</source>
        <translation>non échue</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Reload (lose my changes)</source>
        <translation>Recharger (perdre mes modifications)</translation>
    </message>
    <message>
        <source>Save as a new record</source>
        <translation>Enregistrer comme nouvelle fiche</translation>
    </message>
    <message>
        <source>Reloaded as it was saved elsewhere. Make your changes again, then save.</source>
        <translation>Fiche rechargée telle qu’enregistrée ailleurs. Refaites vos modifications, puis enregistrez.</translation>
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
        <translation>{label}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>“{name}” cannot be deleted: other records refer to it ({uses}). {advice}</source>
        <translation>« {name} » ne peut pas être supprimé&#xa0;: d’autres fiches y font référence ({uses}). {advice}</translation>
    </message>
    <message>
        <source>The deletion cannot be undone any more: {reason}</source>
        <translation>La suppression ne peut plus être annulée&#xa0;: {reason}</translation>
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
    <name>RecoveryDialog</name>
    <message>
        <source>Freelance Desk: your data needs attention</source>
        <translation>Freelance Desk&#xa0;: vos données demandent votre attention</translation>
    </message>
    <message>
        <source>Freelance Desk cannot open your data safely</source>
        <translation>Freelance Desk ne peut pas ouvrir vos données sans risque</translation>
    </message>
    <message>
        <source>Open the latest good backup</source>
        <translation>Ouvrir la dernière sauvegarde saine</translation>
    </message>
    <message>
        <source>Latest backup: {summary}.
Opening it copies the damaged files aside into the backups folder (nothing is deleted), then puts the backup in place. What you entered after it is not in it.</source>
        <translation>Dernière sauvegarde&#xa0;: {summary}.
L’ouvrir copie d’abord les fichiers endommagés à part, dans le dossier des sauvegardes (rien n’est supprimé), puis met la sauvegarde en place. Ce que vous avez saisi depuis n’y figure pas.</translation>
    </message>
    <message>
        <source>There is no backup in {folder}.</source>
        <translation>Il n’y a aucune sauvegarde dans {folder}.</translation>
    </message>
    <message>
        <source>Your data is unchanged. Keep using the previous version of Freelance Desk with this data folder until an update fixes this.</source>
        <translation>Vos données sont inchangées. Continuez d’utiliser la version précédente de Freelance Desk avec ce dossier de données jusqu’à ce qu’une mise à jour corrige ce problème.</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>Les détails sont dans le journal&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
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
        <translation>Aucun TJM n’a été proposé&#xa0;: indiquez le budget.</translation>
    </message>
    <message>
        <source>The offered rate ({offered}) is {percent}% below the median daily rate ({median}) of the {count} best-matched talents.</source>
        <translation>Le TJM proposé ({offered}) est {percent} % en dessous du TJM médian ({median}) des {count} talents les mieux adaptés.</translation>
    </message>
    <message>
        <source>The offered rate ({offered}) is not below the median daily rate ({median}) of the {count} best-matched talents: the market pays this; the refusal is about this talent’s own expectations.</source>
        <translation>Le TJM proposé ({offered}) n’est pas en dessous du TJM médian ({median}) des {count} talents les mieux adaptés&#xa0;: c’est le prix du marché&#xa0;; le refus tient aux attentes propres de ce talent.</translation>
    </message>
    <message>
        <source>{name} asks at least {minimum}: {gap} more than offered.</source>
        <translation>{name} demande au moins {minimum}&#xa0;: {gap} de plus que la proposition.</translation>
    </message>
    <message>
        <source>At {rate}, the margin would be negative, so this rate is not offered: renegotiate the client rate ({client_rate}) first.</source>
        <translation>À {rate}, la marge serait négative, ce TJM n’est donc pas proposé&#xa0;: renégociez d’abord le TJM client ({client_rate}).</translation>
    </message>
    <message>
        <source>At {rate}, the margin would be {per_day} a day ({percent}%).</source>
        <translation>À {rate}, la marge serait de {per_day} par jour ({percent} %).</translation>
    </message>
    <message>
        <source>Scope checklist incomplete: {items}.</source>
        <translation>Cadrage incomplet&#xa0;: {items}.</translation>
    </message>
    <message>
        <source>The scope checklist is complete: check with the client that the goals and deadlines are realistic, and say so in the proposal.</source>
        <translation>Le cadrage est complet&#xa0;: vérifiez avec le client que les objectifs et les délais sont réalistes, et dites-le dans la proposition.</translation>
    </message>
    <message>
        <source>1 next-best talent masters the required skills: {names}.</source>
        <translation>1 autre talent bien classé maîtrise les compétences demandées&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>{count} next-best talents master the required skills: {names}.</source>
        <translation>{count} autres talents bien classés maîtrisent les compétences demandées&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>1 next-best talent is available at the start date: {names}.</source>
        <translation>1 autre talent bien classé est disponible à la date de démarrage&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>{count} next-best talents are available at the start date: {names}.</source>
        <translation>{count} autres talents bien classés sont disponibles à la date de démarrage&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>1 next-best talent does not refuse the sector {sector}: {names}.</source>
        <translation>1 autre talent bien classé ne refuse pas le secteur {sector}&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>{count} next-best talents do not refuse the sector {sector}: {names}.</source>
        <translation>{count} autres talents bien classés ne refusent pas le secteur {sector}&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>1 next-best talent to propose instead: {names}.</source>
        <translation>1 autre talent bien classé à qui la proposer&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>{count} next-best talents to propose instead: {names}.</source>
        <translation>{count} autres talents bien classés à qui la proposer&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>No other talent of the pool masters every must-have skill: widen the search (fewer must-haves, lower levels) or look outside the pool.</source>
        <translation>Aucun autre talent du vivier ne maîtrise toutes les compétences indispensables&#xa0;: élargissez la recherche (moins d’indispensables, niveaux plus bas) ou cherchez hors du vivier.</translation>
    </message>
    <message>
        <source>Move the start date by 1 week: 1 more talent is available.</source>
        <translation>Décalez le démarrage d’une semaine&#xa0;: 1 talent de plus est disponible.</translation>
    </message>
    <message>
        <source>Move the start date by 1 week: {more} more talents are available.</source>
        <translation>Décalez le démarrage d’une semaine&#xa0;: {more} talents de plus sont disponibles.</translation>
    </message>
    <message>
        <source>Move the start date by {weeks} weeks: 1 more talent is available.</source>
        <translation>Décalez le démarrage de {weeks} semaines&#xa0;: 1 talent de plus est disponible.</translation>
    </message>
    <message>
        <source>Move the start date by {weeks} weeks: {more} more talents are available.</source>
        <translation>Décalez le démarrage de {weeks} semaines&#xa0;: {more} talents de plus sont disponibles.</translation>
    </message>
    <message>
        <source>Offer 1 remote day a week ({days} on site instead of {current}): 1 more talent matches.</source>
        <translation>Proposez 1 jour de télétravail par semaine ({days} sur site au lieu de {current})&#xa0;: 1 talent de plus correspond.</translation>
    </message>
    <message>
        <source>Offer 1 remote day a week ({days} on site instead of {current}): {more} more talents match.</source>
        <translation>Proposez 1 jour de télétravail par semaine ({days} sur site au lieu de {current})&#xa0;: {more} talents de plus correspondent.</translation>
    </message>
    <message>
        <source>Offer {remote} remote days a week ({days} on site instead of {current}): 1 more talent matches.</source>
        <translation>Proposez {remote} jours de télétravail par semaine ({days} sur site au lieu de {current})&#xa0;: 1 talent de plus correspond.</translation>
    </message>
    <message>
        <source>Offer {remote} remote days a week ({days} on site instead of {current}): {more} more talents match.</source>
        <translation>Proposez {remote} jours de télétravail par semaine ({days} sur site au lieu de {current})&#xa0;: {more} talents de plus correspondent.</translation>
    </message>
    <message>
        <source>Fixed hours (“{hours}”): ask the client which of them can move.</source>
        <translation>Horaires imposés (« {hours} »)&#xa0;: demandez au client lesquels peuvent bouger.</translation>
    </message>
    <message>
        <source>On-call duty is required: say how often, and how it is paid.</source>
        <translation>Des astreintes sont demandées&#xa0;: précisez leur fréquence et leur rémunération.</translation>
    </message>
    <message>
        <source>No fewer days on site would bring more talents: ask the talent which condition put them off.</source>
        <translation>Moins de jours sur site n’apporterait pas plus de talents&#xa0;: demandez au talent quelle condition l’a rebuté.</translation>
    </message>
    <message>
        <source>Ask {name} for a referral: they have recommended one person so far.</source>
        <translation>Demandez une recommandation à {name}&#xa0;: une personne recommandée jusqu’ici.</translation>
    </message>
    <message>
        <source>Ask {name} for a referral: they have recommended {credits} people so far.</source>
        <translation>Demandez une recommandation à {name}&#xa0;: {credits} personnes recommandées jusqu’ici.</translation>
    </message>
    <message>
        <source>Ask {name} for a referral: who would they recommend for it?</source>
        <translation>Demandez une recommandation à {name}&#xa0;: qui recommanderait-il ou elle pour cette mission&#xa0;?</translation>
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
        <translation>Aucune raison de refus n’est enregistrée&#xa0;: indiquez pourquoi le talent a dit non pour obtenir des pistes.</translation>
    </message>
    <message>
        <source>Whatever the reason</source>
        <translation>Quelle que soit la raison</translation>
    </message>
    <message>
        <source>The hints could not be computed: {error}</source>
        <translation>Les pistes n’ont pas pu être calculées&#xa0;: {error}</translation>
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
    <name>Reminders</name>
    <message>
        <source>balance {balance} · interest {interest}</source>
        <translation>reste dû {balance} · intérêts {interest}</translation>
    </message>
    <message>
        <source>Reminders due</source>
        <translation>Relances à faire</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>The {level} for invoice {number} ({company}): send it by e-mail with its letter, or record it as sent another way (post, phone) today? Either way it is written in the client&apos;s traces with the interest accrued and the 40 € indemnity.</source>
        <translation>La {level} de la facture {number} ({company})&#xa0;: l’envoyer par e-mail avec sa lettre, ou l’enregistrer comme faite autrement (courrier, téléphone) aujourd’hui&#xa0;? Dans les deux cas, elle est consignée dans les traces du client avec les intérêts courus et l’indemnité de 40 €.</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Enregistrer comme faite</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Envoyer par e-mail…</translation>
    </message>
    <message>
        <source>Reminder sent and recorded: {title}</source>
        <translation>Relance envoyée et enregistrée&#xa0;: {title}</translation>
    </message>
    <message>
        <source>{level} recorded for {number}.</source>
        <translation>{level} notée pour {number}.</translation>
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
    <name>ReportsTab</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Tick the days worked each month; once the client approves the report, validate it and make its invoice in one click.</source>
        <translation>Cochez les jours travaillés chaque mois&#xa0;; une fois le compte rendu approuvé par le client, validez-le et faites sa facture en un clic.</translation>
    </message>
    <message>
        <source>Report of {month}…</source>
        <translation>Compte rendu de {month}…</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore the backup of {when}?</source>
        <translation>Restaurer la sauvegarde du {when}&#xa0;?</translation>
    </message>
    <message>
        <source>All the data of this folder is replaced by the data saved then: what was entered since is not in the backup. Your current data is backed up first (listed as “Before a restore”), so you can come back to it.</source>
        <translation>Toutes les données de ce dossier sont remplacées par celles enregistrées alors&#xa0;: ce qui a été saisi depuis n’est pas dans la sauvegarde. Vos données actuelles sont d’abord sauvegardées (sous « Avant une restauration »), pour que vous puissiez y revenir.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>Dans la sauvegarde</translation>
    </message>
    <message>
        <source>Backup “{kind}”, by Freelance Desk {version} (data version {schema}).</source>
        <translation>Sauvegarde « {kind} », de Freelance Desk {version} (version des données {schema}).</translation>
    </message>
    <message>
        <source>It comes from an earlier version: it is updated to this version once restored.</source>
        <translation>Elle vient d’une version antérieure&#xa0;: elle est mise à jour vers cette version une fois restaurée.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
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
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>contrats</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Activity reports</source>
        <translation>Comptes rendus d’activité</translation>
    </message>
    <message>
        <source>invoices and credit notes</source>
        <translation>factures et avoirs</translation>
    </message>
</context>
<context>
    <name>SendMail</name>
    <message>
        <source>To: {to}</source>
        <translation>À&#xa0;: {to}</translation>
    </message>
    <message>
        <source>Attachments: {names}</source>
        <translation>Pièces jointes&#xa0;: {names}</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>SendMailDialog</name>
    <message>
        <source>Send by e-mail: {kind}</source>
        <translation>Envoyer par e-mail&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>name@example.fr (several: separate with commas)</source>
        <translation>nom@exemple.fr (plusieurs&#xa0;: séparez-les par des virgules)</translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation>Variables&#xa0;: {names}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Template for this e-mail</source>
        <translation>Modèle pour cet e-mail</translation>
    </message>
    <message>
        <source>Preview: what the recipient reads</source>
        <translation>Aperçu&#xa0;: ce que lit le destinataire</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Your e-mail account is not set up yet: fill in Settings &gt; E-mail (server and sender address) before sending.</source>
        <translation>Votre compte e-mail n’est pas encore configuré&#xa0;: remplissez Paramètres &gt; E-mail (serveur et adresse d’expéditeur) avant d’envoyer.</translation>
    </message>
    <message>
        <source>No attachment</source>
        <translation>Aucune pièce jointe</translation>
    </message>
    <message>
        <source>Click a file to see it as it will be attached.</source>
        <translation>Cliquez sur un fichier pour le voir tel qu’il sera joint.</translation>
    </message>
    <message>
        <source>To: {to}</source>
        <translation>À&#xa0;: {to}</translation>
    </message>
    <message>
        <source> · blind copy to you</source>
        <translation> · copie cachée pour vous</translation>
    </message>
    <message>
        <source>Write the recipient&apos;s address: the record has none.</source>
        <translation>Écrivez l’adresse du destinataire&#xa0;: la fiche n’en a pas.</translation>
    </message>
    <message>
        <source>Cancelled: the e-mail waits in the outbox (Settings &gt; E-mail), where Retry sends it.</source>
        <translation>Annulé&#xa0;: l’e-mail attend dans la boîte d’envoi (Paramètres &gt; E-mail), où Réessayer l’envoie.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent: {error}</source>
        <translation>L’e-mail n’a pas pu partir&#xa0;: {error}</translation>
    </message>
    <message>
        <source>It is kept in the outbox (Settings &gt; E-mail): retry it from there.</source>
        <translation>Il est gardé dans la boîte d’envoi (Paramètres &gt; E-mail)&#xa0;: réessayez depuis là.</translation>
    </message>
    <message>
        <source>Sending the e-mail</source>
        <translation>Envoi de l’e-mail</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>Mon entreprise</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
</context>
<context>
    <name>SignedDialog</name>
    <message>
        <source>Contract signed</source>
        <translation>Contrat signé</translation>
    </message>
    <message>
        <source>No file chosen: add the signed copy later if need be.</source>
        <translation>Aucun fichier choisi&#xa0;: ajoutez l’exemplaire signé plus tard si besoin.</translation>
    </message>
    <message>
        <source>Signed copy…</source>
        <translation>Exemplaire signé…</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>Exemplaire signé</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF ou image (*.pdf *.png *.jpg *.jpeg)</translation>
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
        <translation>Ajouter une compétence&#xa0;: Java, Kubernetes, SAP FI…</translation>
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
Une sauvegarde est faite d’abord&#xa0;; cela peut prendre quelques minutes sur un gros fichier.</translation>
    </message>
    <message>
        <source>Freelance Desk was not closed normally last time: checking your data before opening it.
This takes a few seconds on a large file.</source>
        <translation>Freelance Desk n’a pas été fermé normalement la dernière fois&#xa0;: vérification de vos données avant de les ouvrir.
Cela prend quelques secondes sur un gros fichier.</translation>
    </message>
    <message>
        <source>another Freelance Desk window (process {pid}) that does not answer</source>
        <translation>une autre fenêtre de Freelance Desk (processus {pid}) qui ne répond pas</translation>
    </message>
    <message>
        <source>the command “{command}” (process {pid})</source>
        <translation>la commande « {command} » (processus {pid})</translation>
    </message>
    <message>
        <source>a Freelance Desk command</source>
        <translation>une commande de Freelance Desk</translation>
    </message>
    <message>
        <source>This data folder is in use by {who}:
{folder}</source>
        <translation>Ce dossier de données est utilisé par {who}&#xa0;:
{folder}</translation>
    </message>
    <message>
        <source>Wait for it to finish (or close that window), then retry.</source>
        <translation>Attendez qu’elle se termine (ou fermez cette fenêtre), puis réessayez.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Copying the damaged files aside, then restoring the latest backup…</source>
        <translation>Copie des fichiers endommagés à part, puis restauration de la dernière sauvegarde…</translation>
    </message>
    <message>
        <source>A risky place for your data</source>
        <translation>Un emplacement risqué pour vos données</translation>
    </message>
    <message>
        <source>Do not warn me again for this folder</source>
        <translation>Ne plus m’avertir pour ce dossier</translation>
    </message>
    <message>
        <source>Some records refer to records that no longer exist (left by an older version or another tool). They are kept as they are; “main.py check” lists them:
{rows}</source>
        <translation>Certaines fiches renvoient à des fiches qui n’existent plus (laissées par une ancienne version ou un autre outil). Elles sont conservées telles quelles&#xa0;; « main.py check » les liste&#xa0;:
{rows}</translation>
    </message>
    <message>
        <source>Freelance Desk is already open on this data folder: here it is.</source>
        <translation>Freelance Desk est déjà ouvert sur ce dossier de données&#xa0;: le voici.</translation>
    </message>
    <message>
        <source>Backup of {date} restored. The data it replaced was kept in {path}.</source>
        <translation>Sauvegarde du {date} restaurée. Les données remplacées sont conservées dans {path}.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The data folder {path} is inside {service}, a folder synchronised with the cloud. Sync tools copy a database while it is being written and can damage it or bring back an older copy. Move the data folder to a local folder (start with --data-dir), and keep your backups in the synchronised folder instead.</source>
        <translation>Le dossier de données {path} se trouve dans {service}, un dossier synchronisé avec le cloud. Les outils de synchronisation copient une base de données pendant qu’elle est écrite et peuvent l’endommager ou ramener une copie plus ancienne. Déplacez le dossier de données vers un dossier local (lancez avec --data-dir), et gardez plutôt vos sauvegardes dans le dossier synchronisé.</translation>
    </message>
    <message>
        <source>The data folder {path} is on a network share ({kind}). SQLite cannot lock a database safely over a network: it can be damaged. Move the data folder to a local disk (start with --data-dir); backups may go to the share.</source>
        <translation>Le dossier de données {path} est sur un partage réseau ({kind}). SQLite ne peut pas verrouiller une base de données de façon sûre à travers le réseau&#xa0;: elle peut être endommagée. Déplacez le dossier de données sur un disque local (lancez avec --data-dir)&#xa0;; les sauvegardes peuvent aller sur le partage.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere (another window or an import) since you opened it. Saving now would overwrite those changes.</source>
        <translation>Cette fiche a été modifiée ailleurs (une autre fenêtre ou un import) depuis que vous l’avez ouverte. Enregistrer maintenant écraserait ces modifications.</translation>
    </message>
    <message>
        <source>This record was deleted elsewhere since you opened it. Your changes can be saved as a new record.</source>
        <translation>Cette fiche a été supprimée ailleurs depuis que vous l’avez ouverte. Vos modifications peuvent être enregistrées comme nouvelle fiche.</translation>
    </message>
    <message>
        <source>Another Freelance Desk window or command is writing to this data folder and did not finish within {seconds} seconds. Nothing was saved. Try again in a moment.</source>
        <translation>Une autre fenêtre ou commande de Freelance Desk écrit dans ce dossier de données et n’a pas fini en {seconds} secondes. Rien n’a été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk is full ({folder}). Nothing was saved. Free some space on that disk, then try again.</source>
        <translation>Le disque est plein ({folder}). Rien n’a été enregistré. Libérez de la place sur ce disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The data folder cannot be written ({folder}). Nothing was saved. Check that the disk is not read-only and that you may write to that folder, then try again.</source>
        <translation>Impossible d’écrire dans le dossier de données ({folder}). Rien n’a été enregistré. Vérifiez que le disque n’est pas en lecture seule et que vous avez le droit d’écrire dans ce dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>The database file is damaged ({detail}). Nothing more was written to it. Restore the latest backup (Settings &gt; Backups, or main.py restore); the damaged file is kept.</source>
        <translation>Le fichier de la base de données est endommagé ({detail}). Plus rien n’y a été écrit. Restaurez la dernière sauvegarde (Réglages &gt; Sauvegardes, ou main.py restore)&#xa0;; le fichier endommagé est conservé.</translation>
    </message>
    <message>
        <source>The disk holding {folder} reported an error ({detail}). Nothing was saved. Check that the disk is still connected (a USB key, a network folder), then try again.</source>
        <translation>Le disque qui contient {folder} a signalé une erreur ({detail}). Rien n’a été enregistré. Vérifiez que le disque est toujours connecté (une clé USB, un dossier réseau), puis réessayez.</translation>
    </message>
    <message>
        <source>A number is too large to be stored. Nothing was saved. Check the amounts and quantities you typed.</source>
        <translation>Un nombre est trop grand pour être enregistré. Rien n’a été enregistré. Vérifiez les montants et les quantités saisis.</translation>
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
    <name>SupplierInvoiceDialog</name>
    <message>
        <source>A talent&apos;s invoice</source>
        <translation>Facture d’un talent</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>No PDF attached</source>
        <translation>Aucun PDF joint</translation>
    </message>
    <message>
        <source>Read a PDF…</source>
        <translation>Lire un PDF…</translation>
    </message>
    <message>
        <source>A Factur-X PDF fills the form; any PDF is attached to the contract.</source>
        <translation>Un PDF Factur-X remplit le formulaire&#xa0;; tout PDF est joint au contrat.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Contract *</source>
        <translation>Contrat *</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Compte rendu d’activité</translation>
    </message>
    <message>
        <source>Talent (supplier) *</source>
        <translation>Talent (fournisseur) *</translation>
    </message>
    <message>
        <source>Their invoice number *</source>
        <translation>Numéro de sa facture *</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total excl. VAT *</source>
        <translation>Total HT *</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No contract has a talent yet: a talent&apos;s invoice bills such a contract.</source>
        <translation>Aucun contrat n’a encore de talent&#xa0;: la facture d’un talent se rattache à un tel contrat.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>The talent&apos;s invoice</source>
        <translation>La facture du talent</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Factur-X read: {name} — check the figures, then save.</source>
        <translation>Factur-X lu&#xa0;: {name} — vérifiez les montants, puis enregistrez.</translation>
    </message>
    <message>
        <source>Choose the contract this invoice bills.</source>
        <translation>Choisissez le contrat que cette facture concerne.</translation>
    </message>
</context>
<context>
    <name>SupplierInvoicesDialog</name>
    <message>
        <source>Supplier invoices (talents)</source>
        <translation>Factures fournisseurs (talents)</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>Record a talent&apos;s invoice…</source>
        <translation>Enregistrer la facture d’un talent…</translation>
    </message>
    <message>
        <source>Record a payment…</source>
        <translation>Enregistrer un paiement…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <source>No talent&apos;s invoice recorded yet. In agency mode, record each invoice a talent sends you: its mission then shows its real margin.</source>
        <translation>Aucune facture de talent enregistrée. En mode agence, enregistrez chaque facture qu’un talent vous envoie&#xa0;: sa mission affiche alors sa marge réelle.</translation>
    </message>
    <message>
        <source>Mission of {contract}: invoiced to the client {sold}, invoiced by the talents {bought}, real margin {margin} ({percent} %), excl. VAT.</source>
        <translation>Mission de {contract}&#xa0;: facturé au client {sold}, facturé par les talents {bought}, marge réelle {margin} ({percent}&#xa0;%), HT.</translation>
    </message>
</context>
<context>
    <name>SupplierPaymentDialog</name>
    <message>
        <source>Paying {supplier}&apos;s invoice {number}</source>
        <translation>Paiement de la facture {number} de {supplier}</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payé le</translation>
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
        <translation>Défense, Jeux d’argent, Tabac, Crypto-actifs, Pétrole et gaz</translation>
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
        <translation>{label}&#xa0;: {value}</translation>
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
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Send these minutes by e-mail</source>
        <translation>Envoyer ce compte rendu par e-mail</translation>
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
        <translation>Rédiger un compte rendu de réunion&#xa0;: décisions et actions (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <source>Record a dispute: cause, solutions, mediator (Ctrl+Shift+L)</source>
        <translation>Consigner un litige&#xa0;: cause, solutions, médiateur (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Attach files to this record (Ctrl+Shift+A); you can also drop them here</source>
        <translation>Joindre des fichiers à cette fiche (Ctrl+Maj+A)&#xa0;; vous pouvez aussi les déposer ici</translation>
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
        <source>The written traces could not be read. Select the record again to retry.</source>
        <translation>Les traces écrites n’ont pas pu être lues. Sélectionnez de nouveau la fiche pour réessayer.</translation>
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
        <translation>Aucune trace écrite pour l’instant&#xa0;: ajoutez une note après chaque échange important (Ctrl+Maj+N), un compte rendu après chaque réunion, et déposez ici les fichiers à joindre. Des traces datées règlent les désaccords plus tard.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the trace “{title}” of {date}, with its actions and files?</source>
        <translation>Supprimer la trace « {title} » du {date}, avec ses actions et ses fichiers&#xa0;?</translation>
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
        <translation>Retirer « {name} » de cette fiche&#xa0;?</translation>
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
        <source>the check key is wrong (typo?): with SIREN {siren} the number is {expected}</source>
        <translation>la clé de contrôle est fausse (faute de frappe&#x202f;?)&#xa0;: avec le SIREN {siren}, le numéro est {expected}</translation>
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
        <source>add at least one line</source>
        <translation>ajoutez au moins une ligne</translation>
    </message>
    <message>
        <source>each line needs a description, a quantity above 0 and a price of 0 or more</source>
        <translation>chaque ligne demande une désignation, une quantité supérieure à 0 et un prix de 0 ou plus</translation>
    </message>
    <message>
        <source>0 to 100 %</source>
        <translation>de 0 à 100 %</translation>
    </message>
    <message>
        <source>must not be in the past</source>
        <translation>ne doit pas être dans le passé</translation>
    </message>
    <message>
        <source>not an amount (e.g. 650 or 650,50 €)</source>
        <translation>montant invalide (ex. 650 ou 650,50 €)</translation>
    </message>
    <message>
        <source>this SIRET belongs to another SIREN</source>
        <translation>ce SIRET appartient à un autre SIREN</translation>
    </message>
    <message>
        <source>unknown legal form</source>
        <translation>forme juridique inconnue</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne peut pas être négatif</translation>
    </message>
    <message>
        <source>at most 60 days from the invoice (Code de commerce L441-10)</source>
        <translation>60 jours au plus après la facture (Code de commerce L441-10)</translation>
    </message>
    <message>
        <source>a yearly rate between 0 and 100</source>
        <translation>un taux annuel entre 0 et 100</translation>
    </message>
    <message>
        <source>not a valid IBAN</source>
        <translation>IBAN non valide</translation>
    </message>
    <message>
        <source>not a valid BIC (8 or 11 letters and digits)</source>
        <translation>BIC non valide (8 ou 11 lettres et chiffres)</translation>
    </message>
    <message>
        <source>at most {limit}: a larger amount is surely a typo</source>
        <translation>au plus {limit}&#xa0;: un montant plus élevé est sûrement une faute de frappe</translation>
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
        <translation>{skill}&#xa0;: le niveau doit être compris entre 1 et 5</translation>
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
        <source>well formed, but in no range of the numbering plan: kept, check it</source>
        <translation>bien formé, mais dans aucune tranche du plan de numérotation&#xa0;: conservé, vérifiez-le</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>la date de fin précède la date de début</translation>
    </message>
    <message>
        <source>the talent rate is above the client rate: the margin would be negative</source>
        <translation>le TJM talent dépasse le TJM client&#xa0;: la marge serait négative</translation>
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
        <translation>indiquez comment vous avez échangé&#xa0;: appel, e-mail, rencontre ou visio</translation>
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
        <translation>action {row}&#xa0;: décrivez ce qui est à faire</translation>
    </message>
    <message>
        <source>action {row}: at most {limit} characters</source>
        <translation>action {row}&#xa0;: {limit} caractères au maximum</translation>
    </message>
    <message>
        <source>action {row}: due before the meeting that decided it</source>
        <translation>action {row}&#xa0;: échéance antérieure à la réunion qui l’a décidée</translation>
    </message>
    <message>
        <source>Plan the next follow-up at least one day ahead.</source>
        <translation>Planifiez la prochaine relance au moins un jour plus tard.</translation>
    </message>
    <message>
        <source>The next follow-up cannot be in the past: choose today or a later day.</source>
        <translation>La prochaine relance ne peut pas être dans le passé&#xa0;: choisissez aujourd’hui ou un jour suivant.</translation>
    </message>
    <message>
        <source>between 1 and 65535</source>
        <translation>entre 1 et 65535</translation>
    </message>
    <message>
        <source>choose SSL/TLS or STARTTLS</source>
        <translation>choisissez SSL/TLS ou STARTTLS</translation>
    </message>
    <message>
        <source>an unencrypted connection is allowed only to this computer (localhost): choose SSL/TLS or STARTTLS</source>
        <translation>une connexion non chiffrée n’est permise que vers cet ordinateur (localhost)&#xa0;: choisissez SSL/TLS ou STARTTLS</translation>
    </message>
    <message>
        <source>every clause needs a title and a text</source>
        <translation>chaque clause demande un titre et un texte</translation>
    </message>
    <message>
        <source>keep at least one clause</source>
        <translation>gardez au moins une clause</translation>
    </message>
    <message>
        <source>the end comes before the start</source>
        <translation>la fin précède le début</translation>
    </message>
    <message>
        <source>0 to 365 days, or 0 to 18 months</source>
        <translation>de 0 à 365 jours, ou de 0 à 18 mois</translation>
    </message>
    <message>
        <source>French or English</source>
        <translation>français ou anglais</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
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
        <translation>Nombre de points de chaque partie du score&#xa0;; le total est ramené à 100.</translation>
    </message>
    <message>
        <source>Default weights</source>
        <translation>Pondération par défaut</translation>
    </message>
</context>
</TS>
