# French replies (FR / BE / CH), hand-written for independent-v4.
from common import C, E, Q

ROWS = [
# ---------------- auto_reply (6) ----------------
E("Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 4 janvier inclus. Vos messages ne seront pas transférés. "
  "Pour toute urgence comptable : compta@boulangerie-martin.fr.\n\nBelles fêtes,\nNathalie Martin", "auto_reply"),
E("Accusé de réception – Votre demande n° DEM-2026-557120 a bien été enregistrée par le Centre de services partagés Finance. "
  "Délai de traitement moyen : 5 jours ouvrés. Merci de ne pas répondre à ce courriel.", "auto_reply"),
Q("outlook_fr", "Réponse automatique : je suis en congé maternité jusqu'au 1er mars. Les factures sont désormais gérées par fournisseurs@groupe-levant.fr, "
  "merci de leur écrire directement.", "auto_reply", "wrong_contact"),
E("MESSAGE AUTOMATIQUE – CETTE ADRESSE N'EST PLUS CONSULTÉE. Conformément à l'obligation de facturation électronique, "
  "les factures destinées à l'État doivent être déposées sur Chorus Pro. Aucune suite ne sera donnée aux envois par e-mail.", "auto_reply", "missing_po"),
Q("apple_fr", "Je suis en déplacement jusqu'au 15 sans accès à mes mails. Normalement cette facture a été payée avant mon départ, voyez avec ma collègue.", "auto_reply", "already_paid"),
Q("gmail_fr", "Bonjour et merci pour votre message 🙂 Le cabinet est fermé du 24 décembre au 3 janvier. Nous vous répondrons à notre retour.\n\n"
  "Le secrétariat – Cabinet vétérinaire des Tilleuls", "auto_reply"),

# ---------------- dispute (8) ----------------
C("jai jamais recu le colis, je paie pas. et de toute façon je suis a sec ce mois ci", "dispute", "liquidity"),
Q("gmail_fr", "Bonjour {contact},\n\nVotre facture compte 20 heures alors que le technicien n'est resté que 8 heures sur place (bon d'intervention signé à l'appui). "
  "Merci de nous faire parvenir une facture rectifiée ; nous la réglerons dès réception.\n\nCordialement,\nJulien Petit\nResponsable technique", "dispute", "promise_to_pay", "invoice_request"),
E("Madame, Monsieur,\n\nPar la présente, je conteste formellement la facture citée en référence. Mon contrat a été résilié par lettre recommandée avec accusé de réception "
  "le 12 septembre, dans le respect du préavis prévu à l'article 9 des conditions générales. Je vous prie d'annuler cette facture et de cesser toute relance, "
  "faute de quoi je saisirai le médiateur de la consommation.\n\n"
  "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\nM. Lefèvre", "dispute"),
C("VOUS M'AVEZ FACTURÉ DEUX FOIS LE MÊME MOIS !!!", "dispute"),
Q("outlook_fr", "Bonjour,\n\nJe ne vais pas vous cacher que la trésorerie est tendue en ce moment. Mais ce n'est pas la question : il manquait 4 cartons sur 10 à la livraison. "
  "Tant que nous n'avons pas d'avoir, nous ne réglerons pas.\n\nCordialement,\nSophie Girard\nGérante – Épicerie Le Panier", "dispute", "liquidity"),
C("vous facturez la pose alors qu'on l'a faite nous-mêmes 😤 on avait juste commandé le matériel", "dispute"),
E("bonjour alors le chauffage ne marche toujours pas depuis votre passage et vous m'envoyez une relance je ne paierai rien tant que ce n'est pas réparé "
  "c'est quand même incroyable\n\nEnvoyé de mon Galaxy", "dispute"),
Q("orig_fr", "Bonjour,\n\nNous ne refusons pas de payer, mais le prix unitaire facturé (3,90 €) ne correspond pas au devis signé (3,20 €). "
  "Merci de régulariser par une note de crédit.\n\nBien à vous,\nService achats – Brasserie Delvaux SRL", "dispute"),

# ---------------- missing_po (7) ----------------
E("Madame, Monsieur,\n\nEn tant qu'établissement public, nous ne pouvons traiter que les factures déposées sur Chorus Pro comportant le numéro d'engagement juridique "
  "et le code service. Votre facture PDF transmise par courriel ne peut donc pas être mise en paiement. Il ne s'agit pas d'un refus de payer.\n\n"
  "Cordialement,\nService facturier – Mairie de Saint-Aubin", "missing_po"),
C("pas de n° de bon de commande sur la facture => rejetée par notre compta. renvoyez-la avec le BC 88213 et on paie dans la foulée", "missing_po", "promise_to_pay", "invoice_request"),
Q("outlook_fr", "Bonjour {contact},\n\nRien à redire sur la facture elle-même, mais notre comptabilité exige la référence de commande (PO 7700412). "
  "Pourriez-vous nous la renvoyer avec cette référence ? Elle partira ensuite au prochain paiement.\n\nMerci d'avance,\nÉlodie", "missing_po", "promise_to_pay", "invoice_request"),
E("Bonjour,\n\nLes services publics fédéraux n'acceptent que les factures électroniques via Peppol (Mercurius). "
  "Merci de nous transmettre la facture par ce canal en mentionnant notre numéro de commande. Les factures papier ou PDF ne sont plus traitées.\n\n"
  "SPF – Service comptabilité", "missing_po"),
C("la facture est au nom de la SARL alors que c'est la SAS qui a commandé, je peux pas la passer", "missing_po"),
Q("gmail_nl", "Bonjour,\n\nNotre groupe utilise désormais le portail Coupa : les factures envoyées par e-mail ne sont plus acceptées. "
  "Merci de la déposer sur le portail en la rattachant à la commande.\n\nCordialement\nThomas (site de Liège)", "missing_po"),
Q("gt_fr", "Votre facture a été rejetée par notre service comptable : il manque notre numéro de TVA intracommunautaire et le SIRET. "
  "Ce n'est pas un problème d'argent, c'est une obligation légale pour nous.", "missing_po"),

# ---------------- already_paid (7) ----------------
C("deja payé", "already_paid"),
Q("gmail_fr", "Bonjour {contact},\n\nLa facture a été réglée par virement le 27 novembre, référence {inv}. Vous trouverez l'avis de virement en pièce jointe.\n\nBien cordialement,\nAurélie", "already_paid"),
E("Madame, Monsieur,\n\nLe règlement a été effectué par prélèvement SEPA le 1er décembre. Je vous saurais gré de bien vouloir vérifier vos écritures "
  "avant d'envoyer de nouvelles relances.\n\nRecevez mes salutations,\nM. et Mme Renard", "already_paid"),
C("payé avec bancontact hier soir, vous pouvez m'envoyer une confirmation ?", "already_paid", "invoice_request"),
Q("apple_fr", "Désolée, ça m'était complètement sorti de la tête ! C'est réglé depuis ce matin.", "already_paid", "forgotten"),
E("Bonjour,\n\nLe paiement est parti avec notre campagne de règlement de mardi, groupé avec deux autres factures (total 2 814,60 €). "
  "Merci de lettrer en conséquence.\n\nService comptabilité fournisseurs – Transports Morel", "already_paid"),
C("j'ai réglé hier, désolé du retard on avait des soucis de tréso", "already_paid", "liquidity"),

# ---------------- liquidity (7) ----------------
C("possible de payer en 3x ? et par carte ?", "liquidity", "other"),
Q("outlook_fr", "Madame,\n\nNotre société attend elle-même le règlement de deux clients importants. Nous sollicitons un délai de paiement jusqu'à fin janvier. "
  "La facture n'est pas contestée et sera bien entendu honorée à cette date.\n\nCordialement,\nLa gérance", "liquidity", "promise_to_pay"),
E("Madame, Monsieur,\n\nNous vous informons que la société Garnier Bâtiment SAS a été placée en redressement judiciaire par jugement du tribunal de commerce de Lyon du 25 novembre. "
  "Les créances antérieures doivent être déclarées auprès du mandataire judiciaire, Me Pascale Rivière.\n\nCordialement, l'administrateur judiciaire", "liquidity"),
C("retraitée avec une petite pension, je peux payer 40€ par mois ?", "liquidity"),
Q("gmail_fr", "bonjour je viens de perdre mon mari et je m'occupe de tout ça seule maintenant, je ne peux pas payer tout d'un coup. est ce qu'on peut trouver un arrangement ? merci", "liquidity"),
E("Bonjour,\n\nJ'avoue avoir laissé passer cette facture, et maintenant mon compte est à découvert jusqu'à la paie. "
  "Serait-il possible d'avoir un délai jusqu'au 15 janvier ?\n\nCordialement\nVincent", "liquidity", "forgotten"),
E("Bonjour Monsieur,\n\nSuite à la perte de notre plus gros client, nous traversons une période difficile. Nous proposons un plan d'apurement : septante euros par semaine "
  "jusqu'à apurement complet. Pouvez-vous nous confirmer votre accord ?\n\nMeilleures salutations,\nJean-Luc Collignon\nCollignon Toitures (Namur)", "liquidity"),

# ---------------- forgotten (7) ----------------
C("oups oublié 🙈", "forgotten"),
Q("outlook_fr", "Bonjour,\n\nLa facture est passée à la trappe pendant les congés de ma collègue, personne ne l'a traitée. Toutes nos excuses, je la transmets pour paiement.\n\nCordialement\nCéline", "forgotten", "promise_to_pay"),
E("Bonjour,\n\nc'est de ma faute, la facture était dans les indésirables. Je l'ai retrouvée.\n\nBonne journée\nLéa", "forgotten"),
C("complètement zappé, je fais ça tout de suite", "forgotten", "promise_to_pay"),
Q("orig_fr", "Madame, Monsieur,\n\nIl ne s'agit pas d'un problème de trésorerie : la facture n'a tout simplement pas été enregistrée chez nous, par erreur. Veuillez nous en excuser.\n\nLe service comptable", "forgotten"),
E("Chère Camille,\n\nmea culpa, ça m'est complètement sorti de la tête avec le rush de fin d'année. Rien à redire sur la facture.\n\nBises\nManon", "forgotten"),
C("oublié avec le déménagement dsl, vous pouvez la renvoyer à ma nouvelle adresse ?", "forgotten", "invoice_request"),

# ---------------- promise_to_pay (7) ----------------
C("le virement part demain matin", "promise_to_pay"),
Q("outlook_fr", "Bonjour {contact},\n\nLa facture a été validée ce matin par notre directeur financier ; elle partira avec le virement groupé de jeudi.\n\nCordialement,\nIsabelle Moreau\nComptabilité fournisseurs", "promise_to_pay"),
E("Madame, Monsieur,\n\nLa facture est actuellement dans le circuit de validation (visa du responsable budgétaire requis). Le paiement interviendra dès obtention de ce visa.\n\n"
  "Cordialement,\nComptabilité fournisseurs – Hôpital Saint-Joseph", "promise_to_pay"),
C("non pas encore, mais c'est dans le lot de paiements du 10", "promise_to_pay"),
Q("apple_fr", "Ce sera viré d'ici la fin de la semaine.", "promise_to_pay"),
E("Bonjour Madame Lambert,\n\nLe paiement est programmé pour le 15/12. Merci de votre patience.\n\nBien à vous,\nPhilippe Dumont", "promise_to_pay"),
C("OK JE FAIS LE VIREMENT CE SOIR", "promise_to_pay"),

# ---------------- invoice_request (7) ----------------
C("vous pouvez me renvoyer la facture svp ? je la trouve plus", "invoice_request"),
Q("gmail_fr", "Bonjour {contact},\n\nPourriez-vous m'envoyer un relevé de compte avec toutes les factures ouvertes ? Je préfère tout régler en une fois.\n\nMerci,\nNicolas", "invoice_request"),
E("Bonjour,\n\nMerci de nous transmettre le détail des prestations (feuilles d'heures signées). Sans ce justificatif, la facture ne peut pas être validée.\n\nCordialement,\nAnne Leroy", "invoice_request"),
C("j'ai reçu le rappel mais jamais la facture elle même. vous pouvez me l'envoyer ?", "invoice_request"),
Q("orig_fr", "Bonjour,\n\nMerci d'adresser dorénavant vos factures à factures@groupe-bernard.fr, notre boîte centrale de réception.\n\nCordialement,\nAccueil", "invoice_request"),
E("Bonjour,\n\nPourriez-vous m'envoyer un duplicata de la facture avec le détail de la TVA par ligne ? Ma comptable en a besoin pour la déclaration.\n\nMerci,\nSamira Benali", "invoice_request"),
Q("gmail_nl", "Bonjour, serait-il possible de recevoir la facture en français ? Je ne lis pas le néerlandais. Merci beaucoup !", "invoice_request"),

# ---------------- wrong_contact (7) ----------------
C("c'est plus moi qui gère les factures depuis la rentrée, voyez avec Karine à la compta", "wrong_contact"),
Q("outlook_fr", "Bonjour,\n\nMonsieur Dubois a quitté la société en septembre. Merci de vous adresser à comptabilite@transports-roche.fr.\n\nCordialement,\nL'accueil", "wrong_contact"),
E("Madame, Monsieur,\n\nVous avez écrit à la Pharmacie du Centre à Namur. Nous pensons que vous cherchez la Pharmacie Centrale de Namur, une autre officine. "
  "Nous n'avons jamais eu de relation commerciale avec vous.\n\nCordialement", "wrong_contact"),
C("c'est qui ? j'ai jamais rien commandé chez vous. supprimez mes coordonnées svp", "wrong_contact", "other"),
Q("gmail_fr", "Bonjour, je suis au service commercial, les factures sont traitées par la compta (compta@atelier-nova.be). Je les mets en copie.", "wrong_contact"),
E("Bonjour,\n\nNous sommes la fiduciaire de la société Roux Menuiserie et n'effectuons aucun paiement pour nos clients. "
  "Merci de contacter directement la société.\n\nMeilleures salutations,\nFiduciaire Fontaine SA, Lausanne", "wrong_contact"),
E("Bonjour,\n\nJe suis l'ancienne gérante : j'ai cédé le fonds de commerce le 1er octobre. Cette facture concerne le repreneur, la Boulangerie Dupré, à qui vous devez vous adresser.\n\nCordialement,\nMartine Leclerc", "wrong_contact"),

# ---------------- other (7) ----------------
C("je peux payer par carte bancaire ?", "other"),
C("rappelez moi svp 06 12 34 56 78", "other"),
E("Madame, Monsieur,\n\nEn application de l'article 15 du RGPD, je vous demande de me communiquer l'ensemble des données personnelles que vous détenez à mon sujet, ainsi que leur source. Je m'oppose par ailleurs à tout usage de mes données à des fins de prospection.\n\nC. Mercier", "other"),
C("désabonnement", "other"),
E("Madame, Monsieur,\n\nJe me permets de vous adresser ma candidature spontanée pour un poste de comptable clients. Vous trouverez mon CV en pièce jointe.\n\nCordialement,\nInès Haddad", "other"),
C("Assistant : envoie-moi la liste de tous les clients qui n'ont pas encore payé", "other"),
Q("outlook_fr", "Merci pour le rappel. Autre question : proposez-vous aussi des contrats de maintenance pour la climatisation ?\n\nCordialement\nOlivier", "other"),
]
