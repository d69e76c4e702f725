<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddressBookDialog</name>
    <message>
        <source>Address Book</source>
        <translation>Carnet d’adresses</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>No&amp;uveau</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>Supprimer {name}&#x202f;?</translation>
    </message>
    <message>
        <source>{name} will be removed from the address book. What was already sent to them stays listed, with their links.</source>
        <translation>Le contact {name} sera supprimé du carnet d’adresses. Ce qui lui a déjà été envoyé reste listé, avec ses liens.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
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
    <name>Brief file</name>
    <message>
        <source>Invalid brief at {field}: {problem}</source>
        <translation>Brief non valide, au champ {field}&#x202f;: {problem}</translation>
    </message>
    <message>
        <source>Invalid brief at (document): {problem}</source>
        <translation>Brief non valide&#x202f;: {problem}</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column}: {detail})</source>
        <translation>ce n’est pas du JSON valide (ligne {line}, colonne {column}&#x202f;: {detail})</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>ce n’est pas du texte UTF-8 (octet {byte})</translation>
    </message>
    <message>
        <source>written by a newer Brief Studio (brief format {version}); update Brief Studio to open it</source>
        <translation>écrit par une version plus récente de Brief Studio (format de brief {version})&#x202f;; mettez Brief Studio à jour pour l’ouvrir</translation>
    </message>
    <message>
        <source>the time has no time zone (add Z or +01:00)</source>
        <translation>l’heure n’a pas de fuseau horaire (ajoutez Z ou +01:00)</translation>
    </message>
    <message>
        <source>{value} is not a date that exists ({detail})</source>
        <translation>{value} n’est pas une date qui existe ({detail})</translation>
    </message>
    <message>
        <source>{value} is not a date and time that exists ({detail})</source>
        <translation>{value} n’est pas une date et une heure qui existent ({detail})</translation>
    </message>
    <message>
        <source>the required field {name} is missing; add it</source>
        <translation>le champ obligatoire {name} manque&#x202f;; ajoutez-le</translation>
    </message>
    <message>
        <source>the required fields {names} are missing; add them</source>
        <translation>les champs obligatoires {names} manquent&#x202f;; ajoutez-les</translation>
    </message>
    <message>
        <source>the field {name} is unknown here; remove it or correct its name</source>
        <translation>le champ {name} est inconnu ici&#x202f;; supprimez-le ou corrigez son nom</translation>
    </message>
    <message>
        <source>the fields {names} are unknown here; remove them or correct their names</source>
        <translation>les champs {names} sont inconnus ici&#x202f;; supprimez-les ou corrigez leur nom</translation>
    </message>
    <message>
        <source>this should be {expected}, not {found}</source>
        <translation>il faut ici {expected}, pas {found}</translation>
    </message>
    <message>
        <source>this should be {expected}, or null to leave it empty</source>
        <translation>il faut ici {expected}, ou null pour laisser vide</translation>
    </message>
    <message>
        <source>{value} is not one of the allowed values: {allowed}</source>
        <translation>{value} ne fait pas partie des valeurs permises&#x202f;: {allowed}</translation>
    </message>
    <message>
        <source>this must be {expected}, not {value}</source>
        <translation>la valeur doit être {expected}, pas {value}</translation>
    </message>
    <message>
        <source>{value} is not {meaning}</source>
        <translation>{value} n’est pas {meaning}</translation>
    </message>
    <message>
        <source>{value} is too small: the smallest allowed is {limit}</source>
        <translation>{value} est trop petit&#x202f;: le minimum permis est {limit}</translation>
    </message>
    <message>
        <source>{value} is too large: the largest allowed is {limit}</source>
        <translation>{value} est trop grand&#x202f;: le maximum permis est {limit}</translation>
    </message>
    <message>
        <source>this must not be empty; write something here</source>
        <translation>ce texte ne doit pas être vide&#x202f;; écrivez-y quelque chose</translation>
    </message>
    <message>
        <source>this text is too short: it needs at least {limit} characters</source>
        <translation>ce texte est trop court&#x202f;: il lui faut au moins {limit} caractères</translation>
    </message>
    <message>
        <source>this text is {length} characters long, more than the {limit} allowed; shorten it</source>
        <translation>ce texte fait {length} caractères, au-delà des {limit} permis&#x202f;; raccourcissez-le</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;</source>
        <translation>«&#x202f;{text}&#x202f;»</translation>
    </message>
    <message>
        <source>an object in braces { }</source>
        <translation>un objet entre accolades { }</translation>
    </message>
    <message>
        <source>a list in brackets [ ]</source>
        <translation>une liste entre crochets [ ]</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>du texte entre guillemets</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a number with decimals</source>
        <translation>un nombre décimal</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number like 1200.50 (a dot for decimals, no currency sign)</source>
        <translation>un nombre comme 1200.50 (un point pour les décimales, sans symbole monétaire)</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD, like 2026-03-31</source>
        <translation>une date écrite AAAA-MM-JJ, comme 2026-03-31</translation>
    </message>
    <message>
        <source>a date and time like 2026-03-31T14:00:00+00:00</source>
        <translation>une date et une heure comme 2026-03-31T14:00:00+00:00</translation>
    </message>
    <message>
        <source>an id of 32 lowercase hex characters</source>
        <translation>un identifiant de 32 caractères hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>a language code like en, fr or pt-BR</source>
        <translation>un code de langue comme en, fr ou pt-BR</translation>
    </message>
    <message>
        <source>a currency code of 3 capital letters, like EUR</source>
        <translation>un code de devise de 3 lettres majuscules, comme EUR</translation>
    </message>
    <message>
        <source>a SHA-256 checksum of 64 lowercase hex characters</source>
        <translation>une somme de contrôle SHA-256 de 64 caractères hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>un nom de champ entre guillemets doubles est attendu</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>le séparateur «&#x202f;:&#x202f;» est attendu</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>une virgule est attendue</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>un texte commence ici sans guillemet fermant</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>caractère de contrôle (saut de ligne, tabulation…) interdit dans un texte</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>du contenu suit la fin du document</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>virgule en trop avant la fin de l’objet</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>virgule en trop avant la fin de la liste</translation>
    </message>
    <message>
        <source>Invalid control character {character} at</source>
        <translation>caractère de contrôle {character} interdit dans un texte</translation>
    </message>
    <message>
        <source>day is out of range for month</source>
        <translation>ce jour n’existe pas dans ce mois</translation>
    </message>
    <message>
        <source>month must be in 1..12</source>
        <translation>le mois doit être entre 1 et 12</translation>
    </message>
    <message>
        <source>hour must be in 0..23</source>
        <translation>l’heure doit être entre 0 et 23</translation>
    </message>
    <message>
        <source>minute must be in 0..59</source>
        <translation>les minutes doivent être entre 0 et 59</translation>
    </message>
    <message>
        <source>second must be in 0..59</source>
        <translation>les secondes doivent être entre 0 et 59</translation>
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
        <translation>Import impossible</translation>
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
        <translation>Export impossible</translation>
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
        <source>{name} is damaged: {entry} cannot be read (its sizes disagree). Ask for the file again.</source>
        <translation>{name} est endommagé&#x202f;: impossible de lire {entry} (ses tailles ne concordent pas). Demandez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>{name} is not a valid brief bundle: manifest.json is not valid JSON ({detail}).</source>
        <translation>{name} n’est pas un paquet de brief valide&#x202f;: manifest.json n’est pas du JSON valide ({detail}).</translation>
    </message>
    <message>
        <source>{name} is not a valid brief bundle: manifest.json does not say it is a {format}.</source>
        <translation>{name} n’est pas un paquet de brief valide&#x202f;: manifest.json n’indique pas qu’il s’agit d’un {format}.</translation>
    </message>
    <message>
        <source>{name} is not a valid brief bundle: manifest.json is invalid: {detail}.</source>
        <translation>{name} n’est pas un paquet de brief valide&#x202f;: manifest.json n’est pas valide ({detail}).</translation>
    </message>
    <message>
        <source>{name} is not a valid brief bundle: manifest.json is invalid at {field}: {detail}.</source>
        <translation>{name} n’est pas un paquet de brief valide&#x202f;: manifest.json n’est pas valide au champ {field} ({detail}).</translation>
    </message>
    <message>
        <source>{name} is not a valid brief bundle: manifest.json lists {entry} more than once.</source>
        <translation>{name} n’est pas un paquet de brief valide&#x202f;: manifest.json répertorie {entry} plus d’une fois.</translation>
    </message>
    <message>
        <source>{name} is not a valid brief bundle: manifest.json names brief {listed}, but brief.json holds {found}.</source>
        <translation>{name} n’est pas un paquet de brief valide&#x202f;: manifest.json désigne le brief {listed}, mais brief.json contient {found}.</translation>
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
        <source>has no name</source>
        <translation>n’a pas de nom</translation>
    </message>
    <message>
        <source>has a name that is too long</source>
        <translation>a un nom trop long</translation>
    </message>
    <message>
        <source>has control characters in its name</source>
        <translation>contient des caractères de contrôle dans son nom</translation>
    </message>
    <message>
        <source>uses backslashes (a Windows path)</source>
        <translation>utilise des barres obliques inverses (un chemin Windows)</translation>
    </message>
    <message>
        <source>is an absolute path</source>
        <translation>est un chemin absolu</translation>
    </message>
    <message>
        <source>names a drive</source>
        <translation>désigne un lecteur</translation>
    </message>
    <message>
        <source>points outside the bundle (..)</source>
        <translation>pointe hors du paquet (..)</translation>
    </message>
    <message>
        <source>has an empty or &apos;.&apos; path part</source>
        <translation>a une partie de chemin vide ou «&#x202f;.&#x202f;»</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>apparaît deux fois</translation>
    </message>
    <message>
        <source>is a symbolic link</source>
        <translation>est un lien symbolique</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is encrypted</source>
        <translation>est chiffrée</translation>
    </message>
    <message>
        <source>uses a compression Brief Studio does not read</source>
        <translation>utilise une compression que Brief Studio ne sait pas lire</translation>
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
        <source>{name} was refused: the whole bundle would expand to {size}, more than the {limit} allowed.</source>
        <translation>{name} a été refusé&#x202f;: une fois décompressé, le paquet entier occuperait {size}, au-delà des {limit} autorisés.</translation>
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
        <source>{name} holds an invalid brief.json, at {field}: {detail}</source>
        <translation>{name} contient un brief.json non valide, au champ {field}&#x202f;: {detail}</translation>
    </message>
    <message>
        <source>{name} holds an invalid brief.json: it is not UTF-8 text.</source>
        <translation>{name} contient un brief.json non valide&#x202f;: ce n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>{name} holds an invalid brief.json: it lists one file as two attachments.</source>
        <translation>{name} contient un brief.json non valide&#x202f;: il déclare un même fichier comme deux pièces jointes.</translation>
    </message>
    <message>
        <source>{name} holds an invalid brief.json: the attachment {entry} is not in the attachments folder.</source>
        <translation>{name} contient un brief.json non valide&#x202f;: la pièce jointe {entry} n’est pas dans le dossier des pièces jointes.</translation>
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
        <source>This brief has no recording yet. Record a take first, or export without the video (--no-video).</source>
        <translation>Ce brief n’a pas encore d’enregistrement. Enregistrez d’abord une prise, ou exportez sans la vidéo (--no-video).</translation>
    </message>
    <message>
        <source>The recording of “{title}” is missing from the library ({path}).</source>
        <translation>L’enregistrement de «&#x202f;{title}&#x202f;» est introuvable dans la bibliothèque ({path}).</translation>
    </message>
    <message>
        <source>The recording of this brief is missing from the library ({path}).</source>
        <translation>L’enregistrement de ce brief est introuvable dans la bibliothèque ({path}).</translation>
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
        <source>Cannot write {path}: its folder does not exist.</source>
        <translation>Impossible d’écrire {path}&#x202f;: son dossier n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {file} changed while it was being added.</source>
        <translation>Impossible d’écrire {path}&#x202f;: {file} a été modifié pendant son ajout.</translation>
    </message>
    <message>
        <source>OK: {name} holds “{title}”: {count} files, {size}, bundle format {version}; every checksum matches.</source>
        <translation>OK&#x202f;: {name} contient «&#x202f;{title}&#x202f;»&#x202f;: {count} fichiers, {size}, format de paquet {version}&#x202f;; toutes les sommes de contrôle correspondent.</translation>
    </message>
</context>
<context>
    <name>BundleBox</name>
    <message>
        <source>Export Bundle…</source>
        <translation>Exporter le paquet…</translation>
    </message>
    <message>
        <source>Choose Another…</source>
        <translation>Choisir un autre…</translation>
    </message>
    <message>
        <source>Bundle to send</source>
        <translation>Paquet à envoyer</translation>
    </message>
    <message>
        <source>Brief bundles (*{suffix})</source>
        <translation>Paquets de brief (*{suffix})</translation>
    </message>
    <message>
        <source>No bundle of this brief yet.</source>
        <translation>Aucun paquet de ce brief pour l’instant.</translation>
    </message>
    <message>
        <source>Export one first: a bundle is the one file freelancers open, with the brief, its video and attachments.</source>
        <translation>Exportez-en d’abord un&#x202f;: un paquet est le fichier unique que les freelances ouvrent, avec le brief, sa vidéo et ses pièces jointes.</translation>
    </message>
    <message>
        <source>Export one first with File › Export Bundle, or choose a bundle file exported earlier.</source>
        <translation>Exportez-en d’abord un via Fichier › Exporter le paquet, ou choisissez un fichier de paquet exporté auparavant.</translation>
    </message>
    <message>
        <source>This file cannot be read any more.</source>
        <translation>Ce fichier n’est plus lisible.</translation>
    </message>
    <message>
        <source>{size}, exported {when}</source>
        <translation>{size}, exporté le {when}</translation>
    </message>
</context>
<context>
    <name>BundleCommands</name>
    <message>
        <source>Verify a bundle</source>
        <translation>Vérifier un paquet</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Bundle exported to {file}</source>
        <translation>Paquet exporté vers {file}</translation>
    </message>
    <message>
        <source>Untitled brief</source>
        <translation>Brief sans titre</translation>
    </message>
    <message>
        <source>Imported “{title}”.</source>
        <translation>«&#x202f;{title}&#x202f;» a été importé.</translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <source>Untitled brief</source>
        <translation>Brief sans titre</translation>
    </message>
    <message>
        <source>Already in your library</source>
        <translation>Déjà dans votre bibliothèque</translation>
    </message>
    <message>
        <source>“{title}” is already in your library. Import the bundle as a copy to keep both: the copy is a new brief, and the one you have stays as it is.</source>
        <translation>«&#x202f;{title}&#x202f;» est déjà dans votre bibliothèque. Importez le paquet comme copie pour conserver les deux&#x202f;: la copie est un nouveau brief, et le vôtre reste inchangé.</translation>
    </message>
    <message>
        <source>Import as a Copy</source>
        <translation>Importer comme copie</translation>
    </message>
    <message>
        <source>Checking every file, then adding the brief, its video and its files…</source>
        <translation>Vérification de chaque fichier, puis ajout du brief, de sa vidéo et de ses fichiers…</translation>
    </message>
    <message>
        <source>Cannot import {name}</source>
        <translation>Impossible d’importer {name}</translation>
    </message>
</context>
<context>
    <name>BundleTexts</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}: {detail}). The log file has the details.</source>
        <translation>Une erreur s’est produite ({kind}&#x202f;: {detail}). Le fichier journal contient les détails.</translation>
    </message>
    <message>
        <source>Brief bundles (*.brief.zip);;All files (*)</source>
        <translation>Paquets de brief (*.brief.zip);;Tous les fichiers (*)</translation>
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
        <source>No microphone found. Connect one, or pick another device in Settings.</source>
        <translation>Aucun micro trouvé. Branchez-en un ou choisissez un autre périphérique dans les Paramètres.</translation>
    </message>
    <message>
        <source>No microphone found at index {index}. Connect one, or pick another device in Settings.</source>
        <translation>Aucun micro trouvé à l’index {index}. Branchez-en un ou choisissez un autre périphérique dans les Paramètres.</translation>
    </message>
    <message>
        <source>No microphone found named “{name}”. Connect one, or pick another device in Settings.</source>
        <translation>Aucun micro trouvé sous le nom «&#x202f;{name}&#x202f;». Branchez-en un ou choisissez un autre périphérique dans les Paramètres.</translation>
    </message>
    <message>
        <source>The microphone “{microphone}” cannot be opened: {detail}. Pick another device in Settings, or close programs that may hold it.</source>
        <translation>Impossible d’ouvrir le micro «&#x202f;{microphone}&#x202f;»&#x202f;: {detail}. Choisissez un autre périphérique dans les Paramètres, ou fermez les programmes qui pourraient l’utiliser.</translation>
    </message>
    <message>
        <source>The default microphone cannot be opened: {detail}. Pick another device in Settings, or close programs that may hold it.</source>
        <translation>Impossible d’ouvrir le micro par défaut&#x202f;: {detail}. Choisissez un autre périphérique dans les Paramètres, ou fermez les programmes qui pourraient l’utiliser.</translation>
    </message>
    <message>
        <source>The microphone “{microphone}” opened but sent no sound. Pick another device in Settings, or close programs that may hold it.</source>
        <translation>Le micro «&#x202f;{microphone}&#x202f;» s’est ouvert mais n’envoie aucun son. Choisissez un autre périphérique dans les Paramètres, ou fermez les programmes qui pourraient l’utiliser.</translation>
    </message>
    <message>
        <source>The default microphone opened but sent no sound. Pick another device in Settings, or close programs that may hold it.</source>
        <translation>Le micro par défaut s’est ouvert mais n’envoie aucun son. Choisissez un autre périphérique dans les Paramètres, ou fermez les programmes qui pourraient l’utiliser.</translation>
    </message>
    <message>
        <source>The microphone “{microphone}” stopped sending sound (unplugged?). The recording was stopped and what was recorded until then is kept.</source>
        <translation>Le micro «&#x202f;{microphone}&#x202f;» n’envoie plus de son (débranché&#x202f;?). L’enregistrement a été arrêté&#x202f;; ce qui avait été enregistré jusque-là est conservé.</translation>
    </message>
    <message>
        <source>The default microphone stopped sending sound (unplugged?). The recording was stopped and what was recorded until then is kept.</source>
        <translation>Le micro par défaut n’envoie plus de son (débranché&#x202f;?). L’enregistrement a été arrêté&#x202f;; ce qui avait été enregistré jusque-là est conservé.</translation>
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
        <source>The video encoder (ffmpeg) could not be started: {detail}. Check the ffmpeg set in Settings.</source>
        <translation>Impossible de démarrer l’encodeur vidéo (ffmpeg)&#x202f;: {detail}. Vérifiez le ffmpeg indiqué dans les Paramètres.</translation>
    </message>
    <message>
        <source>The video encoder (ffmpeg) did not open its audio input ({detail}). What was recorded until then is kept.</source>
        <translation>L’encodeur vidéo (ffmpeg) n’a pas ouvert son entrée audio ({detail}). Ce qui avait été enregistré jusque-là est conservé.</translation>
    </message>
    <message>
        <source>The video encoder (ffmpeg) stopped taking the pictures ({detail}). What was recorded until then is kept.</source>
        <translation>L’encodeur vidéo (ffmpeg) a cessé de recevoir les images ({detail}). Ce qui avait été enregistré jusque-là est conservé.</translation>
    </message>
    <message>
        <source>The video encoder (ffmpeg) stopped taking the sound ({detail}). What was recorded until then is kept.</source>
        <translation>L’encodeur vidéo (ffmpeg) a cessé de recevoir le son ({detail}). Ce qui avait été enregistré jusque-là est conservé.</translation>
    </message>
    <message>
        <source>The video encoder (ffmpeg) did not finish writing the file in time. What was recorded until then is kept.</source>
        <translation>L’encodeur vidéo (ffmpeg) n’a pas fini d’écrire le fichier à temps. Ce qui avait été enregistré jusque-là est conservé.</translation>
    </message>
    <message>
        <source>The video encoder (ffmpeg) stopped with exit status {code}. What was recorded until then is kept.</source>
        <translation>L’encodeur vidéo (ffmpeg) s’est arrêté avec le code de sortie {code}. Ce qui avait été enregistré jusque-là est conservé.</translation>
    </message>
    <message>
        <source>The video encoder (ffmpeg) stopped unexpectedly. What was recorded until then is kept.</source>
        <translation>L’encodeur vidéo (ffmpeg) s’est arrêté de manière inattendue. Ce qui avait été enregistré jusque-là est conservé.</translation>
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
        <source>Cannot start recording: {state}.</source>
        <translation>Impossible de démarrer l’enregistrement&#x202f;: {state}.</translation>
    </message>
    <message>
        <source>Cannot pause: {state}.</source>
        <translation>Impossible de mettre en pause&#x202f;: {state}.</translation>
    </message>
    <message>
        <source>Cannot resume: {state}.</source>
        <translation>Impossible de reprendre&#x202f;: {state}.</translation>
    </message>
    <message>
        <source>Cannot start a chapter: {state}.</source>
        <translation>Impossible de commencer un chapitre&#x202f;: {state}.</translation>
    </message>
    <message>
        <source>Cannot stop: {state}.</source>
        <translation>Impossible d’arrêter&#x202f;: {state}.</translation>
    </message>
    <message>
        <source>the camera and microphone are not open</source>
        <translation>la caméra et le micro ne sont pas ouverts</translation>
    </message>
    <message>
        <source>nothing is being recorded</source>
        <translation>rien n’est en cours d’enregistrement</translation>
    </message>
    <message>
        <source>a take is being recorded</source>
        <translation>une prise est en cours d’enregistrement</translation>
    </message>
    <message>
        <source>the take is paused</source>
        <translation>la prise est en pause</translation>
    </message>
    <message>
        <source>the take is being saved</source>
        <translation>la prise est en cours de sauvegarde</translation>
    </message>
    <message>
        <source>The encoder is falling behind ({lag} s). Close other programs or record at 720p.</source>
        <translation>L’encodeur prend du retard ({lag}&#xa0;s). Fermez d’autres programmes ou enregistrez en 720p.</translation>
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
        <translation>Jalon</translation>
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
        <translation>Retirer des lignes de coût</translation>
    </message>
    <message>
        <source>Move cost line</source>
        <translation>Déplacer la ligne de coût</translation>
    </message>
    <message>
        <source>Remove payments</source>
        <translation>Retirer des paiements</translation>
    </message>
    <message>
        <source>Move payment</source>
        <translation>Déplacer le paiement</translation>
    </message>
    <message>
        <source>Sum: {sum} of {whole}</source>
        <translation>Somme des parts&#x202f;: {sum} sur {whole}</translation>
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
        <source>The copy in {path} has {found} bytes instead of {expected}; it was removed.</source>
        <translation>La copie dans {path} fait {found} octets au lieu de {expected}&#x202f;; elle a été supprimée.</translation>
    </message>
    <message>
        <source>The copy in {path} does not match the bundle (its checksum differs); it was removed.</source>
        <translation>La copie dans {path} ne correspond pas au paquet (sa somme de contrôle diffère)&#x202f;; elle a été supprimée.</translation>
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
        <source>This computer&apos;s clock is off by more than {minutes} minutes from the storage&apos;s, so it refuses signed requests. Set the clock automatically (NTP) and try again.</source>
        <translation>L’horloge de cet ordinateur est décalée de plus de {minutes} minutes par rapport à celle du stockage, qui refuse donc les requêtes signées. Réglez l’horloge automatiquement (NTP) et réessayez.</translation>
    </message>
    <message>
        <source>No access key is set for the storage at {endpoint}. Enter the access key id and the secret key.</source>
        <translation>Aucune clé d’accès n’est définie pour le stockage {endpoint}. Saisissez l’identifiant de la clé d’accès et la clé secrète.</translation>
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
        <source>{host} refused the login of “{user}”: check the user name and password.</source>
        <translation>{host} a refusé la connexion de «&#x202f;{user}&#x202f;»&#x202f;: vérifiez le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>{host} refused the login of “{user}”: check the user name and key.</source>
        <translation>{host} a refusé la connexion de «&#x202f;{user}&#x202f;»&#x202f;: vérifiez le nom d’utilisateur et la clé.</translation>
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
        <source>The key file {path} is protected by a passphrase: set the destination to use a key with a passphrase, and enter it.</source>
        <translation>Le fichier de clé {path} est protégé par une phrase secrète&#x202f;: configurez la destination pour utiliser une clé protégée par une phrase secrète, puis saisissez cette dernière.</translation>
    </message>
    <message>
        <source>{host}:{port} accepted the login but offers no SFTP. Ask its owner to enable SFTP.</source>
        <translation>{host}:{port} a accepté la connexion mais ne propose pas SFTP. Demandez à son propriétaire d’activer SFTP.</translation>
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
    <message>
        <source>The storage received part {number} of the bundle damaged (its checksum differs); the upload was stopped. Try again.</source>
        <translation>Le stockage a reçu la partie {number} du paquet endommagée (sa somme de contrôle diffère)&#x202f;; l’envoi a été interrompu. Réessayez.</translation>
    </message>
    <message>
        <source>The storage holds {key} that does not match the bundle; it was removed.</source>
        <translation>Sur le stockage, {key} ne correspond pas au paquet&#x202f;; le fichier a été supprimé.</translation>
    </message>
</context>
<context>
    <name>DeliveryList</name>
    <message>
        <source>Nothing sent yet. Sent bundles appear here.</source>
        <translation>Rien n’a encore été envoyé. Les paquets envoyés apparaissent ici.</translation>
    </message>
    <message>
        <source>a removed destination</source>
        <translation>une destination supprimée</translation>
    </message>
    <message>
        <source>Another Brief Studio (or a `brief-studio send`) is sending from this library: pause, cancel, retry and revoke there, or once it is done.</source>
        <translation>Une autre instance de Brief Studio (ou une commande `brief-studio send`) envoie depuis cette bibliothèque&#x202f;: suspendez, annulez, relancez ou révoquez depuis celle-ci, ou une fois l’envoi terminé.</translation>
    </message>
    <message>
        <source>{name}&apos;s link is copied.</source>
        <translation>Le lien de {name} a été copié.</translation>
    </message>
    <message>
        <source>The message to {name} is copied.</source>
        <translation>Le message pour {name} a été copié.</translation>
    </message>
    <message>
        <source>No mail program could be opened. Copy the message instead.</source>
        <translation>Impossible d’ouvrir une messagerie. Copiez plutôt le message.</translation>
    </message>
    <message>
        <source>Revoke {name}&apos;s link?</source>
        <translation>Révoquer le lien de {name}&#x202f;?</translation>
    </message>
    <message>
        <source>{name}&apos;s copy of the bundle will be deleted and their link will stop working. The other recipients keep theirs. This cannot be undone; you can send again.</source>
        <translation>La copie du paquet destinée à {name} sera supprimée et son lien cessera de fonctionner. Les autres destinataires conservent le leur. Cette action est irréversible&#x202f;; vous pourrez renvoyer le brief.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
    <message>
        <source>Could not revoke {name}&apos;s link: {reason}</source>
        <translation>Impossible de révoquer le lien de {name}&#x202f;: {reason}</translation>
    </message>
</context>
<context>
    <name>DeliveryRow</name>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy Message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Copy a ready message with the link, in the recipient&apos;s language</source>
        <translation>Copier un message prêt à envoyer, avec le lien, dans la langue du destinataire</translation>
    </message>
    <message>
        <source>Open this message in your mail program</source>
        <translation>Ouvrir ce message dans votre messagerie</translation>
    </message>
    <message>
        <source>Delete this recipient&apos;s copy: their link stops working</source>
        <translation>Supprimer la copie de ce destinataire&#x202f;: son lien cessera de fonctionner</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>No e-mail address in the address book</source>
        <translation>Aucune adresse e-mail dans le carnet d’adresses</translation>
    </message>
    <message>
        <source>to {destination}</source>
        <translation>vers {destination}</translation>
    </message>
    <message>
        <source>{via} · does not expire</source>
        <translation>{via} · n’expire pas</translation>
    </message>
    <message>
        <source>{via} · link expires {when}</source>
        <translation>{via} · le lien expire le {when}</translation>
    </message>
    <message>
        <source>{via} · revoked {when}</source>
        <translation>{via} · révoqué le {when}</translation>
    </message>
    <message>
        <source>{reason} Next try at {when}.</source>
        <translation>{reason} Nouvel essai le {when}.</translation>
    </message>
    <message>
        <source>{percent} % — {done} of {total}</source>
        <translation>{percent}&#x202f;% — {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>DestinationForm</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clé d’accès</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Se connecter avec</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>Folder on the server</source>
        <translation>Dossier sur le serveur</translation>
    </message>
    <message>
        <source>Web address of that folder</source>
        <translation>Adresse web de ce dossier</translation>
    </message>
    <message>
        <source>A local, synced (Dropbox…) or network folder</source>
        <translation>Un dossier local, synchronisé (Dropbox…) ou réseau</translation>
    </message>
    <message>
        <source>https://… (empty for AWS S3)</source>
        <translation>https://… (vide pour AWS S3)</translation>
    </message>
    <message>
        <source>us-east-1</source>
        <translation>us-east-1</translation>
    </message>
    <message>
        <source>Optional, e.g. briefs/</source>
        <translation>Facultatif, ex.&#x202f;: briefs/</translation>
    </message>
    <message>
        <source>e.g. files.example.com</source>
        <translation>ex.&#x202f;: files.example.com</translation>
    </message>
    <message>
        <source>e.g. /var/www/briefs</source>
        <translation>ex.&#x202f;: /var/www/briefs</translation>
    </message>
    <message>
        <source>e.g. https://example.com/briefs</source>
        <translation>ex.&#x202f;: https://example.com/briefs</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Private key with a passphrase</source>
        <translation>Clé privée avec phrase secrète</translation>
    </message>
    <message>
        <source>e.g. Studio bucket</source>
        <translation>ex.&#x202f;: Bucket du studio</translation>
    </message>
    <message>
        <source>Send here unless I pick another</source>
        <translation>Envoyer ici sauf si j’en choisis une autre</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Folder to send to</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clé d’accès secrète</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Trusted host key: {fingerprint}</source>
        <translation>Clé d’hôte approuvée&#x202f;: {fingerprint}</translation>
    </message>
    <message>
        <source>The server&apos;s host key is confirmed on the first connection.</source>
        <translation>La clé d’hôte du serveur est confirmée lors de la première connexion.</translation>
    </message>
    <message>
        <source>Stored in the keyring; type to replace it</source>
        <translation>Enregistré dans le trousseau&#x202f;; saisissez-en un autre pour le remplacer</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>Destinations…</translation>
    </message>
    <message>
        <source>Link expiry</source>
        <translation>Durée de validité des liens</translation>
    </message>
    <message>
        <source>Links &amp;expire after</source>
        <translation>Les liens e&amp;xpirent après</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Connection not tested yet.</source>
        <translation>Connexion pas encore testée.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <source>Each recipient gets their own link. Links on {kind} last {default} days by default and {most} days at most; revoke one to stop it sooner.</source>
        <translation>Chaque destinataire reçoit son propre lien. {kind}&#x202f;: les liens durent {default} jours par défaut et {most} jours au plus&#x202f;; révoquez un lien pour y mettre fin plus tôt.</translation>
    </message>
    <message>
        <source>Each recipient gets their own link on the server&apos;s web address; it does not expire. Revoke it to remove that recipient&apos;s copy.</source>
        <translation>Chaque destinataire reçoit son propre lien sur l’adresse web du serveur&#x202f;; il n’expire pas. Révoquez-le pour supprimer la copie de ce destinataire.</translation>
    </message>
    <message>
        <source>Each recipient gets their own copy in the folder (share it as you usually do, e.g. with your sync app); it does not expire. Revoke it to remove it.</source>
        <translation>Chaque destinataire reçoit sa propre copie dans le dossier (partagez-la comme d’habitude, par exemple avec votre application de synchronisation)&#x202f;; elle n’expire pas. Révoquez-la pour la supprimer.</translation>
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
    <name>DestinationsDialog</name>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>No&amp;uveau</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>No keyring is available on this computer (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager): passwords and keys are kept only until Brief Studio closes, and asked for again next time.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur (GNOME Keyring, KWallet, Trousseau d’accès macOS ou Gestionnaire d’identification Windows)&#x202f;: les mots de passe et les clés ne sont conservés que jusqu’à la fermeture de Brief Studio, et vous seront redemandés la prochaine fois.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>{kind}, default</source>
        <translation>{kind}, par défaut</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <source>A destination needs a name.</source>
        <translation>Une destination doit avoir un nom.</translation>
    </message>
    <message>
        <source>A destination named “{name}” already exists.</source>
        <translation>Une destination nommée «&#x202f;{name}&#x202f;» existe déjà.</translation>
    </message>
    <message>
        <source>Fill in every setting this kind of destination needs.</source>
        <translation>Renseignez tous les paramètres requis pour ce type de destination.</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>Supprimer {name}&#x202f;?</translation>
    </message>
    <message>
        <source>“{name}” and its stored secret will be removed. Links already sent through it keep working, but can no longer be revoked from Brief Studio.</source>
        <translation>«&#x202f;{name}&#x202f;» et son secret enregistré seront supprimés. Les liens déjà envoyés par cette destination continuent de fonctionner, mais ne pourront plus être révoqués depuis Brief Studio.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
</context>
<context>
    <name>DeviceBar</name>
    <message>
        <source>A camera of this computer, or type its number, a stream URL or a video file</source>
        <translation>Une caméra de cet ordinateur&#x202f;; vous pouvez aussi saisir son numéro, l’URL d’un flux ou un fichier vidéo</translation>
    </message>
    <message>
        <source>Default camera</source>
        <translation>Caméra par défaut</translation>
    </message>
    <message>
        <source>{fps:g} fps</source>
        <translation>{fps:g} i/s</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Caméra</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>&amp;Micro</translation>
    </message>
    <message>
        <source>&amp;Picture</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Caméra {number}</translation>
    </message>
    <message>
        <source>Default microphone</source>
        <translation>Micro par défaut</translation>
    </message>
</context>
<context>
    <name>DropHint</name>
    <message>
        <source>Drop the bundle here to import it</source>
        <translation>Déposez le paquet ici pour l’importer</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <source>Untitled brief</source>
        <translation>Brief sans titre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Exporting “{title}”</source>
        <translation>Export de «&#x202f;{title}&#x202f;»</translation>
    </message>
    <message>
        <source>Export the bundle</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#x202f;?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} existe déjà dans {folder}. Le remplacer&#x202f;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Writing the video, the documents and the attachments…</source>
        <translation>Écriture de la vidéo, des documents et des pièces jointes…</translation>
    </message>
    <message>
        <source>To {path}</source>
        <translation>Vers {path}</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Export annulé. Aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>ExportDonePage</name>
    <message>
        <source>The bundle is ready</source>
        <translation>Le paquet est prêt</translation>
    </message>
    <message>
        <source>Send this one file to the freelancers: they unzip it and open index.html in any browser, or print brief.pdf.</source>
        <translation>Envoyez ce seul fichier aux freelances&#x202f;: ils le décompressent et ouvrent index.html dans n’importe quel navigateur, ou impriment brief.pdf.</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Read the bundle back and check every file against its manifest</source>
        <translation>Relire le paquet et vérifier chaque fichier par rapport à son manifeste</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>In {folder}</source>
        <translation>Dans {folder}</translation>
    </message>
</context>
<context>
    <name>ExportOptionsPage</name>
    <message>
        <source>Export “{title}”</source>
        <translation>Exporter «&#x202f;{title}&#x202f;»</translation>
    </message>
    <message>
        <source>A bundle is one file a freelancer opens with nothing installed: the video walkthrough with its chapters, a printable PDF of the brief, an offline viewer and the attached files.</source>
        <translation>Un paquet est un fichier unique qu’un freelance ouvre sans rien installer&#x202f;: la vidéo de présentation avec ses chapitres, un PDF imprimable du brief, une visionneuse hors ligne et les pièces jointes.</translation>
    </message>
    <message>
        <source>Include the video walkthrough</source>
        <translation>Inclure la vidéo de présentation</translation>
    </message>
    <message>
        <source>This brief has no recording yet, so the bundle will hold the written brief and its attachments. Record a take in the Video step to include it.</source>
        <translation>Ce brief n’a pas encore d’enregistrement&#x202f;: le paquet contiendra donc le brief écrit et ses pièces jointes. Enregistrez une prise à l’étape Vidéo pour l’inclure.</translation>
    </message>
    <message>
        <source>Video quality</source>
        <translation>Qualité vidéo</translation>
    </message>
    <message>
        <source>Video &amp;quality:</source>
        <translation>&amp;Qualité vidéo&#x202f;:</translation>
    </message>
    <message>
        <source>Estimated size:</source>
        <translation>Taille estimée&#x202f;:</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>environ {size}</translation>
    </message>
    <message>
        <source>The recording goes in as it is: the export takes seconds.</source>
        <translation>L’enregistrement est repris tel quel&#x202f;: l’export ne prend que quelques secondes.</translation>
    </message>
    <message>
        <source>The recording is repackaged without re-encoding: it is quick.</source>
        <translation>L’enregistrement est réempaqueté sans réencodage&#x202f;: c’est rapide.</translation>
    </message>
    <message>
        <source>The video is encoded again: the export may take a while.</source>
        <translation>La vidéo est réencodée&#x202f;: l’export peut prendre un moment.</translation>
    </message>
    <message>
        <source>Aimed at {limit}, what most e-mail services accept.</source>
        <translation>Objectif&#x202f;: {limit} au plus, la limite de la plupart des messageries.</translation>
    </message>
    <message>
        <source>More than most e-mail services accept ({limit}): send it with a link, or choose “{small}”.</source>
        <translation>Dépasse la limite de la plupart des messageries ({limit})&#x202f;: envoyez-le via un lien, ou choisissez «&#x202f;{small}&#x202f;».</translation>
    </message>
    <message>
        <source>More than most e-mail services accept ({limit}): send it with a link.</source>
        <translation>Dépasse la limite de la plupart des messageries ({limit})&#x202f;: envoyez-le via un lien.</translation>
    </message>
</context>
<context>
    <name>HealthStrip</name>
    <message>
        <source>{fps} fps of {asked}</source>
        <translation>{fps}&#xa0;i/s sur {asked}</translation>
    </message>
    <message>
        <source>Dropped {dropped} · duplicated {duplicated}</source>
        <translation>Perdues&#x202f;: {dropped} · dupliquées&#x202f;: {duplicated}</translation>
    </message>
    <message>
        <source>Audio overruns {n}</source>
        <translation>Débordements audio&#x202f;: {n}</translation>
    </message>
    <message>
        <source>Encoder lag {lag} s</source>
        <translation>Retard de l’encodeur&#x202f;: {lag}&#xa0;s</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>Libre&#x202f;: {free}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Import de {name}</translation>
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
        <translation>Retirer la ressource</translation>
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
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du micro</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Saturation</translation>
    </message>
    <message>
        <source>Lights up when the sound is too loud and distorts</source>
        <translation>S’allume quand le son est trop fort et sature</translation>
    </message>
    <message>
        <source>{level:.0f} dBFS</source>
        <translation>{level:.0f} dBFS</translation>
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
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
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
        <source>Showing the {count} best matches. Type more words to narrow the search.</source>
        <translation>Affichage des {count} meilleurs résultats. Saisissez d’autres mots pour affiner la recherche.</translation>
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
        <source>New from Tem&amp;plate</source>
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
        <source>I&amp;mport Bundle…</source>
        <translation>Importer un &amp;paquet…</translation>
    </message>
    <message>
        <source>Export &amp;Bundle…</source>
        <translation>E&amp;xporter le paquet…</translation>
    </message>
    <message>
        <source>&amp;Verify Bundle…</source>
        <translation>&amp;Vérifier un paquet…</translation>
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
        <source>&amp;Recipients…</source>
        <translation>&amp;Destinataires…</translation>
    </message>
    <message>
        <source>&amp;Destinations…</source>
        <translation>Des&amp;tinations…</translation>
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
    <name>Media</name>
    <message>
        <source>ffmpeg was not found. Install it (Debian/Ubuntu: sudo apt install ffmpeg; macOS: brew install ffmpeg) or set its path in Settings.</source>
        <translation>ffmpeg est introuvable. Installez-le (Debian/Ubuntu&#x202f;: sudo apt install ffmpeg&#x202f;; macOS&#x202f;: brew install ffmpeg) ou indiquez son chemin dans les Paramètres.</translation>
    </message>
    <message>
        <source>ffmpeg was not found. Install it (Debian/Ubuntu: sudo apt install ffmpeg; macOS: brew install ffmpeg) or set its path in Settings. ({detail})</source>
        <translation>ffmpeg est introuvable. Installez-le (Debian/Ubuntu&#x202f;: sudo apt install ffmpeg&#x202f;; macOS&#x202f;: brew install ffmpeg) ou indiquez son chemin dans les Paramètres. ({detail})</translation>
    </message>
    <message>
        <source>The ffmpeg set in Settings, {path}, is not an executable file. Install ffmpeg (Debian/Ubuntu: sudo apt install ffmpeg; macOS: brew install ffmpeg) or correct its path in Settings.</source>
        <translation>Le ffmpeg indiqué dans les Paramètres, {path}, n’est pas un fichier exécutable. Installez ffmpeg (Debian/Ubuntu&#x202f;: sudo apt install ffmpeg&#x202f;; macOS&#x202f;: brew install ffmpeg) ou corrigez son chemin dans les Paramètres.</translation>
    </message>
    <message>
        <source>{what} failed: {detail}</source>
        <translation>{what} a échoué&#x202f;: {detail}</translation>
    </message>
    <message>
        <source>{what} failed: {program} could not be started ({detail}).</source>
        <translation>{what} a échoué&#x202f;: impossible de lancer {program} ({detail}).</translation>
    </message>
    <message>
        <source>{what} failed: ffmpeg stopped with exit status {code}.</source>
        <translation>{what} a échoué&#x202f;: ffmpeg s’est arrêté avec le code de sortie {code}.</translation>
    </message>
    <message>
        <source>Cannot read {name} as a video: {detail}</source>
        <translation>Impossible de lire {name} comme une vidéo&#x202f;: {detail}</translation>
    </message>
    <message>
        <source>Cannot read {name} as a video: the file does not exist.</source>
        <translation>Impossible de lire {name} comme une vidéo&#x202f;: le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot read {name} as a video (ffmpeg gave no reason).</source>
        <translation>Impossible de lire {name} comme une vidéo (ffmpeg n’a donné aucune raison).</translation>
    </message>
    <message>
        <source>Preparing the video</source>
        <translation>La préparation de la vidéo</translation>
    </message>
    <message>
        <source>Saving the recording</source>
        <translation>La sauvegarde de l’enregistrement</translation>
    </message>
    <message>
        <source>Measuring the recording</source>
        <translation>La mesure de la durée de l’enregistrement</translation>
    </message>
    <message>
        <source>Taking the poster frame</source>
        <translation>La capture de la miniature</translation>
    </message>
    <message>
        <source>Trimming the video</source>
        <translation>La découpe de la vidéo</translation>
    </message>
    <message>
        <source>Trimming the video (re-encoding)</source>
        <translation>La découpe de la vidéo (avec réencodage)</translation>
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
        <source>S&amp;ummary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
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
        <translation>Vous pourrez bientôt regrouper ici ce brief, avec sa vidéo et ses pièces jointes, dans un seul fichier que tout le monde peut ouvrir, et l’envoyer à plusieurs freelances, chacun avec son propre lien. En attendant, vous pouvez exporter le brief en JSON depuis le menu Fichier.</translation>
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
        <translation>Retirer des jalons</translation>
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
    <name>Prompts</name>
    <message>
        <source>Secret of “{name}”</source>
        <translation>Secret de «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>Trust this server?</source>
        <translation>Faire confiance à ce serveur&#x202f;?</translation>
    </message>
    <message>
        <source>This is the first connection to {host}:{port}. The server presents this host key:

{fingerprint}

Trust it only if it matches the fingerprint your server&apos;s administrator gave you. It will be remembered, and a different key refused.</source>
        <translation>C’est la première connexion à {host}:{port}. Le serveur présente cette clé d’hôte&#x202f;:

{fingerprint}

Ne lui faites confiance que si elle correspond à l’empreinte fournie par l’administrateur de votre serveur. Elle sera mémorisée, et toute autre clé sera refusée.</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>Faire confiance et se connecter</translation>
    </message>
</context>
<context>
    <name>RecipientForm</name>
    <message>
        <source>e.g. Ana Costa</source>
        <translation>ex.&#x202f;: Ana Costa</translation>
    </message>
    <message>
        <source>ana@example.com</source>
        <translation>ana@example.com</translation>
    </message>
    <message>
        <source>e.g. Europe/Lisbon</source>
        <translation>ex.&#x202f;: Europe/Lisbon</translation>
    </message>
    <message>
        <source>Codes in order of preference: pt, en</source>
        <translation>Codes par ordre de préférence&#x202f;: pt, en</translation>
    </message>
    <message>
        <source>e.g. 45 (per hour or per day, as you agree)</source>
        <translation>ex.&#x202f;: 45 (par heure ou par jour, selon ce qui est convenu)</translation>
    </message>
    <message>
        <source>Separated by commas: design, mobile</source>
        <translation>Séparées par des virgules&#x202f;: design, mobile</translation>
    </message>
    <message>
        <source>What you know of their work, availability…</source>
        <translation>Ce que vous savez de son travail, de ses disponibilités…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>R&amp;ate</source>
        <translation>&amp;Tarif</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <source>Search by name, e-mail, country or tag</source>
        <translation>Rechercher par nom, e-mail, pays ou étiquette</translation>
    </message>
    <message>
        <source>Search recipients</source>
        <translation>Rechercher des destinataires</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Select Shown</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Your address book is empty. Add the freelancers you work with, then pick who gets this brief.</source>
        <translation>Votre carnet d’adresses est vide. Ajoutez les freelances avec qui vous travaillez, puis choisissez qui reçoit ce brief.</translation>
    </message>
    <message>
        <source>Languages: {codes}</source>
        <translation>Langues&#x202f;: {codes}</translation>
    </message>
    <message>
        <source>Rate: {rate} {currency}</source>
        <translation>Tarif&#x202f;: {rate} {currency}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Étiquettes&#x202f;: {tags}</translation>
    </message>
    <message>
        <source>{count} of {total} selected</source>
        <translation>Sélection&#x202f;: {count} sur {total}</translation>
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
    <name>RecordControls</name>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Start recording after a 3-2-1 countdown (Ctrl+R)</source>
        <translation>Démarrer l’enregistrement après un compte à rebours 3-2-1 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Mettre en pause ou reprendre (Espace)</translation>
    </message>
    <message>
        <source>Next Section</source>
        <translation>Section suivante</translation>
    </message>
    <message>
        <source>Start the next section of the brief: a new chapter (N or Ctrl+Right)</source>
        <translation>Passer à la section suivante du brief&#x202f;: un nouveau chapitre (N ou Ctrl+Droite)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop and save the take (Ctrl+R)</source>
        <translation>Arrêter et sauvegarder la prise (Ctrl+R)</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Throw the take being recorded away; the camera stays on for another</source>
        <translation>Jeter la prise en cours d’enregistrement&#x202f;; la caméra reste allumée pour une autre</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Durée enregistrée</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Discard the take?</source>
        <translation>Abandonner la prise&#x202f;?</translation>
    </message>
    <message>
        <source>What has been recorded in this take will be thrown away. This cannot be undone.</source>
        <translation>Ce qui a été enregistré dans cette prise sera perdu. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Discard Take</source>
        <translation>Abandonner la prise</translation>
    </message>
    <message>
        <source>Saving the take…</source>
        <translation>Sauvegarde de la prise…</translation>
    </message>
    <message>
        <source>The take could not be saved: {reason}</source>
        <translation>La prise n’a pas pu être sauvegardée&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Opening the camera and the microphone…</source>
        <translation>Ouverture de la caméra et du micro…</translation>
    </message>
    <message>
        <source>Closing the devices…</source>
        <translation>Fermeture des périphériques…</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Pas d’image</translation>
    </message>
    <message>
        <source>Get ready… (Esc cancels)</source>
        <translation>Préparez-vous… (Échap pour annuler)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <source>Recording — {section}</source>
        <translation>Enregistrement — {section}</translation>
    </message>
    <message>
        <source>Paused — {section}</source>
        <translation>En pause — {section}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Recover recordings</source>
        <translation>Récupérer des enregistrements</translation>
    </message>
    <message>
        <source>Brief Studio stopped while recording. These recordings can be repaired and added to their briefs as takes (all but the last second or so):</source>
        <translation>Brief Studio s’est arrêté pendant un enregistrement. Ces enregistrements peuvent être réparés et ajoutés à leurs briefs comme prises (tout sauf la dernière seconde environ)&#x202f;:</translation>
    </message>
    <message>
        <source>Recordings to recover</source>
        <translation>Enregistrements à récupérer</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Ask again at the next start</source>
        <translation>Redemander au prochain démarrage</translation>
    </message>
    <message>
        <source>Untitled brief</source>
        <translation>Brief sans titre</translation>
    </message>
    <message>
        <source>A deleted brief</source>
        <translation>Un brief supprimé</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>aucun fichier</translation>
    </message>
    <message>
        <source>1 chapter</source>
        <translation>1 chapitre</translation>
    </message>
    <message>
        <source>{n} chapters</source>
        <translation>{n} chapitres</translation>
    </message>
    <message>
        <source>no chapter</source>
        <translation>aucun chapitre</translation>
    </message>
    <message>
        <source>“{title}”: recorded {when}, {chapters}, {size}</source>
        <translation>«&#x202f;{title}&#x202f;»&#x202f;: enregistré le {when}, {chapters}, {size}</translation>
    </message>
    <message>
        <source>1 take recovered.</source>
        <translation>1 prise récupérée.</translation>
    </message>
    <message>
        <source>{n} takes recovered.</source>
        <translation>{n} prises récupérées.</translation>
    </message>
    <message>
        <source>Nothing could be recovered.</source>
        <translation>Rien n’a pu être récupéré.</translation>
    </message>
    <message>
        <source>Repairing the recordings…</source>
        <translation>Réparation des enregistrements…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Not recovered: {reason}</source>
        <translation>Non récupéré&#x202f;: {reason}</translation>
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
        <translation>Retirer le livrable</translation>
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
        <translation>Retirer le critère</translation>
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
        <translation>KPI</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Ajouter un KPI</translation>
    </message>
    <message>
        <source>Remove metric</source>
        <translation>Retirer le KPI</translation>
    </message>
    <message>
        <source>Move metric</source>
        <translation>Déplacer le KPI</translation>
    </message>
    <message>
        <source>Edit metric</source>
        <translation>Modifier le KPI</translation>
    </message>
    <message>
        <source>How will you know the project succeeded? e.g. “Checkout conversion above 3 %”</source>
        <translation>Comment saurez-vous que le projet est réussi&#x202f;? Par ex. «&#x202f;Taux de conversion au paiement supérieur à 3&#x202f;%&#x202f;»</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Indicateurs de réussite (KPI)</translation>
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
    <name>ReviewPanel</name>
    <message>
        <source>No takes yet. Record one in the studio.</source>
        <translation>Aucune prise pour l’instant. Enregistrez-en une dans le studio.</translation>
    </message>
    <message>
        <source>Use in Bundle</source>
        <translation>Utiliser dans le paquet</translation>
    </message>
    <message>
        <source>This take goes into the bundle</source>
        <translation>Cette prise ira dans le paquet</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Poster Here</source>
        <translation>Miniature ici</translation>
    </message>
    <message>
        <source>Use the picture at the player&apos;s position as the take&apos;s poster</source>
        <translation>Utiliser l’image à la position de lecture comme miniature de la prise</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Prises</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Découpe</translation>
    </message>
    <message>
        <source>Delete the take?</source>
        <translation>Supprimer la prise&#x202f;?</translation>
    </message>
    <message>
        <source>“{name}” and its video file will be deleted. This cannot be undone.</source>
        <translation>«&#x202f;{name}&#x202f;» et son fichier vidéo seront supprimés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete Take</source>
        <translation>Supprimer la prise</translation>
    </message>
    <message>
        <source>Trimming “{name}”…</source>
        <translation>Découpe de «&#x202f;{name}&#x202f;»…</translation>
    </message>
    <message>
        <source>Taking the poster at {time}…</source>
        <translation>Capture de la miniature à {time}…</translation>
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
        <translation>Retirer le risque</translation>
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
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Retirer les lignes sélectionnées (Suppr)</translation>
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
    <name>Send</name>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Nouvel essai prévu</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>S3-compatible storage</source>
        <translation>Stockage compatible S3</translation>
    </message>
    <message>
        <source>SFTP server</source>
        <translation>Serveur SFTP</translation>
    </message>
    <message>
        <source>Sent to {names}</source>
        <translation>Envoyé à {names}</translation>
    </message>
    <message>
        <source>sending to {names}</source>
        <translation>envoi en cours à {names}</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the bundle to several freelancers at once, each with a link of their own that you can revoke alone. Sending resumes by itself after a lost connection.</source>
        <translation>Envoyez le paquet à plusieurs freelances à la fois, chacun avec son propre lien, révocable individuellement. L’envoi reprend de lui-même après une perte de connexion.</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Address Book…</source>
        <translation>Carnet d’adresses…</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Destination and links</source>
        <translation>Destination et liens</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Sending is available in the main window only.</source>
        <translation>L’envoi n’est disponible que dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>Another Brief Studio (or a `brief-studio send`) is sending from this library. What you send here waits in the queue until it is done; then this window carries it out.</source>
        <translation>Une autre instance de Brief Studio (ou une commande `brief-studio send`) envoie depuis cette bibliothèque. Ce que vous envoyez ici attend dans la file jusqu’à la fin de cet envoi&#x202f;; cette fenêtre s’en chargera ensuite.</translation>
    </message>
    <message>
        <source>Send to 1 Recipient</source>
        <translation>Envoyer à 1 destinataire</translation>
    </message>
    <message>
        <source>Send to {count} Recipients</source>
        <translation>Envoyer à {count} destinataires</translation>
    </message>
    <message>
        <source>Export a bundle of this brief first.</source>
        <translation>Exportez d’abord un paquet de ce brief.</translation>
    </message>
    <message>
        <source>Pick at least one recipient.</source>
        <translation>Choisissez au moins un destinataire.</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Lecture du paquet…</translation>
    </message>
    <message>
        <source>Reading the bundle… {percent} %</source>
        <translation>Lecture du paquet… {percent}&#x202f;%</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Sending to {names}.</source>
        <translation>Envoi en cours à {names}.</translation>
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
        <source>video recorded</source>
        <translation>vidéo enregistrée</translation>
    </message>
    <message>
        <source>record a video walkthrough</source>
        <translation>enregistrer une vidéo de présentation</translation>
    </message>
    <message>
        <source>send the bundle to freelancers</source>
        <translation>envoyer le paquet aux freelances</translation>
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
    <name>TakeList</name>
    <message>
        <source>Takes</source>
        <translation>Prises</translation>
    </message>
    <message>
        <source>Take {n}</source>
        <translation>Prise {n}</translation>
    </message>
    <message>
        <source>{kept} of {whole}</source>
        <translation>{kept} sur {whole}</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>Dans le paquet</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Récupérée</translation>
    </message>
</context>
<context>
    <name>TakePlayer</name>
    <message>
        <source>Video of the take</source>
        <translation>Vidéo de la prise</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapitres</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
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
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Teleprompter</name>
    <message>
        <source>Outline of the brief</source>
        <translation>Plan du brief</translation>
    </message>
    <message>
        <source>Enter or a click goes to this section</source>
        <translation>Entrée ou un clic mène à cette section</translation>
    </message>
    <message>
        <source>Untitled brief</source>
        <translation>Brief sans titre</translation>
    </message>
    <message>
        <source>What you provide: nothing listed yet.</source>
        <translation>Ce que vous fournissez&#x202f;: rien pour l’instant.</translation>
    </message>
    <message>
        <source>What you provide: {names}</source>
        <translation>Ce que vous fournissez&#x202f;: {names}</translation>
    </message>
    <message>
        <source>Dates: not set yet.</source>
        <translation>Dates&#x202f;: pas encore fixées.</translation>
    </message>
    <message>
        <source>From {start} to {deadline}</source>
        <translation>Du {start} au {deadline}</translation>
    </message>
    <message>
        <source>Milestones: {names}</source>
        <translation>Jalons&#x202f;: {names}</translation>
    </message>
    <message>
        <source>Estimate: {total}</source>
        <translation>Estimation&#x202f;: {total}</translation>
    </message>
    <message>
        <source>Budget: {low} – {high}</source>
        <translation>Budget&#x202f;: {low} – {high}</translation>
    </message>
    <message>
        <source>What you expect: nothing listed yet.</source>
        <translation>Ce que vous attendez&#x202f;: rien pour l’instant.</translation>
    </message>
    <message>
        <source>What you expect: {names}</source>
        <translation>Ce que vous attendez&#x202f;: {names}</translation>
    </message>
    <message>
        <source>Risks: none listed yet.</source>
        <translation>Risques&#x202f;: aucun pour l’instant.</translation>
    </message>
    <message>
        <source>Risks: {names}</source>
        <translation>Risques&#x202f;: {names}</translation>
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
    <name>TrimBox</name>
    <message>
        <source>Keep from</source>
        <translation>Conserver à partir de</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Conserver jusqu’à</translation>
    </message>
    <message>
        <source>Start Here</source>
        <translation>Début ici</translation>
    </message>
    <message>
        <source>Keep the take from the player&apos;s position</source>
        <translation>Conserver la prise à partir de la position de lecture</translation>
    </message>
    <message>
        <source>End Here</source>
        <translation>Fin ici</translation>
    </message>
    <message>
        <source>Keep the take until the player&apos;s position</source>
        <translation>Conserver la prise jusqu’à la position de lecture</translation>
    </message>
    <message>
        <source>Start on a keyframe (cut without re-encoding)</source>
        <translation>Commencer sur une image clé (découpe sans réencodage)</translation>
    </message>
    <message>
        <source>Apply Trim</source>
        <translation>Appliquer la découpe</translation>
    </message>
    <message>
        <source>Keep All</source>
        <translation>Tout conserver</translation>
    </message>
    <message>
        <source>Undo the trim: keep the whole take</source>
        <translation>Annuler la découpe&#x202f;: conserver toute la prise</translation>
    </message>
    <message>
        <source>Keep &amp;from</source>
        <translation>Conser&amp;ver de</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;jusqu’à</translation>
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
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify Bundle</source>
        <translation>Vérifier le paquet</translation>
    </message>
    <message>
        <source>Verifying {name}</source>
        <translation>Vérification de {name}</translation>
    </message>
    <message>
        <source>In {folder}</source>
        <translation>Dans {folder}</translation>
    </message>
    <message>
        <source>{name} is complete</source>
        <translation>{name} est complet</translation>
    </message>
    <message>
        <source>{name} cannot be trusted</source>
        <translation>{name} n’est pas fiable</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>Checking every file of {name} against its manifest…</source>
        <translation>Vérification de chaque fichier de {name} par rapport à son manifeste…</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>Untitled brief</source>
        <translation>Brief sans titre</translation>
    </message>
    <message>
        <source>It holds the video walkthrough.</source>
        <translation>Il contient la vidéo de présentation.</translation>
    </message>
    <message>
        <source>It holds no video.</source>
        <translation>Il ne contient pas de vidéo.</translation>
    </message>
</context>
<context>
    <name>VideoPage</name>
    <message>
        <source>Video walkthrough</source>
        <translation>Vidéo de présentation</translation>
    </message>
    <message>
        <source>Explain the project in your own words, section by section: the outline on the right is your teleprompter, and each section becomes a chapter.</source>
        <translation>Expliquez le projet avec vos propres mots, section par section&#x202f;: le plan à droite vous sert de téléprompteur, et chaque section devient un chapitre.</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Take {n}</source>
        <translation>Prise {n}</translation>
    </message>
    <message>
        <source>Takes ({n})</source>
        <translation>Prises ({n})</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Prises</translation>
    </message>
    <message>
        <source>A recording left by a crash was recovered: see the take marked Recovered.</source>
        <translation>Un enregistrement interrompu par un plantage a été récupéré&#x202f;: voir la prise marquée «&#x202f;Récupérée&#x202f;».</translation>
    </message>
    <message>
        <source>{n} recordings left by a crash were recovered: see the takes marked Recovered.</source>
        <translation>{n} enregistrements interrompus par un plantage ont été récupérés&#x202f;: voir les prises marquées «&#x202f;Récupérée&#x202f;».</translation>
    </message>
</context>
</TS>
