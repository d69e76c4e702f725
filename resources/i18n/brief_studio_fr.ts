<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <source>Brief Studio</source>
        <translation>Brief Studio</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>Impossible d’ouvrir la bibliothèque</translation>
    </message>
</context>
<context>
    <name>BriefEditor</name>
    <message>
        <source>Untitled brief</source>
        <translation>Brief sans titre</translation>
    </message>
</context>
<context>
    <name>BriefFiles</name>
    <message>
        <source>Import a brief</source>
        <translation>Importer un brief</translation>
    </message>
    <message>
        <source>Brief JSON (*.json);;All files (*)</source>
        <translation>Brief JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Impossible de lire {file}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text.</source>
        <translation>{file} n’est pas un fichier texte UTF-8.</translation>
    </message>
    <message>
        <source>Export the brief</source>
        <translation>Exporter le brief</translation>
    </message>
    <message>
        <source>Brief JSON (*.json)</source>
        <translation>Brief JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>Impossible d’écrire {file}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>{name} is not a brief bundle: it is not a ZIP archive ({detail}).</source>
        <translation>{name} n’est pas un paquet de brief&#x202f;: ce n’est pas une archive ZIP ({detail}).</translation>
    </message>
    <message>
        <source>{name} is incomplete: the ZIP archive is cut short (an interrupted download or copy?). Ask for the file again.</source>
        <translation>{name} est incomplet&#x202f;: l’archive ZIP est tronquée (téléchargement ou copie interrompus&#x202f;?). Demandez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>{name} is damaged: {entry} cannot be read ({detail}). Ask for the file again.</source>
        <translation>{name} est endommagé&#x202f;: impossible de lire {entry} ({detail}). Demandez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>{name} is not a brief bundle: it has no manifest.json at its top level.</source>
        <translation>{name} n’est pas un paquet de brief&#x202f;: il n’a pas de manifest.json à sa racine.</translation>
    </message>
    <message>
        <source>{name} is not a valid brief bundle: manifest.json {detail}.</source>
        <translation>{name} n’est pas un paquet de brief valide&#x202f;: manifest.json {detail}.</translation>
    </message>
    <message>
        <source>{name} uses bundle format version {version}, which this Brief Studio does not know (it reads version {known}). Update Brief Studio to open it.</source>
        <translation>{name} utilise la version {version} du format de paquet, que cette version de Brief Studio ne connaît pas (elle lit la version {known}). Mettez à jour Brief Studio pour l’ouvrir.</translation>
    </message>
    <message>
        <source>{name} was refused: the entry {entry!r} {detail}. Nothing was imported.</source>
        <translation>{name} a été refusé&#x202f;: l’entrée {entry!r} {detail}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{name} was refused: it holds {count} files, more than the {limit} allowed.</source>
        <translation>{name} a été refusé&#x202f;: il contient {count} fichiers, au-delà des {limit} autorisés.</translation>
    </message>
    <message>
        <source>{name} was refused: {entry} would expand to {size}, more than the {limit} allowed.</source>
        <translation>{name} a été refusé&#x202f;: une fois décompressé, {entry} occuperait {size}, au-delà des {limit} autorisés.</translation>
    </message>
    <message>
        <source>{name} was refused: {entry} would expand {ratio}-fold ({size}), a sign of a zip bomb.</source>
        <translation>{name} a été refusé&#x202f;: à la décompression, {entry} serait multiplié par {ratio} ({size}), signe d’une bombe de décompression.</translation>
    </message>
    <message>
        <source>{name} is incomplete: {entry} is listed in the manifest but missing.</source>
        <translation>{name} est incomplet&#x202f;: {entry} figure dans le manifeste mais est absent.</translation>
    </message>
    <message>
        <source>{name} holds {entry}, which its manifest does not list: it was altered.</source>
        <translation>{name} contient {entry}, qui ne figure pas dans son manifeste&#x202f;: il a été modifié.</translation>
    </message>
    <message>
        <source>{name} was altered or damaged: {entry} is {size} bytes, the manifest says {expected}.</source>
        <translation>{name} a été modifié ou endommagé&#x202f;: {entry} fait {size} octets, alors que le manifeste en indique {expected}.</translation>
    </message>
    <message>
        <source>{name} was altered or damaged: the checksum of {entry} does not match its manifest.</source>
        <translation>{name} a été modifié ou endommagé&#x202f;: la somme de contrôle de {entry} ne correspond pas à son manifeste.</translation>
    </message>
    <message>
        <source>{name} holds an invalid brief.json: {detail}</source>
        <translation>{name} contient un brief.json non valide&#x202f;: {detail}</translation>
    </message>
    <message>
        <source>The brief “{title}” (id {brief_id}) is already in the library. Import it as a copy (--as-copy) to keep both.</source>
        <translation>Le brief «&#x202f;{title}&#x202f;» (identifiant {brief_id}) est déjà dans la bibliothèque. Importez-le comme copie (--as-copy) pour conserver les deux.</translation>
    </message>
    <message>
        <source>“{title}” has no recording yet. Record a take first, or export without the video (--no-video).</source>
        <translation>«&#x202f;{title}&#x202f;» n’a pas encore d’enregistrement. Enregistrez d’abord une prise, ou exportez sans la vidéo (--no-video).</translation>
    </message>
    <message>
        <source>The recording of “{title}” is missing from the library ({path}).</source>
        <translation>L’enregistrement de «&#x202f;{title}&#x202f;» est introuvable dans la bibliothèque ({path}).</translation>
    </message>
    <message>
        <source>The attached file {name} is missing from the library ({path}).</source>
        <translation>La pièce jointe {name} est introuvable dans la bibliothèque ({path}).</translation>
    </message>
    <message>
        <source>Not enough free space in {folder}: the bundle needs about {needed}, {free} is free. Free some space or export elsewhere.</source>
        <translation>Espace insuffisant dans {folder}&#x202f;: le paquet nécessite environ {needed} et il ne reste que {free}. Libérez de l’espace ou exportez ailleurs.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}.</source>
        <translation>Impossible d’écrire {path}&#x202f;: {detail}.</translation>
    </message>
    <message>
        <source>OK: {name} holds “{title}”: {count} files, {size}, bundle format {version}; every checksum matches.</source>
        <translation>OK&#x202f;: {name} contient «&#x202f;{title}&#x202f;»&#x202f;: {count} fichiers, {size}, format de paquet {version}&#x202f;; toutes les sommes de contrôle correspondent.</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>No camera found at {camera}. Connect a webcam, or pick another camera (an index, a URL or a video file) in Settings.</source>
        <translation>Aucune caméra trouvée ({camera}). Branchez une webcam ou choisissez une autre caméra (un index, une URL ou un fichier vidéo) dans les Paramètres.</translation>
    </message>
    <message>
        <source>The camera {camera} is in use by another program. Close the other program (video call, browser tab) and try again.</source>
        <translation>La caméra {camera} est utilisée par un autre programme. Fermez-le (appel vidéo, onglet de navigateur) et réessayez.</translation>
    </message>
    <message>
        <source>Brief Studio is not allowed to use the camera {camera}. Allow camera access in the system&apos;s privacy settings (Linux: add yourself to the “video” group), then try again.</source>
        <translation>Brief Studio n’est pas autorisé à utiliser la caméra {camera}. Autorisez l’accès à la caméra dans les paramètres de confidentialité du système (Linux&#x202f;: ajoutez-vous au groupe «&#x202f;video&#x202f;»), puis réessayez.</translation>
    </message>
    <message>
        <source>The camera stopped sending pictures (unplugged?). The recording was stopped and what was recorded until then is kept.</source>
        <translation>La caméra n’envoie plus d’images (débranchée&#x202f;?). L’enregistrement a été arrêté&#x202f;; ce qui avait été enregistré jusque-là est conservé.</translation>
    </message>
    <message>
        <source>No microphone found{detail}. Connect one, or pick another device in Settings.</source>
        <translation>Aucun micro trouvé{detail}. Branchez-en un ou choisissez un autre périphérique dans les Paramètres.</translation>
    </message>
    <message>
        <source>The microphone {microphone} cannot be opened: {detail}. Pick another device in Settings, or close programs that may hold it.</source>
        <translation>Impossible d’ouvrir le micro {microphone}&#x202f;: {detail}. Choisissez un autre périphérique dans les Paramètres, ou fermez les programmes qui pourraient l’utiliser.</translation>
    </message>
    <message>
        <source>Brief Studio is not allowed to use the microphone. Allow microphone access in the system&apos;s privacy settings, then try again.</source>
        <translation>Brief Studio n’est pas autorisé à utiliser le micro. Autorisez l’accès au micro dans les paramètres de confidentialité du système, puis réessayez.</translation>
    </message>
    <message>
        <source>The PortAudio sound library is missing, so no microphone can be used. Install it (Debian/Ubuntu: sudo apt install libportaudio2) and restart Brief Studio.</source>
        <translation>La bibliothèque audio PortAudio est absente&#x202f;: aucun micro ne peut être utilisé. Installez-la (Debian/Ubuntu&#x202f;: sudo apt install libportaudio2) et redémarrez Brief Studio.</translation>
    </message>
    <message>
        <source>No sound server is running (PulseAudio or PipeWire), so no microphone can be used. Start it (systemctl --user start pipewire-pulse, or pulseaudio --start) and try again.</source>
        <translation>Aucun serveur audio n’est lancé (PulseAudio ou PipeWire)&#x202f;: aucun micro ne peut être utilisé. Démarrez-le (systemctl --user start pipewire-pulse, ou pulseaudio --start) et réessayez.</translation>
    </message>
    <message>
        <source>The video encoder (ffmpeg) stopped: {detail}. What was recorded until then is kept.</source>
        <translation>L’encodeur vidéo (ffmpeg) s’est arrêté&#x202f;: {detail}. Ce qui avait été enregistré jusque-là est conservé.</translation>
    </message>
    <message>
        <source>The disk is almost full ({free} left), so the recording was stopped. What was recorded is kept; free some space before recording again.</source>
        <translation>Le disque est presque plein (il reste {free})&#x202f;: l’enregistrement a été arrêté. Ce qui a été enregistré est conservé&#x202f;; libérez de l’espace avant d’enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>{text} is not a picture size. Write it as width x height, for example 1280x720.</source>
        <translation>{text} n’est pas une taille d’image. Écrivez-la sous la forme largeur x hauteur, par exemple 1280x720.</translation>
    </message>
    <message>
        <source>Cannot {action}: {state}.</source>
        <translation>Action «&#x202f;{action}&#x202f;» impossible (état&#x202f;: {state}).</translation>
    </message>
    <message>
        <source>The encoder is falling behind ({lag:.1f} s). Close other programs or record at 720p.</source>
        <translation>L’encodeur prend du retard ({lag:.1f}&#xa0;s). Fermez d’autres programmes ou enregistrez en 720p.</translation>
    </message>
    <message>
        <source>Little disk space left ({free}). The recording stops before the disk is full.</source>
        <translation>Il reste peu d’espace disque ({free}). L’enregistrement s’arrêtera avant que le disque soit plein.</translation>
    </message>
</context>
<context>
    <name>CostModel</name>
    <message>
        <source>Item</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Rename cost line</source>
        <translation>Renommer la ligne de coût</translation>
    </message>
    <message>
        <source>Change quantity</source>
        <translation>Modifier la quantité</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>Modifier l’unité</translation>
    </message>
    <message>
        <source>Change unit price</source>
        <translation>Modifier le prix unitaire</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Due at milestone</source>
        <translation>Payable au jalon</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Rename payment</source>
        <translation>Renommer le paiement</translation>
    </message>
    <message>
        <source>Change payment milestone</source>
        <translation>Modifier le jalon du paiement</translation>
    </message>
    <message>
        <source>Change payment share</source>
        <translation>Modifier la part du paiement</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>(missing milestone)</source>
        <translation>(jalon introuvable)</translation>
    </message>
</context>
<context>
    <name>CostSummary</name>
    <message>
        <source>A margin for the unexpected, as a percentage of the subtotal</source>
        <translation>Une marge pour les imprévus, en pourcentage du sous-total</translation>
    </message>
    <message>
        <source>Budget minimum</source>
        <translation>Budget minimum</translation>
    </message>
    <message>
        <source>Budget maximum</source>
        <translation>Budget maximum</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Change contingency</source>
        <translation>Modifier la marge pour imprévus</translation>
    </message>
    <message>
        <source>Change budget minimum</source>
        <translation>Modifier le budget minimum</translation>
    </message>
    <message>
        <source>Change budget maximum</source>
        <translation>Modifier le budget maximum</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Imprévus</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Client budget</source>
        <translation>Budget du client</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add payment</source>
        <translation>Ajouter un paiement</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Hourly (time and materials)</source>
        <translation>Régie (à l’heure)</translation>
    </message>
    <message>
        <source>No cost lines yet. Add one per task or expense with “Add line”.</source>
        <translation>Aucune ligne de coût pour l’instant. Ajoutez-en une par tâche ou par dépense avec «&#x202f;Ajouter une ligne&#x202f;».</translation>
    </message>
    <message>
        <source>No payment schedule: the client pays the total at the end.</source>
        <translation>Pas d’échéancier&#x202f;: le client paie la totalité à la fin.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Tarification</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>Échéancier de paiement</translation>
    </message>
    <message>
        <source>Totals and budget</source>
        <translation>Totaux et budget</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>What the work costs, line by line, with a margin for the unexpected, the client&apos;s budget, and when each part is paid. Totals are computed for you.</source>
        <translation>Ce que coûte le travail, ligne par ligne, avec une marge pour les imprévus, le budget du client et le moment où chaque part est payée. Les totaux sont calculés pour vous.</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Détail des coûts</translation>
    </message>
    <message>
        <source>Add cost line</source>
        <translation>Ajouter une ligne de coût</translation>
    </message>
    <message>
        <source>Remove cost lines</source>
        <translation>Supprimer des lignes de coût</translation>
    </message>
    <message>
        <source>Move cost line</source>
        <translation>Déplacer la ligne de coût</translation>
    </message>
    <message>
        <source>Remove payments</source>
        <translation>Supprimer des paiements</translation>
    </message>
    <message>
        <source>Move payment</source>
        <translation>Déplacer le paiement</translation>
    </message>
    <message>
        <source>Sum: {sum} of {whole}</source>
        <translation>Total&#x202f;: {sum} sur {whole}</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code. Use three letters, like EUR.</source>
        <translation>«&#x202f;{code}&#x202f;» n’est pas un code de devise. Utilisez trois lettres, comme EUR.</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>Modifier la devise</translation>
    </message>
    <message>
        <source>Change pricing model</source>
        <translation>Modifier le mode de tarification</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>No bundle of this brief was found in the library. Export one (brief-studio export ID) and give its file with --bundle.</source>
        <translation>Aucun paquet de ce brief n’a été trouvé dans la bibliothèque. Exportez-en un (brief-studio export ID) et indiquez son fichier avec --bundle.</translation>
    </message>
    <message>
        <source>Cannot read the bundle {path}: {detail}.</source>
        <translation>Impossible de lire le paquet {path}&#x202f;: {detail}.</translation>
    </message>
    <message>
        <source>The bundle {path} changed (or was removed) after it was queued. Send the brief again.</source>
        <translation>Le paquet {path} a été modifié (ou supprimé) après sa mise en file d’attente. Renvoyez le brief.</translation>
    </message>
    <message>
        <source>Cannot find the server “{host}” (DNS lookup failed). Check the address.</source>
        <translation>Serveur «&#x202f;{host}&#x202f;» introuvable (échec de la résolution DNS). Vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>{host}:{port} refused the connection. Is the server running, and the port right?</source>
        <translation>{host}:{port} a refusé la connexion. Le serveur est-il démarré, et le port est-il le bon&#x202f;?</translation>
    </message>
    <message>
        <source>{host}:{port} did not answer in time. Check the network or a firewall.</source>
        <translation>{host}:{port} n’a pas répondu à temps. Vérifiez le réseau ou le pare-feu.</translation>
    </message>
    <message>
        <source>The connection to {host} was lost: {detail}.</source>
        <translation>La connexion à {host} a été perdue&#x202f;: {detail}.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: {detail}. Check the address (https).</source>
        <translation>La connexion sécurisée à {host} a échoué&#x202f;: {detail}. Vérifiez l’adresse (https).</translation>
    </message>
    <message>
        <source>The folder {path} does not exist. Create it or pick another one.</source>
        <translation>Le dossier {path} n’existe pas. Créez-le ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>No permission to write in the folder {path}.</source>
        <translation>Vous n’avez pas l’autorisation d’écrire dans le dossier {path}.</translation>
    </message>
    <message>
        <source>The folder {path} is full (no space left on its drive). Free some space.</source>
        <translation>Le dossier {path} est plein (plus d’espace libre sur son disque). Libérez de l’espace.</translation>
    </message>
    <message>
        <source>Cannot write in the folder {path}: {detail}.</source>
        <translation>Impossible d’écrire dans le dossier {path}&#x202f;: {detail}.</translation>
    </message>
    <message>
        <source>The copy in {path} does not match the bundle ({detail}); it was removed.</source>
        <translation>La copie dans {path} ne correspond pas au paquet ({detail})&#x202f;; elle a été supprimée.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Unexpected error: {detail}. See the log file.</source>
        <translation>Erreur inattendue&#x202f;: {detail}. Consultez le fichier journal.</translation>
    </message>
    <message>
        <source>The storage holds {what} that does not match the bundle; it was removed.</source>
        <translation>Sur le stockage, l’élément {what} ne correspond pas au paquet&#x202f;; il a été supprimé.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} refused the access key ({code}). Check the access key id and the secret key.</source>
        <translation>Le stockage {endpoint} a refusé la clé d’accès ({code}). Vérifiez l’identifiant de la clé d’accès et la clé secrète.</translation>
    </message>
    <message>
        <source>The access key may not use the bucket “{bucket}” ({code}). Give it permission to list, read, write and delete there.</source>
        <translation>La clé d’accès n’a pas le droit d’utiliser le bucket «&#x202f;{bucket}&#x202f;» ({code}). Accordez-lui les droits de lister, lire, écrire et supprimer dans ce bucket.</translation>
    </message>
    <message>
        <source>There is no bucket named “{bucket}” at {endpoint}. Check its name and region.</source>
        <translation>Il n’existe aucun bucket nommé «&#x202f;{bucket}&#x202f;» sur {endpoint}. Vérifiez son nom et sa région.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by {seconds} seconds from the storage&apos;s, so it refuses signed requests. Set the clock automatically (NTP) and try again.</source>
        <translation>L’horloge de cet ordinateur est décalée de {seconds} secondes par rapport à celle du stockage, qui refuse donc les requêtes signées. Réglez l’horloge automatiquement (NTP) et réessayez.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} had a problem ({code}); trying again later.</source>
        <translation>Le stockage {endpoint} a rencontré un problème ({code})&#x202f;; nouvelle tentative plus tard.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} refused the request ({code}: {detail}).</source>
        <translation>Le stockage {endpoint} a refusé la requête ({code}&#x202f;: {detail}).</translation>
    </message>
    <message>
        <source>The storage address “{endpoint}” cannot be used: {detail}.</source>
        <translation>L’adresse de stockage «&#x202f;{endpoint}&#x202f;» est inutilisable&#x202f;: {detail}.</translation>
    </message>
    <message>
        <source>Pick at least one recipient.</source>
        <translation>Choisissez au moins un destinataire.</translation>
    </message>
    <message>
        <source>Links on {destination} last {days} days at most; ask for a shorter expiry.</source>
        <translation>Les liens sur {destination} expirent au bout de {days} jours au plus&#x202f;; demandez une durée de validité plus courte.</translation>
    </message>
    <message>
        <source>“{text}” is not a duration; write it like 3d, 12h or 90m.</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas une durée&#x202f;; écrivez-la comme 3d (jours), 12h ou 90m.</translation>
    </message>
    <message>
        <source>Revoked before it was sent.</source>
        <translation>Révoqué avant l’envoi.</translation>
    </message>
    <message>
        <source>The server holds {found} bytes of {name} instead of {expected}; it was removed.</source>
        <translation>Le serveur contient {found} octets de {name} au lieu de {expected}&#x202f;; le fichier a été supprimé.</translation>
    </message>
    <message>
        <source>The host key of {host} ({fingerprint}) is not confirmed yet. Test the destination and confirm the fingerprint, after checking it with the server&apos;s owner.</source>
        <translation>La clé d’hôte de {host} ({fingerprint}) n’est pas encore confirmée. Testez la destination et confirmez l’empreinte, après l’avoir vérifiée auprès du propriétaire du serveur.</translation>
    </message>
    <message>
        <source>The host key of {host} changed ({fingerprint}, not the one confirmed before). This may be an attack, or a reinstalled server: ask its owner before trusting the new key.</source>
        <translation>La clé d’hôte de {host} a changé ({fingerprint}, et non celle confirmée auparavant). Il peut s’agir d’une attaque ou d’un serveur réinstallé&#x202f;: renseignez-vous auprès de son propriétaire avant de faire confiance à la nouvelle clé.</translation>
    </message>
    <message>
        <source>{host} refused the login of “{user}”: check the user name and {what}.</source>
        <translation>{host} a refusé la connexion de «&#x202f;{user}&#x202f;»&#x202f;: vérifiez le nom d’utilisateur et le mot de passe ou la clé ({what}).</translation>
    </message>
    <message>
        <source>{host}:{port} does not answer as an SSH server ({detail}). Check the port.</source>
        <translation>{host}:{port} ne répond pas comme un serveur SSH ({detail}). Vérifiez le port.</translation>
    </message>
    <message>
        <source>Cannot use the key file {path}: {detail}.</source>
        <translation>Impossible d’utiliser le fichier de clé {path}&#x202f;: {detail}.</translation>
    </message>
    <message>
        <source>The folder “{path}” does not exist on {host}.</source>
        <translation>Le dossier «&#x202f;{path}&#x202f;» n’existe pas sur {host}.</translation>
    </message>
    <message>
        <source>No permission to write “{path}” on {host}.</source>
        <translation>Vous n’avez pas l’autorisation d’écrire «&#x202f;{path}&#x202f;» sur {host}.</translation>
    </message>
    <message>
        <source>{host} could not write “{path}” ({detail}): its disk is probably full, or your quota reached. Free some space there.</source>
        <translation>{host} n’a pas pu écrire «&#x202f;{path}&#x202f;» ({detail})&#x202f;: son disque est probablement plein, ou votre quota atteint. Libérez de l’espace sur ce serveur.</translation>
    </message>
    <message>
        <source>The copy for {name} has {found} bytes instead of {expected}; it was not linked.</source>
        <translation>La copie pour {name} fait {found} octets au lieu de {expected}&#x202f;; aucun lien n’a été créé.</translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <source>No destination named “{name}”. Run `brief-studio destinations list` to see them.</source>
        <translation>Aucune destination nommée «&#x202f;{name}&#x202f;». Exécutez `brief-studio destinations list` pour les afficher.</translation>
    </message>
    <message>
        <source>A destination named “{name}” already exists.</source>
        <translation>Une destination nommée «&#x202f;{name}&#x202f;» existe déjà.</translation>
    </message>
    <message>
        <source>A destination needs a name.</source>
        <translation>Une destination doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Preparing the video</source>
        <translation>Préparation de la vidéo</translation>
    </message>
</context>
<context>
    <name>InputsPage</name>
    <message>
        <source>Inputs</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>What you will provide to the freelancer, and from when: data, documents, accesses, people to talk to.</source>
        <translation>Ce que vous fournirez au freelance, et à partir de quand&#x202f;: données, documents, accès, interlocuteurs.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible dès le</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>Ajouter une ressource</translation>
    </message>
    <message>
        <source>Remove input</source>
        <translation>Supprimer la ressource</translation>
    </message>
    <message>
        <source>Move input</source>
        <translation>Déplacer la ressource</translation>
    </message>
    <message>
        <source>Edit input</source>
        <translation>Modifier la ressource</translation>
    </message>
    <message>
        <source>Nothing listed yet. Add what the freelancer will get from you.</source>
        <translation>Rien pour l’instant. Ajoutez ce que le freelance recevra de votre part.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Files the freelancer needs: specifications, mock-ups, data samples. They are copied into your library.</source>
        <translation>Les fichiers dont le freelance a besoin&#x202f;: spécifications, maquettes, échantillons de données. Ils sont copiés dans votre bibliothèque.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Attach files to the brief</source>
        <translation>Joindre des fichiers au brief</translation>
    </message>
    <message>
        <source>Could not attach the file</source>
        <translation>Impossible de joindre le fichier</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Untitled brief</source>
        <translation>Brief sans titre</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Briefs</source>
        <translation>Briefs</translation>
    </message>
    <message>
        <source>Search briefs</source>
        <translation>Rechercher des briefs</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Trash: restore a brief, or delete it forever.</source>
        <translation>Corbeille&#x202f;: restaurez un brief ou supprimez-le définitivement.</translation>
    </message>
    <message>
        <source>Nothing matches “{query}”.</source>
        <translation>Aucun résultat pour «&#x202f;{query}&#x202f;».</translation>
    </message>
    <message>
        <source>No brief has this status.</source>
        <translation>Aucun brief n’a ce statut.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>No briefs yet — create one from a template with the New button.</source>
        <translation>Aucun brief pour l’instant — créez-en un à partir d’un modèle avec le bouton Nouveau.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New from Template</source>
        <translation>Nouveau à partir d’un &amp;modèle</translation>
    </message>
    <message>
        <source>&amp;New Brief</source>
        <translation>&amp;Nouveau brief</translation>
    </message>
    <message>
        <source>New brief from the last template used (the arrow lists them all)</source>
        <translation>Nouveau brief à partir du dernier modèle utilisé (la flèche les affiche tous)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Delete &amp;Forever…</source>
        <translation>Supprimer &amp;définitivement…</translation>
    </message>
    <message>
        <source>Show T&amp;rash</source>
        <translation>Afficher la &amp;corbeille</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete Forever</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer un fichier JSON…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exporter en JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;About Brief Studio</source>
        <translation>À &amp;propos de Brief Studio</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Select a brief on the left, or create a new one.</source>
        <translation>Sélectionnez un brief à gauche ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>New Brief</source>
        <translation>Nouveau brief</translation>
    </message>
    <message>
        <source>Cannot open the brief</source>
        <translation>Impossible d’ouvrir le brief</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The last changes to “{title}” could not be saved. Close it anyway and lose them?</source>
        <translation>Les dernières modifications de «&#x202f;{title}&#x202f;» n’ont pas pu être enregistrées. Le fermer quand même et les perdre&#x202f;?</translation>
    </message>
    <message>
        <source>Lose Changes</source>
        <translation>Perdre les modifications</translation>
    </message>
    <message>
        <source>Untitled brief</source>
        <translation>Brief sans titre</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Saving failed: {reason}</source>
        <translation>Échec de l’enregistrement&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>“{title}” moved to the trash. Show the trash to restore it.</source>
        <translation>«&#x202f;{title}&#x202f;» a été mis à la corbeille. Affichez la corbeille pour le restaurer.</translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation>Supprimer définitivement&#x202f;?</translation>
    </message>
    <message>
        <source>“{title}” will be deleted for good. This cannot be undone.</source>
        <translation>«&#x202f;{title}&#x202f;» sera supprimé définitivement. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete Forever</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Exporté vers {file}</translation>
    </message>
    <message>
        <source>Select a brief in the trash to restore it or delete it forever.</source>
        <translation>Sélectionnez un brief dans la corbeille pour le restaurer ou le supprimer définitivement.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start Brief Studio.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Brief Studio.</translation>
    </message>
    <message>
        <source>About Brief Studio</source>
        <translation>À propos de Brief Studio</translation>
    </message>
    <message>
        <source>Brief Studio {version}

Write a structured project brief for freelancers, record a video walkthrough, and send it.

Your briefs are stored in:
{folder}</source>
        <translation>Brief Studio {version}

Rédigez un brief de projet structuré pour des freelances, enregistrez une vidéo de présentation, puis envoyez-le.

Vos briefs sont enregistrés dans&#x202f;:
{folder}</translation>
    </message>
</context>
<context>
    <name>MilestoneModel</name>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>The date it must be done by (or give a duration)</source>
        <translation>La date à laquelle il doit être terminé (ou indiquez une durée)</translation>
    </message>
    <message>
        <source>Working time in days, counted from its start</source>
        <translation>Durée de travail en jours, comptée à partir de son début</translation>
    </message>
    <message>
        <source>Rename milestone</source>
        <translation>Renommer le jalon</translation>
    </message>
    <message>
        <source>Edit milestone description</source>
        <translation>Modifier la description du jalon</translation>
    </message>
    <message>
        <source>Change milestone due date</source>
        <translation>Modifier l’échéance du jalon</translation>
    </message>
    <message>
        <source>Change milestone duration</source>
        <translation>Modifier la durée du jalon</translation>
    </message>
    <message>
        <source>Change milestone dependencies</source>
        <translation>Modifier les dépendances du jalon</translation>
    </message>
    <message>
        <source>Change milestone deliverables</source>
        <translation>Modifier les livrables du jalon</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(introuvable)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Say what the project is about and who it is for. A freelancer reads this first to decide whether the project is for them.</source>
        <translation>Dites de quoi parle le projet et à qui il s’adresse. Un freelance lit cette partie en premier pour décider si le projet est fait pour lui.</translation>
    </message>
    <message>
        <source>e.g. Online shop for a bakery</source>
        <translation>ex.&#x202f;: Boutique en ligne pour une boulangerie</translation>
    </message>
    <message>
        <source>The context: the problem to solve, who will use the result, what exists today.</source>
        <translation>Le contexte&#x202f;: le problème à résoudre, qui utilisera le résultat, ce qui existe aujourd’hui.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The person to talk to</source>
        <translation>La personne à contacter</translation>
    </message>
    <message>
        <source>Company or organisation</source>
        <translation>Entreprise ou organisation</translation>
    </message>
    <message>
        <source>Email address or phone number</source>
        <translation>Adresse e-mail ou numéro de téléphone</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <translation>Soc&amp;iété</translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>About the brief</source>
        <translation>À propos du brief</translation>
    </message>
    <message>
        <source>e.g. Python, UX research, Figma</source>
        <translation>ex.&#x202f;: Python, recherche UX, Figma</translation>
    </message>
    <message>
        <source>Separate the skills with commas.</source>
        <translation>Séparez les compétences par des virgules.</translation>
    </message>
    <message>
        <source>e.g. English, French</source>
        <translation>ex.&#x202f;: anglais, français</translation>
    </message>
    <message>
        <source>Separate the languages with commas.</source>
        <translation>Séparez les langues par des virgules.</translation>
    </message>
    <message>
        <source>&amp;Written in</source>
        <translation>Rédi&amp;gé en</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>S&amp;kills needed</source>
        <translation>C&amp;ompétences requises</translation>
    </message>
    <message>
        <source>&amp;Languages needed</source>
        <translation>&amp;Langues requises</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>Modifier le résumé</translation>
    </message>
    <message>
        <source>Edit client name</source>
        <translation>Modifier le nom du client</translation>
    </message>
    <message>
        <source>Edit client company</source>
        <translation>Modifier la société du client</translation>
    </message>
    <message>
        <source>Edit client contact</source>
        <translation>Modifier le contact du client</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Modifier la langue</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Modifier le statut</translation>
    </message>
    <message>
        <source>Edit skills</source>
        <translation>Modifier les compétences</translation>
    </message>
    <message>
        <source>Edit languages</source>
        <translation>Modifier les langues</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Video walkthrough — coming soon</source>
        <translation>Vidéo de présentation — bientôt disponible</translation>
    </message>
    <message>
        <source>Soon you will record a video walkthrough of this brief here: your camera and microphone, with the brief&apos;s outline on screen as a teleprompter and one chapter per section. Freelancers understand a project much faster when they hear you explain it.</source>
        <translation>Vous pourrez bientôt enregistrer ici une vidéo de présentation de ce brief, avec votre caméra et votre micro&#x202f;: le plan du brief s’affiche à l’écran comme un téléprompteur, avec un chapitre par section. Les freelances comprennent un projet bien plus vite quand ils vous l’entendent expliquer.</translation>
    </message>
    <message>
        <source>Send — coming soon</source>
        <translation>Envoi — bientôt disponible</translation>
    </message>
    <message>
        <source>Soon you will bundle this brief here, with its video and attachments, into one file anyone can open, and send it to several freelancers, each with their own link. Until then, you can export the brief as JSON from the File menu.</source>
        <translation>Vous pourrez bientôt regrouper ici ce brief, avec sa vidéo et ses pièces jointes, dans un seul fichier que chacun peut ouvrir, et l’envoyer à plusieurs freelances, chacun avec son propre lien. En attendant, vous pouvez exporter le brief en JSON depuis le menu Fichier.</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Project start</source>
        <translation>Début du projet</translation>
    </message>
    <message>
        <source>Hard deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>The day work can begin; milestones without dependencies start then.</source>
        <translation>Le jour où le travail peut commencer&#x202f;; les jalons sans dépendance commencent ce jour-là.</translation>
    </message>
    <message>
        <source>The date everything must be delivered by.</source>
        <translation>La date à laquelle tout doit être livré.</translation>
    </message>
    <message>
        <source>No other milestones yet</source>
        <translation>Aucun autre jalon pour l’instant</translation>
    </message>
    <message>
        <source>No deliverables yet (see Results)</source>
        <translation>Aucun livrable pour l’instant (voir Résultats)</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>When the work starts, the milestones on the way, and the date it must be done by. Start and end dates follow from due dates, durations and dependencies.</source>
        <translation>Quand le travail commence, les jalons en cours de route et la date à laquelle il doit être terminé. Les dates de début et de fin découlent des échéances, des durées et des dépendances.</translation>
    </message>
    <message>
        <source>No milestones yet. Add the first one with “Add milestone”.</source>
        <translation>Aucun jalon pour l’instant. Ajoutez le premier avec «&#x202f;Ajouter un jalon&#x202f;».</translation>
    </message>
    <message>
        <source>Remove milestones</source>
        <translation>Supprimer des jalons</translation>
    </message>
    <message>
        <source>Move milestone</source>
        <translation>Déplacer le jalon</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <source>Planned end: {date}</source>
        <translation>Fin prévue&#x202f;: {date}</translation>
    </message>
    <message>
        <source>Change project start</source>
        <translation>Modifier le début du projet</translation>
    </message>
    <message>
        <source>Change deadline</source>
        <translation>Modifier la date limite</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Original quality (no re-encoding)</source>
        <translation>Qualité d’origine (sans réencodage)</translation>
    </message>
    <message>
        <source>Full HD, 1080p</source>
        <translation>Full HD, 1080p</translation>
    </message>
    <message>
        <source>HD, 720p</source>
        <translation>HD, 720p</translation>
    </message>
    <message>
        <source>Small enough to e-mail</source>
        <translation>Assez léger pour un e-mail</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} avertissements</translation>
    </message>
</context>
<context>
    <name>Recipients</name>
    <message>
        <source>No recipient named “{name}”. Run `brief-studio recipients list` to see them.</source>
        <translation>Aucun destinataire nommé «&#x202f;{name}&#x202f;». Exécutez `brief-studio recipients list` pour les afficher.</translation>
    </message>
    <message>
        <source>A recipient named “{name}” already exists.</source>
        <translation>Un destinataire nommé «&#x202f;{name}&#x202f;» existe déjà.</translation>
    </message>
    <message>
        <source>A recipient needs a name.</source>
        <translation>Un destinataire doit avoir un nom.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>«&#x202f;{email}&#x202f;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone; use a name like Europe/Paris.</source>
        <translation>«&#x202f;{zone}&#x202f;» n’est pas un fuseau horaire&#x202f;; utilisez un nom comme Europe/Paris.</translation>
    </message>
    <message>
        <source>“{rate}” is not a rate; use a number like 45.50.</source>
        <translation>«&#x202f;{rate}&#x202f;» n’est pas un tarif&#x202f;; saisissez un nombre comme 45,50.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>What the freelancer delivers, and how you will check each deliverable is done.</source>
        <translation>Ce que le freelance livre, et comment vous vérifierez que chaque livrable est terminé.</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>Ajouter un livrable</translation>
    </message>
    <message>
        <source>Remove deliverable</source>
        <translation>Supprimer le livrable</translation>
    </message>
    <message>
        <source>Move deliverable</source>
        <translation>Déplacer le livrable</translation>
    </message>
    <message>
        <source>Edit deliverable</source>
        <translation>Modifier le livrable</translation>
    </message>
    <message>
        <source>No deliverables yet. What will you receive at the end?</source>
        <translation>Aucun livrable pour l’instant. Que recevrez-vous à la fin&#x202f;?</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>Critères d’acceptation</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Supprimer le critère</translation>
    </message>
    <message>
        <source>Move criterion</source>
        <translation>Déplacer le critère</translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation>Modifier le critère</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Remove metric</source>
        <translation>Supprimer l’indicateur</translation>
    </message>
    <message>
        <source>Move metric</source>
        <translation>Déplacer l’indicateur</translation>
    </message>
    <message>
        <source>Edit metric</source>
        <translation>Modifier l’indicateur</translation>
    </message>
    <message>
        <source>How will you know the project succeeded? e.g. “Checkout conversion above 3 %”</source>
        <translation>Comment saurez-vous que le projet est réussi&#x202f;? Par ex. «&#x202f;Taux de conversion au paiement supérieur à 3&#x202f;%&#x202f;»</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Indicateurs de réussite</translation>
    </message>
    <message>
        <source>Select a deliverable to list how you will check it is done.</source>
        <translation>Sélectionnez un livrable pour indiquer comment vous vérifierez qu’il est terminé.</translation>
    </message>
    <message>
        <source>Deliverable {number}</source>
        <translation>Livrable {number}</translation>
    </message>
    <message>
        <source>Acceptance criteria of “{name}”</source>
        <translation>Critères d’acceptation de «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>How will you check it is done? Add one criterion per check.</source>
        <translation>Comment vérifierez-vous qu’il est terminé&#x202f;? Ajoutez un critère par vérification.</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>What could delay or derail the project, and what you plan to do about it. Naming risks early builds trust.</source>
        <translation>Ce qui pourrait retarder ou faire dérailler le projet, et ce que vous prévoyez d’y faire. Nommer les risques tôt instaure la confiance.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Ajouter un risque</translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation>Supprimer le risque</translation>
    </message>
    <message>
        <source>Move risk</source>
        <translation>Déplacer le risque</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>Modifier le risque</translation>
    </message>
    <message>
        <source>No risks listed yet. What could go wrong?</source>
        <translation>Aucun risque pour l’instant. Qu’est-ce qui pourrait mal tourner&#x202f;?</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Ajouter une ligne (Inser)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Supprimer les lignes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No keyring is available on this computer (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager), so the secret of “{name}” is kept only until Brief Studio closes, and asked for again next time.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur (GNOME Keyring, KWallet, Trousseau d’accès macOS ou Gestionnaire d’identification Windows)&#x202f;: le secret de «&#x202f;{name}&#x202f;» n’est donc conservé que jusqu’à la fermeture de Brief Studio, et vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>The secret (password or key) of “{name}” is needed to send. Enter it again.</source>
        <translation>Le secret (mot de passe ou clé) de «&#x202f;{name}&#x202f;» est nécessaire pour l’envoi. Saisissez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Bientôt</translation>
    </message>
    <message>
        <source>coming soon</source>
        <translation>bientôt disponible</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>tout est renseigné</translation>
    </message>
    <message>
        <source>{done} of {total} filled in</source>
        <translation>avancement&#x202f;: {done} sur {total}</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} avertissements</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoi</translation>
    </message>
</context>
<context>
    <name>Takes</name>
    <message>
        <source>Cannot trim to {start:.2f}–{end:.2f} s: the take is {duration:.2f} s long.</source>
        <translation>Impossible de couper à {start:.2f}–{end:.2f}&#xa0;s&#x202f;: la prise ne dure que {duration:.2f}&#xa0;s.</translation>
    </message>
    <message>
        <source>{at:.2f} s is outside the take, which is {duration:.2f} s long.</source>
        <translation>La position {at:.2f}&#xa0;s est en dehors de la prise, qui dure {duration:.2f}&#xa0;s.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Blank brief</source>
        <translation>Brief vierge</translation>
    </message>
    <message>
        <source>Software project</source>
        <translation>Projet logiciel</translation>
    </message>
    <message>
        <source>Design work</source>
        <translation>Projet de design</translation>
    </message>
    <message>
        <source>Data / NLP study</source>
        <translation>Étude de données / NLP</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>no dates yet: give a due date or a duration</source>
        <translation>pas encore de dates&#x202f;: indiquez une échéance ou une durée</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The brief has no title. Give it a short, clear title.</source>
        <translation>Le brief n’a pas de titre. Donnez-lui un titre court et clair.</translation>
    </message>
    <message>
        <source>The deadline ({deadline}) is before the start ({start}). Move one of them.</source>
        <translation>La date limite ({deadline}) est antérieure au début ({start}). Déplacez l’une des deux.</translation>
    </message>
    <message>
        <source>These milestones depend on each other in a circle: {names}. Remove one dependency.</source>
        <translation>Ces jalons dépendent les uns des autres en boucle&#x202f;: {names}. Supprimez une des dépendances.</translation>
    </message>
    <message>
        <source>Milestone {number} has no title.</source>
        <translation>Le jalon {number} n’a pas de titre.</translation>
    </message>
    <message>
        <source>{name}: the duration is negative. Enter a number of days of 0 or more.</source>
        <translation>{name}&#x202f;: la durée est négative. Saisissez un nombre de jours supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>{name} ends {end}, before the project starts ({start}). Move its due date.</source>
        <translation>{name} se termine le {end}, avant le début du projet ({start}). Déplacez son échéance.</translation>
    </message>
    <message>
        <source>{name} ends {end}, after the deadline ({deadline}). Shorten it or move the deadline.</source>
        <translation>{name} se termine le {end}, après la date limite ({deadline}). Raccourcissez-le ou repoussez la date limite.</translation>
    </message>
    <message>
        <source>{name} depends on a milestone that no longer exists. Remove the dependency.</source>
        <translation>{name} dépend d’un jalon qui n’existe plus. Supprimez cette dépendance.</translation>
    </message>
    <message>
        <source>{name} is due {due} but depends on {other}, which ends later ({other_end}).</source>
        <translation>{name} est prévu pour le {due}, mais dépend de {other}, qui se termine plus tard ({other_end}).</translation>
    </message>
    <message>
        <source>{what} is not a number. Enter an amount like 1200.50.</source>
        <translation>{what} n’est pas un nombre. Saisissez un montant comme 1200,50.</translation>
    </message>
    <message>
        <source>{what} is negative. Enter 0 or more.</source>
        <translation>{what} a une valeur négative. Saisissez 0 ou plus.</translation>
    </message>
    <message>
        <source>{what} is too large or has too many decimals. Use at most 15 digits and 6 decimals.</source>
        <translation>{what} comporte trop de chiffres. Utilisez au plus 15 chiffres avant la virgule et 6 après.</translation>
    </message>
    <message>
        <source>“{code}” is not an ISO 4217 currency code. Use one like EUR, USD or GBP.</source>
        <translation>«&#x202f;{code}&#x202f;» n’est pas un code de devise ISO 4217. Utilisez par exemple EUR, USD ou GBP.</translation>
    </message>
    <message>
        <source>The budget minimum is above the maximum. Swap them or correct one.</source>
        <translation>Le budget minimum est supérieur au budget maximum. Inversez-les ou corrigez l’un des deux.</translation>
    </message>
    <message>
        <source>The estimate ({total}) is below the budget range (minimum {low}). Check that nothing is missing.</source>
        <translation>L’estimation ({total}) est inférieure à la fourchette budgétaire (minimum {low}). Vérifiez que rien ne manque.</translation>
    </message>
    <message>
        <source>The estimate ({total}) is above the budget range (maximum {high}). Cut scope or raise the budget.</source>
        <translation>L’estimation ({total}) dépasse la fourchette budgétaire (maximum {high}). Réduisez le périmètre ou augmentez le budget.</translation>
    </message>
    <message>
        <source>Payment {number} is tied to a milestone that no longer exists. Pick another.</source>
        <translation>Le paiement {number} est lié à un jalon qui n’existe plus. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The payment schedule adds up to {percent} % of the total, not 100 %. Adjust the shares.</source>
        <translation>Les paiements de l’échéancier représentent {percent}&#x202f;% du total, et non 100&#x202f;%. Ajustez les parts.</translation>
    </message>
    <message>
        <source>Deliverable {number} has no title.</source>
        <translation>Le livrable {number} n’a pas de titre.</translation>
    </message>
    <message>
        <source>{name} has no acceptance criteria. Say how you will check it is done.</source>
        <translation>{name} n’a aucun critère d’acceptation. Indiquez comment vous vérifierez qu’il est terminé.</translation>
    </message>
    <message>
        <source>Line {number}: the quantity</source>
        <translation>Ligne {number}&#x202f;: la quantité</translation>
    </message>
    <message>
        <source>Line {number}: the unit price</source>
        <translation>Ligne {number}&#x202f;: le prix unitaire</translation>
    </message>
    <message>
        <source>The contingency</source>
        <translation>La marge pour imprévus</translation>
    </message>
    <message>
        <source>The budget minimum</source>
        <translation>Le budget minimum</translation>
    </message>
    <message>
        <source>The budget maximum</source>
        <translation>Le budget maximum</translation>
    </message>
    <message>
        <source>Payment {number}: the share</source>
        <translation>Paiement {number}&#x202f;: la part</translation>
    </message>
    <message>
        <source>Milestone {number}</source>
        <translation>Jalon {number}</translation>
    </message>
    <message>
        <source>Deliverable {number}</source>
        <translation>Livrable {number}</translation>
    </message>
</context>
<context>
    <name>ValueEdits</name>
    <message>
        <source>“{text}” has too many digits: at most 15 before the decimal separator and 6 after.</source>
        <translation>«&#x202f;{text}&#x202f;» comporte trop de chiffres&#x202f;: 15 au plus avant la virgule et 6 après.</translation>
    </message>
    <message>
        <source>“{text}” is not a number. Enter an amount like {example}.</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas un nombre. Saisissez un montant comme {example}.</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>Définir une date</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
</context>
</TS>
