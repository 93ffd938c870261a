<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Identity shown</source>
        <translation>Identité présentée</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Pièce d’identité</translation>
    </message>
    <message>
        <source>Identity document or phone number</source>
        <translation>Numéro de pièce d’identité ou de téléphone</translation>
    </message>
    <message>
        <source>kept only as a code</source>
        <translation>conservé seulement sous forme de code</translation>
    </message>
    <message>
        <source>Identity s&amp;hown:</source>
        <translation>&amp;Identité présentée&#xa0;:</translation>
    </message>
    <message>
        <source>Identity n&amp;umber:</source>
        <translation>N&amp;uméro d’identité&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded as a code.</source>
        <translation>Enregistré sous forme de code.</translation>
    </message>
    <message>
        <source>no customers on file</source>
        <translation>aucun client au dossier</translation>
    </message>
    <message>
        <source>1 customer: {share}% bought again ({spend}), later rating {rating}</source>
        <translation>1 client&#xa0;: {share}&#xa0;% a racheté ({spend}), note ultérieure {rating}</translation>
    </message>
    <message>
        <source>{customers} customers: {share}% bought again ({spend} each), later rating {rating}</source>
        <translation>{customers} clients&#xa0;: {share}&#xa0;% ont racheté ({spend} chacun), note ultérieure {rating}</translation>
    </message>
    <message>
        <source>{head}; no return visit since</source>
        <translation>{head}&#x202f;; aucune visite depuis</translation>
    </message>
    <message>
        <source>{head}; {visits} return visits a customer</source>
        <translation>{head}&#x202f;; {visits} visites de retour par client</translation>
    </message>
    <message>
        <source>No exceptions were approved in this period.</source>
        <translation>Aucune exception n’a été approuvée pendant cette période.</translation>
    </message>
    <message>
        <source>Exception (rule)</source>
        <translation>Exception (règle)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>What followed</source>
        <translation>Ce qui a suivi</translation>
    </message>
    <message>
        <source>Exceptions and what followed</source>
        <translation>Exceptions et ce qui a suivi</translation>
    </message>
    <message>
        <source>With an exception: {after}</source>
        <translation>Avec une exception&#xa0;: {after}</translation>
    </message>
    <message>
        <source>Returned without one: {after}</source>
        <translation>Retour sans exception&#xa0;: {after}</translation>
    </message>
    <message>
        <source>{path} must be a table of settings.</source>
        <translation>{path} doit être une table de paramètres.</translation>
    </message>
    <message>
        <source>{path} has an empty name; give every entry a name.</source>
        <translation>{path} contient un nom vide&#x202f;; donnez un nom à chaque entrée.</translation>
    </message>
    <message>
        <source>{path}: unknown setting (a typo?); the settings here are: {keys}.</source>
        <translation>{path}&#xa0;: paramètre inconnu (une faute de frappe&#x202f;?)&#x202f;; les paramètres ici sont&#xa0;: {keys}.</translation>
    </message>
    <message>
        <source>{path} must be a whole amount in cents (0 or more), not {value}.</source>
        <translation>{path} doit être un montant entier en cents (0 ou plus), et non {value}.</translation>
    </message>
    <message>
        <source>{path} must be a whole number from {low} to {high}, not {value}.</source>
        <translation>{path} doit être un nombre entier de {low} à {high}, et non {value}.</translation>
    </message>
    <message>
        <source>{path} must be true or false, not {value}.</source>
        <translation>{path} doit être true ou false, et non {value}.</translation>
    </message>
    <message>
        <source>{path} must be one of {choices}, not {value}.</source>
        <translation>{path} doit être l’une de ces valeurs&#xa0;: {choices}&#x202f;; et non {value}.</translation>
    </message>
    <message>
        <source>{path} must be a list of codes such as [&quot;CLEAR&quot;, &quot;GROC&quot;].</source>
        <translation>{path} doit être une liste de codes, par exemple [&quot;CLEAR&quot;, &quot;GROC&quot;].</translation>
    </message>
    <message>
        <source>{path} must be a list of seasons, each with from, to and until.</source>
        <translation>{path} doit être une liste de périodes, chacune avec from, to et until.</translation>
    </message>
    <message>
        <source>{path} must be a day of the year as MM-DD, such as 12-24.</source>
        <translation>{path} doit être un jour de l’année au format MM-JJ, par exemple 12-24.</translation>
    </message>
    <message>
        <source>{path} is missing; every tier needs it.</source>
        <translation>{path} manque&#x202f;; chaque palier en a besoin.</translation>
    </message>
    <message>
        <source>{path}: {role} has two tiers; keep one.</source>
        <translation>{path}&#xa0;: {role} a deux paliers&#x202f;; n’en gardez qu’un.</translation>
    </message>
    <message>
        <source>bought {days} days ago, a holiday purchase returnable until {until}</source>
        <translation>acheté il y a {days} jours, un achat des fêtes retournable jusqu’au {until}</translation>
    </message>
    <message>
        <source>restocking fee {money}</source>
        <translation>frais de remise en stock de {money}</translation>
    </message>
    <message>
        <source>no restocking fee: {jurisdiction} does not allow one</source>
        <translation>pas de frais de remise en stock&#xa0;: {jurisdiction} les interdit</translation>
    </message>
    <message>
        <source>Without a receipt or a customer record the policy needs an identity document or a phone number</source>
        <translation>Sans reçu ni dossier client, la politique exige une pièce d’identité ou un numéro de téléphone</translation>
    </message>
    <message>
        <source>{no_receipt_returns_12m} returns without a receipt in the last {period_days} days (the limit is {no_receipt_cap_per_12m}); a shift lead must approve</source>
        <translation>{no_receipt_returns_12m} retours sans reçu au cours des {period_days} derniers jours (la limite est de {no_receipt_cap_per_12m})&#x202f;; un(e) chef d&apos;équipe doit approuver</translation>
    </message>
    <message>
        <source>This store&apos;s policy wants {role} on every refund</source>
        <translation>La politique de ce magasin exige {role} pour chaque remboursement</translation>
    </message>
    <message>
        <source>The identity is an id (document number) or a phone.</source>
        <translation>L’identité est un id (numéro de pièce) ou un phone (téléphone).</translation>
    </message>
    <message>
        <source>Type the customer&apos;s whole phone number.</source>
        <translation>Saisissez le numéro de téléphone complet du client.</translation>
    </message>
    <message>
        <source>Type the identity document&apos;s whole number.</source>
        <translation>Saisissez le numéro complet de la pièce d’identité.</translation>
    </message>
    <message>
        <source>line {line}: not valid JSON ({err}).</source>
        <translation>ligne {line}&#xa0;: JSON non valide ({err}).</translation>
    </message>
    <message>
        <source>not valid TOML: {err}.</source>
        <translation>TOML non valide&#xa0;: {err}.</translation>
    </message>
    <message>
        <source>{path} must be text.</source>
        <translation>{path} doit être du texte.</translation>
    </message>
    <message>
        <source>{path} must be a date and time such as 2026-12-01T00:00:00-05:00.</source>
        <translation>{path} doit être une date et une heure, par exemple 2026-12-01T00:00:00-05:00.</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>ligne {line}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>--{name} {value} is not known; use one of {allowed}.</source>
        <translation>--{name} {value} est inconnu&#x202f;; utilisez l’une de ces valeurs&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>Receipt {receipt} has no line {line} (it has lines {lines}).</source>
        <translation>Le reçu {receipt} n’a pas de ligne {line} (il a les lignes {lines}).</translation>
    </message>
    <message>
        <source>Everything on receipt {receipt} has been returned already.</source>
        <translation>Tout ce qui figure sur le reçu {receipt} a déjà été retourné.</translation>
    </message>
    <message>
        <source>--qty needs --line: say which line.</source>
        <translation>--qty exige --line&#xa0;: indiquez la ligne.</translation>
    </message>
    <message>
        <source>No screen found (DISPLAY is not set). Start posassist from the desktop, or run it under a virtual screen with &apos;xvfb-run posassist&apos;.</source>
        <translation>Aucun écran trouvé (DISPLAY n&apos;est pas défini). Lancez posassist depuis le bureau, ou dans un écran virtuel avec &apos;xvfb-run posassist&apos;.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file; pass another --data-dir.</source>
        <translation>{path} est un dossier, pas un fichier de base de données&#x202f;; indiquez un autre --data-dir.</translation>
    </message>
    <message>
        <source>{path} is not a posassist database (not an SQLite file); nothing was changed: move it away or use --data-dir with another folder.</source>
        <translation>{path} n&apos;est pas une base de données posassist (pas un fichier SQLite)&#x202f;; rien n&apos;a été modifié&#xa0;: déplacez-le ou utilisez --data-dir avec un autre dossier.</translation>
    </message>
    <message>
        <source>The folder {parent} for the database does not exist; create it or pass --data-dir.</source>
        <translation>Le dossier {parent} de la base de données n&apos;existe pas&#x202f;; créez-le ou indiquez --data-dir.</translation>
    </message>
    <message>
        <source>There is no store with code &apos;{code}&apos;; check --store or POSASSIST_STORE.</source>
        <translation>Il n&apos;y a aucun magasin avec le code &apos;{code}&apos;&#x202f;; vérifiez --store ou POSASSIST_STORE.</translation>
    </message>
    <message>
        <source>--currency {currency} is not a currency code (e.g. CAD, EUR).</source>
        <translation>--currency {currency} n&apos;est pas un code de devise (p. ex. CAD, EUR).</translation>
    </message>
    <message>
        <source>of unknown age</source>
        <translation>d&apos;âge inconnu</translation>
    </message>
    <message>
        <source>{n} s old</source>
        <translation>datant de {n} s</translation>
    </message>
    <message>
        <source>{n} min old</source>
        <translation>datant de {n} min</translation>
    </message>
    <message>
        <source>{n} h old</source>
        <translation>datant de {n} h</translation>
    </message>
    <message>
        <source>posassist: the server at {where} did not answer; answered from this counter&apos;s local copy ({age}).</source>
        <translation>posassist&#xa0;: le serveur à {where} n&apos;a pas répondu&#x202f;; réponse tirée de la copie locale de cette caisse ({age}).</translation>
    </message>
    <message>
        <source>{path} can be read by others; make it private first (chmod 600 {path}).</source>
        <translation>{path} est lisible par d&apos;autres&#x202f;; rendez-le privé d&apos;abord (chmod 600 {path}).</translation>
    </message>
    <message>
        <source>Cannot read the PIN file {path}: {err}</source>
        <translation>Impossible de lire le fichier de NIP {path}&#xa0;: {err}</translation>
    </message>
    <message>
        <source>PIN for {code}: </source>
        <translation>NIP pour {code}&#xa0;: </translation>
    </message>
    <message>
        <source>{what} changes data: say who you are with --as CODE (or POSASSIST_AS); the PIN is asked, read from standard input or from --pin-file.</source>
        <translation>{what} modifie des données&#xa0;: indiquez qui vous êtes avec --as CODE (ou POSASSIST_AS)&#x202f;; le NIP est demandé, lu sur l&apos;entrée standard ou dans --pin-file.</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <source>Write each change as FIELD=VALUE, e.g. email=nina@example.com (not &apos;{pair}&apos;).</source>
        <translation>Écrivez chaque modification sous la forme FIELD=VALUE, p. ex. email=nina@example.com (et non &apos;{pair}&apos;).</translation>
    </message>
    <message>
        <source>Write a date as LABEL=MM-DD or LABEL=MM-DD:DAYS, e.g. &quot;Wife&apos;s birthday=12-11:10&quot; (not &apos;{spec}&apos;).</source>
        <translation>Écrivez une date sous la forme LABEL=MM-DD ou LABEL=MM-DD:DAYS, p. ex. &quot;Anniversaire de sa conjointe=12-11:10&quot; (et non &apos;{spec}&apos;).</translation>
    </message>
    <message>
        <source>Nothing to change: give FIELD=VALUE, --add-date or --remove-date.</source>
        <translation>Rien à modifier&#xa0;: indiquez FIELD=VALUE, --add-date ou --remove-date.</translation>
    </message>
    <message>
        <source>Say which merge to undo: a customer ID or --merge N.</source>
        <translation>Indiquez la fusion à annuler&#xa0;: un identifiant de client ou --merge N.</translation>
    </message>
    <message>
        <source>Erasing cannot be undone; run again with --yes to confirm.</source>
        <translation>L&apos;effacement est irréversible&#x202f;; relancez avec --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Restoring replaces all current data; run again with --yes to confirm.</source>
        <translation>La restauration remplace toutes les données actuelles&#x202f;; relancez avec --yes pour confirmer.</translation>
    </message>
    <message>
        <source>--products must be at least 100</source>
        <translation>--products doit être d&apos;au moins 100</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 10000</source>
        <translation>--limit doit être entre 1 et 10000</translation>
    </message>
    <message>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation>{message} (voir &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from est après --to</translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>Les deux NIP sont différents&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The data directory {path} is a file, not a folder; pass --data-dir with a folder posassist may write to.</source>
        <translation>Le répertoire de données {path} est un fichier, pas un dossier&#x202f;; indiquez avec --data-dir un dossier où posassist peut écrire.</translation>
    </message>
    <message>
        <source>The data directory {path} is read-only ({strerror}); give posassist write access or pass --data-dir with another folder.</source>
        <translation>Le répertoire de données {path} est en lecture seule ({strerror})&#x202f;; donnez à posassist l&apos;accès en écriture ou indiquez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>Cannot create the data directory {path} ({strerror}); pass --data-dir with a folder posassist may write to.</source>
        <translation>Impossible de créer le répertoire de données {path} ({strerror})&#x202f;; indiquez avec --data-dir un dossier où posassist peut écrire.</translation>
    </message>
    <message>
        <source>The data directory {path} is read-only; give posassist write access or pass --data-dir with another folder.</source>
        <translation>Le répertoire de données {path} est en lecture seule&#x202f;; donnez à posassist l&apos;accès en écriture ou indiquez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>Il n&apos;y a aucune base de données à {path} à sauvegarder.</translation>
    </message>
    <message>
        <source>Backup to {dest} failed: {exc}; check free space and permissions.</source>
        <translation>La sauvegarde vers {dest} a échoué&#xa0;: {exc}&#x202f;; vérifiez l&apos;espace libre et les autorisations.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this counter; install the PostgreSQL client tools (apt-get install postgresql-client) or back up on the server with pg_dump.</source>
        <translation>pg_dump n&apos;est pas installé sur cette caisse&#x202f;; installez les outils clients PostgreSQL (apt-get install postgresql-client) ou faites la sauvegarde sur le serveur avec pg_dump.</translation>
    </message>
    <message>
        <source>pg_dump failed: {splitlines}</source>
        <translation>pg_dump a échoué&#xa0;: {splitlines}</translation>
    </message>
    <message>
        <source>There is no backup at {source}.</source>
        <translation>Il n&apos;y a aucune sauvegarde à {source}.</translation>
    </message>
    <message>
        <source>The backup {source} is damaged; choose another one.</source>
        <translation>La sauvegarde {source} est endommagée&#x202f;; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>{source} is not a posassist backup ({exc}).</source>
        <translation>{source} n&apos;est pas une sauvegarde posassist ({exc}).</translation>
    </message>
    <message>
        <source>pg_restore is not installed; install the PostgreSQL client tools.</source>
        <translation>pg_restore n&apos;est pas installé&#x202f;; installez les outils clients PostgreSQL.</translation>
    </message>
    <message>
        <source>pg_restore failed: {splitlines}</source>
        <translation>pg_restore a échoué&#xa0;: {splitlines}</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database URL; use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB</source>
        <translation>&apos;{url}&apos; n&apos;est pas une URL de base de données&#x202f;; utilisez sqlite:///CHEMIN ou postgresql+psycopg://UTILISATEUR@HÔTE/BD</translation>
    </message>
    <message>
        <source>Database URL scheme &apos;{drivername}&apos; is not supported; use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB</source>
        <translation>Le schéma d&apos;URL de base de données &apos;{drivername}&apos; n&apos;est pas pris en charge&#x202f;; utilisez sqlite:///CHEMIN ou postgresql+psycopg://UTILISATEUR@HÔTE/BD</translation>
    </message>
    <message>
        <source>{where} is not a posassist database (not an SQLite file, or damaged); nothing was changed: move it away or use --data-dir with another folder.</source>
        <translation>{where} n&apos;est pas une base de données posassist (pas un fichier SQLite, ou endommagé)&#x202f;; rien n&apos;a été modifié&#xa0;: déplacez-le ou utilisez --data-dir avec un autre dossier.</translation>
    </message>
    <message>
        <source>The database {where} is damaged ({text}); restore a backup with &apos;posassist db restore&apos;.</source>
        <translation>La base de données {where} est endommagée ({text})&#x202f;; restaurez une sauvegarde avec &apos;posassist db restore&apos;.</translation>
    </message>
    <message>
        <source>The database {where} is busy (another counter or program holds a lock); wait a moment and try again, or close the other program.</source>
        <translation>La base de données {where} est occupée (une autre caisse ou un autre programme la verrouille)&#x202f;; attendez un moment et réessayez, ou fermez l&apos;autre programme.</translation>
    </message>
    <message>
        <source>The database {where} is read-only; give posassist write access to it.</source>
        <translation>La base de données {where} est en lecture seule&#x202f;; donnez-y à posassist l&apos;accès en écriture.</translation>
    </message>
    <message>
        <source>Cannot open the database {where}; check that the folder exists and is writable.</source>
        <translation>Impossible d&apos;ouvrir la base de données {where}&#x202f;; vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full; free some space and try again.</source>
        <translation>Le disque contenant {where} est plein&#x202f;; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the login for {where}; check the user and password in the URL.</source>
        <translation>PostgreSQL a refusé la connexion pour {where}&#x202f;; vérifiez l&apos;utilisateur et le mot de passe dans l&apos;URL.</translation>
    </message>
    <message>
        <source>The PostgreSQL database in {where} does not exist; ask the admin to create it.</source>
        <translation>La base de données PostgreSQL de {where} n&apos;existe pas&#x202f;; demandez à l&apos;administrateur de la créer.</translation>
    </message>
    <message>
        <source>Cannot reach the database server at {where}; check that PostgreSQL is running and the URL is right.</source>
        <translation>Impossible de joindre le serveur de base de données à {where}&#x202f;; vérifiez que PostgreSQL fonctionne et que l&apos;URL est bonne.</translation>
    </message>
    <message>
        <source>The database {where} could not be used: {splitlines!r}</source>
        <translation>La base de données {where} n&apos;a pas pu être utilisée&#xa0;: {splitlines!r}</translation>
    </message>
    <message>
        <source>posassist ships {heads} migration heads; this build is broken</source>
        <translation>posassist contient {heads} têtes de migration&#x202f;; cette version est défectueuse</translation>
    </message>
    <message>
        <source>The database {where} was made by a newer posassist (schema {revision}, this version knows up to {head}); install the newer posassist on this counter.</source>
        <translation>La base de données {where} a été créée par une version plus récente de posassist (schéma {revision}, cette version connaît jusqu&apos;à {head})&#x202f;; installez la nouvelle version de posassist sur cette caisse.</translation>
    </message>
    <message>
        <source>{where} holds tables that are not posassist&apos;s; nothing was changed: point --database-url or --data-dir at a posassist database or an empty one.</source>
        <translation>{where} contient des tables qui ne sont pas celles de posassist&#x202f;; rien n&apos;a été modifié&#xa0;: pointez --database-url ou --data-dir vers une base posassist ou une base vide.</translation>
    </message>
    <message>
        <source>The database {where} is at schema {value}, this posassist needs {head}; ask an admin to run &apos;posassist db upgrade&apos;.</source>
        <translation>La base de données {where} est au schéma {value}, ce posassist a besoin de {head}&#x202f;; demandez à un administrateur de lancer &apos;posassist db upgrade&apos;.</translation>
    </message>
    <message>
        <source>The migration left {bad} rows with broken references (first: table {bad2}); restore the pre-migrate backup.</source>
        <translation>La migration a laissé {bad} lignes avec des références brisées (première&#xa0;: table {bad2})&#x202f;; restaurez la sauvegarde faite avant la migration.</translation>
    </message>
    <message>
        <source>integrity: {problem}</source>
        <translation>intégrité&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>broken reference in {table} row {row} to {parent}</source>
        <translation>référence brisée dans {table}, ligne {row}, vers {parent}</translation>
    </message>
    <message>
        <source>The server stopped answering while this was being saved, so it may or may not have been saved there. Nothing is lost: look again (this counter now works from its local copy) and do it again if it is not there.</source>
        <translation>Le serveur a cessé de répondre pendant l&apos;enregistrement&#x202f;; on ne sait pas si c&apos;est enregistré là-bas. Rien n&apos;est perdu&#xa0;: vérifiez (cette caisse travaille maintenant avec sa copie locale) et refaites-le s&apos;il n&apos;y est pas.</translation>
    </message>
    <message>
        <source>The server did not answer in time; this counter now works from its local copy.</source>
        <translation>Le serveur n&apos;a pas répondu à temps&#x202f;; cette caisse travaille maintenant avec sa copie locale.</translation>
    </message>
    <message>
        <source>Someone else changed the same record at the same moment; nothing was saved. Look again and retry.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié le même dossier au même moment&#x202f;; rien n&apos;a été enregistré. Vérifiez de nouveau et réessayez.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a price; write it like 12.50.</source>
        <translation>&apos;{raw}&apos; n&apos;est pas un prix&#x202f;; écrivez-le comme 12,50.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a price (negative or not a number).</source>
        <translation>&apos;{raw}&apos; n&apos;est pas un prix (négatif ou pas un nombre).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a barcode a spreadsheet turned into scientific notation: the digits are lost. Format the column as text and export again.</source>
        <translation>&apos;{text}&apos; est un code-barres qu&apos;un tableur a converti en notation scientifique&#xa0;: les chiffres sont perdus. Formatez la colonne en texte et exportez de nouveau.</translation>
    </message>
    <message>
        <source>a leading apostrophe was removed</source>
        <translation>une apostrophe au début a été retirée</translation>
    </message>
    <message>
        <source>a trailing &apos;.0&apos; was removed</source>
        <translation>un &apos;.0&apos; à la fin a été retiré</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a barcode: it must be digits only.</source>
        <translation>&apos;{raw}&apos; n&apos;est pas un code-barres&#xa0;: il ne doit contenir que des chiffres.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; had lost its leading zero (a spreadsheet); restored as {restored}.</source>
        <translation>&apos;{raw}&apos; avait perdu son zéro initial (un tableur)&#x202f;; rétabli en {restored}.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a valid barcode.</source>
        <translation>&apos;{raw}&apos; n&apos;est pas un code-barres valide.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a weight like &apos;1.2 kg&apos;.</source>
        <translation>&apos;{raw}&apos; n&apos;est pas un poids comme &apos;1,2 kg&apos;.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos;: unknown weight unit &apos;{u}&apos;.</source>
        <translation>&apos;{raw}&apos;&#xa0;: unité de poids inconnue &apos;{u}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a barcode: it must be digits only</source>
        <translation>&apos;{raw}&apos; n&apos;est pas un code-barres&#xa0;: il ne doit contenir que des chiffres</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; has {count} digits; a barcode has 8, 12, 13 or 14</source>
        <translation>&apos;{raw}&apos; a {count} chiffres&#x202f;; un code-barres en a 8, 12, 13 ou 14</translation>
    </message>
    <message>
        <source>check digit wrong — rescan or type the code</source>
        <translation>chiffre de contrôle erroné — balayez de nouveau ou tapez le code</translation>
    </message>
    <message>
        <source>The {label} contains what looks like a payment card number ({card}); card numbers are never stored: remove it (keep at most the last four digits).</source>
        <translation>Le champ «&#xa0;{label}&#xa0;» contient ce qui ressemble à un numéro de carte de paiement ({card})&#x202f;; les numéros de carte ne sont jamais conservés&#xa0;: retirez-le (gardez au plus les quatre derniers chiffres).</translation>
    </message>
    <message>
        <source>Type the {label}.</source>
        <translation>Entrez&#xa0;: {label}.</translation>
    </message>
    <message>
        <source>The {label} is {text:,} characters long; keep it to {max_len:,}.</source>
        <translation>Le champ «&#xa0;{label}&#xa0;» fait {text:,} caractères&#x202f;; limitez-le à {max_len:,}.</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>aucun prix</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Clavardage</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Médias sociaux</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Question before purchase</source>
        <translation>Question avant achat</translation>
    </message>
    <message>
        <source>Product problem</source>
        <translation>Problème de produit</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Dépannage</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Plainte</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Compliment</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>État de la commande</translation>
    </message>
    <message>
        <source>Return / exchange</source>
        <translation>Retour / échange</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladé</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Conseiller(ère)</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation>Gérant(e) de magasin</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur(trice)</translation>
    </message>
    <message>
        <source>Customer loyalty</source>
        <translation>Fidélisation de la clientèle</translation>
    </message>
    <message>
        <source>Medical / personal</source>
        <translation>Médical / personnel</translation>
    </message>
    <message>
        <source>Our mistake</source>
        <translation>Notre erreur</translation>
    </message>
    <message>
        <source>Product fault</source>
        <translation>Défaut du produit</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Geste commercial</translation>
    </message>
    <message>
        <source>Accept an item we never sold</source>
        <translation>Reprendre un article que nous n&apos;avons jamais vendu</translation>
    </message>
    <message>
        <source>Free delivery (a service we don&apos;t offer)</source>
        <translation>Livraison gratuite (un service que nous n&apos;offrons pas)</translation>
    </message>
    <message>
        <source>A gift (flowers, a card…)</source>
        <translation>Un cadeau (fleurs, une carte…)</translation>
    </message>
    <message>
        <source>Lifetime free shipping</source>
        <translation>Livraison gratuite à vie</translation>
    </message>
    <message>
        <source>A discount</source>
        <translation>Un rabais</translation>
    </message>
    <message>
        <source>light</source>
        <translation>clair</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>foncé</translation>
    </message>
    <message>
        <source>high contrast</source>
        <translation>contraste élevé</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>That approval request does not exist.</source>
        <translation>Cette demande d&apos;approbation n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Choose a reason ({REASON_CODES}).</source>
        <translation>Choisissez un motif ({REASON_CODES}).</translation>
    </message>
    <message>
        <source>Add a note saying why: it is kept with the decision.</source>
        <translation>Ajoutez une note expliquant pourquoi&#xa0;: elle est conservée avec la décision.</translation>
    </message>
    <message>
        <source>This request was already {status}; nothing was changed.</source>
        <translation>Cette demande a déjà été traitée ({status})&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This request has expired; the associate must ask again.</source>
        <translation>Cette demande a expiré&#x202f;; le conseiller ou la conseillère doit la refaire.</translation>
    </message>
    <message>
        <source>You cannot approve your own request; ask another shift lead.</source>
        <translation>Vous ne pouvez pas approuver votre propre demande&#x202f;; demandez à un(e) autre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>{name} ({role_label}) may not approve this; ask a shift lead or manager.</source>
        <translation>{name} ({role_label}) ne peut pas approuver ceci&#x202f;; demandez à un(e) chef d&apos;équipe ou à un(e) gérant(e).</translation>
    </message>
    <message>
        <source>This needs {need} approval; {name} is a {role_label}.</source>
        <translation>Ceci exige une approbation de niveau {need}&#x202f;; {name} est {role_label}.</translation>
    </message>
    <message>
        <source>{name} may approve up to {limit}; this is {amount}. Ask a store manager.</source>
        <translation>{name} peut approuver jusqu&apos;à {limit}&#x202f;; il s&apos;agit ici de {amount}. Demandez à un(e) gérant(e) de magasin.</translation>
    </message>
    <message>
        <source>{name} may approve up to {max_days_past_window} days past the window; this is {days_past_window}. Ask a store manager.</source>
        <translation>{name} peut approuver jusqu&apos;à {max_days_past_window} jours après le délai&#x202f;; il s&apos;agit ici de {days_past_window}. Demandez à un(e) gérant(e) de magasin.</translation>
    </message>
    <message>
        <source>{name}&apos;s goodwill budget for the month would be exceeded ({used} of {limit}).</source>
        <translation>Le budget de gestes commerciaux du mois de {name} serait dépassé ({used} sur {limit}).</translation>
    </message>
    <message>
        <source>{name}&apos;s goodwill budget for the week would be exceeded ({used} of {limit}).</source>
        <translation>Le budget de gestes commerciaux de la semaine de {name} serait dépassé ({used} sur {limit}).</translation>
    </message>
    <message>
        <source>{words} Ask a store manager.</source>
        <translation>{words} Demandez à un(e) gérant(e) de magasin.</translation>
    </message>
    <message>
        <source>{name}&apos;s goodwill budget for this shift would be exceeded.</source>
        <translation>Le budget de gestes commerciaux de ce quart de {name} serait dépassé.</translation>
    </message>
    <message>
        <source>The discount must be given as a percentage.</source>
        <translation>Le rabais doit être indiqué en pourcentage.</translation>
    </message>
    <message>
        <source>{name} may approve discounts up to {max_discount_percent}%; this is {percent}%. Ask a store manager.</source>
        <translation>{name} peut approuver des rabais jusqu&apos;à {max_discount_percent}&#xa0;%&#x202f;; il s&apos;agit ici de {percent}&#xa0;%. Demandez à un(e) gérant(e) de magasin.</translation>
    </message>
    <message>
        <source>{kind} ({rule}, approved by {role}, {amount})</source>
        <translation>{kind} ({rule}, approuvé par {role}, {amount})</translation>
    </message>
    <message>
        <source>This needs approval first; ask a shift lead.</source>
        <translation>Ceci doit d&apos;abord être approuvé&#x202f;; demandez à un(e) chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>The approval was not found; ask again.</source>
        <translation>L&apos;approbation est introuvable&#x202f;; faites une nouvelle demande.</translation>
    </message>
    <message>
        <source>The approval was given for a different task or amount; ask again for this one.</source>
        <translation>L&apos;approbation a été donnée pour une autre tâche ou un autre montant&#x202f;; refaites la demande pour celle-ci.</translation>
    </message>
    <message>
        <source>Still waiting for a shift lead to approve.</source>
        <translation>En attente de l&apos;approbation d&apos;un(e) chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>A shift lead denied this: {value}.</source>
        <translation>Un(e) chef d&apos;équipe a refusé&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>This approval was already {status}; ask again.</source>
        <translation>Cette approbation a déjà été traitée ({status})&#x202f;; refaites la demande.</translation>
    </message>
    <message>
        <source>The approval has expired; ask again.</source>
        <translation>L&apos;approbation a expiré&#x202f;; refaites la demande.</translation>
    </message>
    <message>
        <source>The approval was given for {given}; this is {needed}; ask again.</source>
        <translation>L&apos;approbation a été donnée pour {given}&#x202f;; il s&apos;agit ici de {needed}&#x202f;; refaites la demande.</translation>
    </message>
    <message>
        <source>entries {expected}–{last} are missing (deleted)</source>
        <translation>les entrées {expected} à {last} sont manquantes (supprimées)</translation>
    </message>
    <message>
        <source>entry {seq} appears twice (inserted)</source>
        <translation>l&apos;entrée {seq} apparaît deux fois (insérée)</translation>
    </message>
    <message>
        <source>entry {seq} does not follow entry {previous} (inserted, reordered or deleted)</source>
        <translation>l&apos;entrée {seq} ne suit pas l&apos;entrée {previous} (insérée, déplacée ou supprimée)</translation>
    </message>
    <message>
        <source>entry {seq} was edited after it was written</source>
        <translation>l&apos;entrée {seq} a été modifiée après son écriture</translation>
    </message>
    <message>
        <source>entry {seq} was moved (reordered)</source>
        <translation>l&apos;entrée {seq} a été déplacée (réordonnée)</translation>
    </message>
    <message>
        <source>Staff code or PIN not recognised; try again.</source>
        <translation>Code d&apos;employé ou NIP non reconnu&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>The PIN must have at least {min_length} characters for this role.</source>
        <translation>Le NIP doit comporter au moins {min_length} caractères pour ce rôle.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (all the same or a run of digits); choose another.</source>
        <translation>Ce NIP est trop facile à deviner (chiffres identiques ou consécutifs)&#x202f;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: {code} is locked until {until:%H:%M}. A store manager can unlock it.</source>
        <translation>Trop de NIP erronés&#xa0;: {code} est verrouillé jusqu&apos;à {until:%H:%M}. Un(e) gérant(e) de magasin peut le déverrouiller.</translation>
    </message>
    <message>
        <source>Type your staff code and PIN.</source>
        <translation>Entrez votre code d&apos;employé et votre NIP.</translation>
    </message>
    <message>
        <source>Badge not recognised; sign in with your staff code and PIN.</source>
        <translation>Carte d&apos;employé non reconnue&#x202f;; connectez-vous avec votre code d&apos;employé et votre NIP.</translation>
    </message>
    <message>
        <source>{title} {colour} {size} appears twice without a SKU.</source>
        <translation>{title} {colour} {size} apparaît deux fois sans SKU.</translation>
    </message>
    <message>
        <source>the same product</source>
        <translation>le même produit</translation>
    </message>
    <message>
        <source>another product</source>
        <translation>un autre produit</translation>
    </message>
    <message>
        <source>Barcode {gtin} is also on row {row} ({where}); a scan will show both.</source>
        <translation>Le code-barres {gtin} figure aussi à la ligne {row} ({where})&#x202f;; un balayage affichera les deux.</translation>
    </message>
    <message>
        <source>{title} is priced in {currency}, not {currency2}; it is imported in {currency}.</source>
        <translation>{title} a un prix en {currency}, pas en {currency2}&#x202f;; il est importé en {currency}.</translation>
    </message>
    <message>
        <source>Unknown fields: {unknown}.</source>
        <translation>Champs inconnus&#xa0;: {unknown}.</translation>
    </message>
    <message>
        <source>Map at least the price and the product name or SKU.</source>
        <translation>Associez au moins le prix et le nom du produit ou le SKU.</translation>
    </message>
    <message>
        <source>--format must be auto, {FORMATS}.</source>
        <translation>--format doit être auto, {FORMATS}.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Latin-1). Check accented names.</source>
        <translation>Le fichier n&apos;est pas en UTF-8&#x202f;; il a été lu en Windows-1252 (Latin-1). Vérifiez les noms accentués.</translation>
    </message>
    <message>
        <source>The file is empty; nothing to import.</source>
        <translation>Le fichier est vide&#x202f;; rien à importer.</translation>
    </message>
    <message>
        <source>No column looks like a product name or SKU (columns: {header}). Map the columns in the import window, or rename the headers.</source>
        <translation>Aucune colonne ne ressemble à un nom de produit ou à un SKU (colonnes&#xa0;: {header}). Associez les colonnes dans la fenêtre d&apos;importation, ou renommez les en-têtes.</translation>
    </message>
    <message>
        <source>There is no price column; posassist never guesses prices. Add one or map it.</source>
        <translation>Il n&apos;y a pas de colonne de prix&#x202f;; posassist ne devine jamais les prix. Ajoutez-en une ou associez-la.</translation>
    </message>
    <message>
        <source>Column &apos;{h}&apos; is not used by posassist.</source>
        <translation>La colonne &apos;{h}&apos; n&apos;est pas utilisée par posassist.</translation>
    </message>
    <message>
        <source>There is no file {source}; check the path.</source>
        <translation>Le fichier {source} n&apos;existe pas&#x202f;; vérifiez le chemin.</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was changed.</source>
        <translation>Téléchargement annulé&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not download {source} ({err}); check the address and the network.</source>
        <translation>Impossible de télécharger {source} ({err})&#x202f;; vérifiez l&apos;adresse et le réseau.</translation>
    </message>
    <message>
        <source>line {line_no}: {msg} (column {colno})</source>
        <translation>ligne {line_no}&#xa0;: {msg} (colonne {colno})</translation>
    </message>
    <message>
        <source>line {line}: {msg} (column {colno}); the file ends early or is not valid JSON</source>
        <translation>ligne {line}&#xa0;: {msg} (colonne {colno})&#x202f;; le fichier se termine trop tôt ou n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>each item must be an object with named fields</source>
        <translation>chaque article doit être un objet avec des champs nommés</translation>
    </message>
    <message>
        <source>the XML is not well-formed at line {line}, column {col}: {msg}</source>
        <translation>le XML est mal formé à la ligne {line}, colonne {col}&#xa0;: {msg}</translation>
    </message>
    <message>
        <source>Another catalogue import is running ({split}, since {acquired_at:%H:%M} UTC); wait for it to finish.</source>
        <translation>Une autre importation de catalogue est en cours ({split}, depuis {acquired_at:%H:%M} UTC)&#x202f;; attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>No applied catalogue import to roll back.</source>
        <translation>Aucune importation de catalogue appliquée à annuler.</translation>
    </message>
    <message>
        <source>Version {target} is not an applied import (see &apos;posassist catalogue history&apos;).</source>
        <translation>La version {target} n&apos;est pas une importation appliquée (voir &apos;posassist catalogue history&apos;).</translation>
    </message>
    <message>
        <source>customer&apos;s name</source>
        <translation>nom du client</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>nom préféré</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>adresse courriel</translation>
    </message>
    <message>
        <source>Preferences line {n}: write it as &apos;what: value&apos;, e.g. &apos;fit: slim&apos;.</source>
        <translation>Préférences, ligne {n}&#xa0;: écrivez-la sous la forme «&#xa0;quoi&#xa0;: valeur&#xa0;», p. ex. «&#xa0;coupe&#xa0;: ajustée&#xa0;».</translation>
    </message>
    <message>
        <source>preference</source>
        <translation>préférence</translation>
    </message>
    <message>
        <source>{label}: answer yes or no.</source>
        <translation>{label}&#xa0;: répondez oui ou non.</translation>
    </message>
    <message>
        <source>pronunciation</source>
        <translation>prononciation</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an email address; check it, e.g. name@example.com.</source>
        <translation>&apos;{email}&apos; n&apos;est pas une adresse courriel&#x202f;; vérifiez-la, p. ex. nom@example.com.</translation>
    </message>
    <message>
        <source>&apos;{phone}&apos; is not a phone number; type it with its area code, e.g. 416 555 0100.</source>
        <translation>&apos;{phone}&apos; n&apos;est pas un numéro de téléphone&#x202f;; entrez-le avec l&apos;indicatif régional, p. ex. 416 555 0100.</translation>
    </message>
    <message>
        <source>loyalty card number</source>
        <translation>numéro de carte de fidélité</translation>
    </message>
    <message>
        <source>Card {card} already belongs to {name}; merge the two records instead (Ctrl+M).</source>
        <translation>La carte {card} appartient déjà à {name}&#x202f;; fusionnez plutôt les deux dossiers (Ctrl+M).</translation>
    </message>
    <message>
        <source>Birth year: a year between 1900 and {year}, e.g. 1984.</source>
        <translation>Année de naissance&#xa0;: une année entre 1900 et {year}, p. ex. 1984.</translation>
    </message>
    <message>
        <source>Preferred channel: one of {list}.</source>
        <translation>Canal préféré&#xa0;: l&apos;un de {list}.</translation>
    </message>
    <message>
        <source>Preferred language: one of {list}.</source>
        <translation>Langue préférée&#xa0;: l&apos;une de {list}.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field of the customer&apos;s record.</source>
        <translation>&apos;{field}&apos; n&apos;est pas un champ du dossier client.</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased; it cannot be edited.</source>
        <translation>Les données personnelles de ce client ont été effacées&#x202f;; elles ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>Consent source: one of {list}.</source>
        <translation>Source du consentement&#xa0;: l&apos;une de {list}.</translation>
    </message>
    <message>
        <source>This customer&apos;s record was changed elsewhere after this edit was made; nothing was saved. Look at the record again.</source>
        <translation>La fiche de ce client a été modifiée ailleurs entre-temps&#x202f;; rien n&apos;a été enregistré. Consultez la fiche de nouveau.</translation>
    </message>
    <message>
        <source>occasion</source>
        <translation>occasion</translation>
    </message>
    <message>
        <source>Name the occasion, e.g. &apos;Wife&apos;s birthday&apos;.</source>
        <translation>Nommez l&apos;occasion, p. ex. «&#xa0;Anniversaire de sa conjointe&#xa0;».</translation>
    </message>
    <message>
        <source>Month: a number from 1 to 12.</source>
        <translation>Mois&#xa0;: un nombre de 1 à 12.</translation>
    </message>
    <message>
        <source>Day: a number from 1 to {last} for that month.</source>
        <translation>Jour&#xa0;: un nombre de 1 à {last} pour ce mois.</translation>
    </message>
    <message>
        <source>Reminder: 0 to {most} days before the date.</source>
        <translation>Rappel&#xa0;: de 0 à {most} jours avant la date.</translation>
    </message>
    <message>
        <source>That date is gone already.</source>
        <translation>Cette date a déjà été retirée.</translation>
    </message>
    <message>
        <source>Relation: one of {list}.</source>
        <translation>Lien&#xa0;: l&apos;un de {list}.</translation>
    </message>
    <message>
        <source>A customer cannot be related to themselves; choose the other person.</source>
        <translation>Un client ne peut pas être lié à lui-même&#x202f;; choisissez l&apos;autre personne.</translation>
    </message>
    <message>
        <source>That customer&apos;s personal data was erased; link someone else.</source>
        <translation>Les données personnelles de ce client ont été effacées&#x202f;; liez quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>{name} is already linked to this customer.</source>
        <translation>{name} est déjà lié(e) à ce client.</translation>
    </message>
    <message>
        <source>{name} is not linked to this customer.</source>
        <translation>{name} n&apos;est pas lié(e) à ce client.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an email address.</source>
        <translation>&apos;{email}&apos; n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>The phone number needs at least 7 digits.</source>
        <translation>Le numéro de téléphone doit comporter au moins 7 chiffres.</translation>
    </message>
    <message>
        <source>Add a phone number, an email or a loyalty card so we can find them again.</source>
        <translation>Ajoutez un numéro de téléphone, un courriel ou une carte de fidélité pour qu&apos;on puisse retrouver la personne.</translation>
    </message>
    <message>
        <source>Alert kind must be one of {ALERT_KINDS}.</source>
        <translation>Le type d&apos;alerte doit être l&apos;un de {ALERT_KINDS}.</translation>
    </message>
    <message>
        <source>Severity must be critical, warning or info.</source>
        <translation>La gravité doit être critical, warning ou info.</translation>
    </message>
    <message>
        <source>Write the alert, e.g. &apos;severe milk allergy&apos;.</source>
        <translation>Rédigez l&apos;alerte, p. ex. «&#xa0;allergie grave au lait&#xa0;».</translation>
    </message>
    <message>
        <source>Card numbers are never stored; remove it from the alert.</source>
        <translation>Les numéros de carte ne sont jamais conservés&#x202f;; retirez-le de l&apos;alerte.</translation>
    </message>
    <message>
        <source>That customer is not on file any more.</source>
        <translation>Ce client n&apos;est plus au dossier.</translation>
    </message>
    <message>
        <source>That alert is gone already.</source>
        <translation>Cette alerte a déjà été retirée.</translation>
    </message>
    <message>
        <source> · CSAT {csat}/5</source>
        <translation> · Satisfaction {csat}/5</translation>
    </message>
    <message>
        <source>There is no customer {customer_id}.</source>
        <translation>Il n&apos;y a aucun client {customer_id}.</translation>
    </message>
    <message>
        <source>under 5 min</source>
        <translation>moins de 5 min</translation>
    </message>
    <message>
        <source>5–15 min</source>
        <translation>5 à 15 min</translation>
    </message>
    <message>
        <source>15–60 min</source>
        <translation>15 à 60 min</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1 à 4 h</translation>
    </message>
    <message>
        <source>over 4 h</source>
        <translation>plus de 4 h</translation>
    </message>
    <message>
        <source>The store</source>
        <translation>Le magasin</translation>
    </message>
    <message>
        <source>The database already holds a store; pass --reset to replace it with the demo.</source>
        <translation>La base de données contient déjà un magasin&#x202f;; indiquez --reset pour le remplacer par la démo.</translation>
    </message>
    <message>
        <source>Give the day the follow-up is due.</source>
        <translation>Indiquez le jour d&apos;échéance du suivi.</translation>
    </message>
    <message>
        <source>The due date needs a time zone.</source>
        <translation>La date d&apos;échéance doit avoir un fuseau horaire.</translation>
    </message>
    <message>
        <source>That owner is not a staff member.</source>
        <translation>Ce responsable n&apos;est pas un membre du personnel.</translation>
    </message>
    <message>
        <source>That follow-up is not on file any more.</source>
        <translation>Ce suivi n&apos;est plus au dossier.</translation>
    </message>
    <message>
        <source>That follow-up is already {status}.</source>
        <translation>Ce suivi est déjà {status}.</translation>
    </message>
    <message>
        <source>Snooze for 15 minutes, 1 hour or until tomorrow.</source>
        <translation>Reportez de 15 minutes, d&apos;une heure ou jusqu&apos;à demain.</translation>
    </message>
    <message>
        <source>Only the follow-up&apos;s owner can snooze its reminder; hand it over first.</source>
        <translation>Seul le responsable du suivi peut reporter son rappel&#x202f;; transférez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Only the follow-up&apos;s owner can dismiss its reminder.</source>
        <translation>Seul le responsable du suivi peut fermer son rappel.</translation>
    </message>
    <message>
        <source>No active staff member has the code {new_owner_code}.</source>
        <translation>Aucun membre actif du personnel n&apos;a le code {new_owner_code}.</translation>
    </message>
    <message>
        <source>{name} already owns this follow-up.</source>
        <translation>{name} est déjà responsable de ce suivi.</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>Choose what the gesture is ({GOODWILL_KINDS}).</source>
        <translation>Choisissez le geste ({GOODWILL_KINDS}).</translation>
    </message>
    <message>
        <source>The cost must be 0 or more.</source>
        <translation>Le coût doit être de 0 ou plus.</translation>
    </message>
    <message>
        <source>Tell the story in a sentence: it is what the approver and the reports read.</source>
        <translation>Racontez ce qui s&apos;est passé en une phrase&#xa0;: c&apos;est ce que lisent l&apos;approbateur et les rapports.</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>Choisissez d&apos;abord le client.</translation>
    </message>
    <message>
        <source>{words} for the customer: {story}</source>
        <translation>{words} pour le client&#xa0;: {story}</translation>
    </message>
    <message>
        <source>One of the customers is no longer on file.</source>
        <translation>Un des clients n&apos;est plus au dossier.</translation>
    </message>
    <message>
        <source>Lifetime free shipping (granted {now:%d %b %Y}: {story})</source>
        <translation>Livraison gratuite à vie (accordée le {now:%d&#xa0;%b&#xa0;%Y}&#xa0;: {story})</translation>
    </message>
    <message>
        <source>{store} has no {quantity} of {item} free to hold any more; choose another store.</source>
        <translation>{store} n&apos;a plus {quantity} × {item} disponible(s) à réserver&#x202f;; choisissez un autre magasin.</translation>
    </message>
    <message>
        <source>{store} cannot get it here by {day} (ready {ready}).</source>
        <translation>{store} ne peut pas le faire venir ici d&apos;ici le {day} (prêt le {ready}).</translation>
    </message>
    <message>
        <source>Someone else just took that stock; choose another store.</source>
        <translation>Quelqu&apos;un d&apos;autre vient de prendre ce stock&#x202f;; choisissez un autre magasin.</translation>
    </message>
    <message>
        <source>{item} ×{quantity} ready at {store} (hold {hold})</source>
        <translation>{item} ×{quantity} prêt à {store} (réservation {hold})</translation>
    </message>
    <message>
        <source>Hold at least one.</source>
        <translation>Réservez-en au moins un.</translation>
    </message>
    <message>
        <source>{desc} ×{quantity} is on its way from {name}; call the customer when it arrives (hold {hold}).</source>
        <translation>{desc} ×{quantity} est en route depuis {name}&#x202f;; appelez le client à son arrivée (réservation {hold}).</translation>
    </message>
    <message>
        <source>There is no hold {ref}; check the number on the slip (H-…).</source>
        <translation>Il n&apos;y a pas de réservation {ref}&#x202f;; vérifiez le numéro sur le bordereau (H-…).</translation>
    </message>
    <message>
        <source>Hold {hold} is already {status}.</source>
        <translation>La réservation {hold} est déjà {status}.</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>réservée</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>récupérée</translation>
    </message>
    <message>
        <source>released</source>
        <translation>libérée</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>No item has the SKU or barcode {code}.</source>
        <translation>Aucun article n&apos;a le SKU ou le code-barres {code}.</translation>
    </message>
    <message>
        <source>{code} names more than one item; give the SKU of the one to hold.</source>
        <translation>{code} désigne plus d&apos;un article&#x202f;; indiquez le SKU de celui à réserver.</translation>
    </message>
    <message>
        <source>Choose the customer first: a hold is always for someone.</source>
        <translation>Choisissez d&apos;abord le client&#xa0;: une réservation est toujours pour quelqu&apos;un.</translation>
    </message>
    <message>
        <source>No store has {item} free to send.</source>
        <translation>Aucun magasin n&apos;a {item} disponible à envoyer.</translation>
    </message>
    <message>
        <source>No store can get {item} to the customer by {day}: the soonest is {store} on {soonest}.</source>
        <translation>Aucun magasin ne peut faire parvenir {item} au client d&apos;ici le {day}&#xa0;: le plus tôt est {store}, le {soonest}.</translation>
    </message>
    <message>
        <source>The customer can pick it up at {store} ({km} km) today.</source>
        <translation>Le client peut le ramasser à {store} ({km} km) aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>{item} can arrive by {day} (from {store}).</source>
        <translation>{item} peut arriver d&apos;ici le {day} (de {store}).</translation>
    </message>
    <message>
        <source>That item is not in the catalogue.</source>
        <translation>Cet article n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <source>Check the promise to {customer}: {what} by {day} (from {store}). Call them if it will not make it.</source>
        <translation>Vérifiez la promesse — {customer}&#xa0;: {what} d&apos;ici le {day} (de {store}). Appelez la personne si ce n&apos;est pas possible à temps.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>That promise is not on file.</source>
        <translation>Cette promesse n&apos;est pas au dossier.</translation>
    </message>
    <message>
        <source>it would no longer arrive in time</source>
        <translation>il n&apos;arriverait plus à temps</translation>
    </message>
    <message>
        <source>its hold was released or expired</source>
        <translation>sa réservation a été libérée ou a expiré</translation>
    </message>
    <message>
        <source>the store holding it is short of stock</source>
        <translation>le magasin qui le réserve manque de stock</translation>
    </message>
    <message>
        <source>the check-up is overdue</source>
        <translation>la vérification est en retard</translation>
    </message>
    <message>
        <source>the day has passed and it is still open</source>
        <translation>le jour est passé et elle est toujours ouverte</translation>
    </message>
    <message>
        <source>nobody is following it up</source>
        <translation>personne n&apos;en assure le suivi</translation>
    </message>
    <message>
        <source>{store} cannot get it to the customer by {day}; choose a store that can.</source>
        <translation>{store} ne peut pas le faire parvenir au client d&apos;ici le {day}&#x202f;; choisissez un magasin qui le peut.</translation>
    </message>
    <message>
        <source>{item} ×{quantity} delivered by carrier from {store}</source>
        <translation>{item} ×{quantity} livré par transporteur depuis {store}</translation>
    </message>
    <message>
        <source>No other store has {quantity} of {title} free to send; try another colour or size.</source>
        <translation>Aucun autre magasin n&apos;a {quantity} {title} disponible(s) à envoyer&#x202f;; essayez une autre couleur ou taille.</translation>
    </message>
    <message>
        <source>This counter&apos;s store is not on file; check --store.</source>
        <translation>Le magasin de cette caisse n&apos;est pas au dossier&#x202f;; vérifiez --store.</translation>
    </message>
    <message>
        <source>No product has the barcode {text}.</source>
        <translation>Aucun produit n&apos;a le code-barres {text}.</translation>
    </message>
    <message>
        <source>No exact match; showing results for “{corrected}”.</source>
        <translation>Aucun résultat exact&#x202f;; résultats pour «&#xa0;{corrected}&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing found. Check the spelling, or scan the barcode.</source>
        <translation>Aucun résultat. Vérifiez l&apos;orthographe ou balayez le code-barres.</translation>
    </message>
    <message>
        <source>Write what happened, in a sentence or two.</source>
        <translation>Décrivez ce qui s&apos;est passé en une phrase ou deux.</translation>
    </message>
    <message>
        <source>The note is {body:,} characters; keep it under {MAX_NOTE:,}.</source>
        <translation>La note fait {body:,} caractères&#x202f;; gardez-la sous {MAX_NOTE:,}.</translation>
    </message>
    <message>
        <source>Channel must be one of {CHANNELS}.</source>
        <translation>Le canal doit être l&apos;un de {CHANNELS}.</translation>
    </message>
    <message>
        <source>Topic must be one of {TOPICS}.</source>
        <translation>Le sujet doit être l&apos;un de {TOPICS}.</translation>
    </message>
    <message>
        <source>Outcome must be one of {OUTCOMES}.</source>
        <translation>Le résultat doit être l&apos;un de {OUTCOMES}.</translation>
    </message>
    <message>
        <source>That earlier matter is not this customer&apos;s; choose it again.</source>
        <translation>Ce dossier antérieur n&apos;appartient pas à ce client&#x202f;; choisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>The contact cannot have started in the future.</source>
        <translation>Le contact ne peut pas avoir commencé dans le futur.</translation>
    </message>
    <message>
        <source>That note is not on file any more.</source>
        <translation>Cette note n&apos;est plus au dossier.</translation>
    </message>
    <message>
        <source>The rating is 1 to 5 stars (or none).</source>
        <translation>La note est de 1 à 5 étoiles (ou aucune).</translation>
    </message>
    <message>
        <source>The outcome is solved now, needs a follow-up or could not help.</source>
        <translation>Le résultat est&#xa0;: réglé, suivi requis ou impossible d&apos;aider.</translation>
    </message>
    <message>
        <source>No return policy is in force yet.</source>
        <translation>Aucune politique de retour n&apos;est encore en vigueur.</translation>
    </message>
    <message>
        <source>The policy must be a JSON object.</source>
        <translation>La politique doit être un objet JSON.</translation>
    </message>
    <message>
        <source>{value} contains a control character; retype it.</source>
        <translation>{value} contient un caractère de contrôle&#x202f;; retapez-le.</translation>
    </message>
    <message>
        <source>&apos;currency&apos; must be a currency code such as CAD.</source>
        <translation>&apos;currency&apos; doit être un code de devise comme CAD.</translation>
    </message>
    <message>
        <source>&apos;approval_tiers&apos; is a list; each tier needs a role, max_amount_minor and max_days_past_window.</source>
        <translation>&apos;approval_tiers&apos; est une liste&#x202f;; chaque niveau a besoin d&apos;un role, de max_amount_minor et de max_days_past_window.</translation>
    </message>
    <message>
        <source>no_restocking_fee_in: {value} is not a region; write a country, a subdivision or a place in it (US, US-NY, US-NY-NYC), or &quot;!US-NY-NYC&quot; for an exception.</source>
        <translation>no_restocking_fee_in&#xa0;: {value} n&apos;est pas une région&#x202f;; indiquez un pays, une subdivision ou un lieu de celle-ci (US, US-NY, US-NY-NYC), ou «&#x202f;!US-NY-NYC&#xa0;» pour une exception.</translation>
    </message>
    <message>
        <source>The policy is not complete: {err}.</source>
        <translation>La politique est incomplète&#xa0;: {err}.</translation>
    </message>
    <message>
        <source>The start date needs a time zone.</source>
        <translation>La date de début doit avoir un fuseau horaire.</translation>
    </message>
    <message>
        <source>Final sale: not returnable.</source>
        <translation>Vente finale&#xa0;: non retournable.</translation>
    </message>
    <message>
        <source>Not returnable under the current policy.</source>
        <translation>Non retournable selon la politique actuelle.</translation>
    </message>
    <message>
        <source>Returnable within {window} days of purchase with the receipt.</source>
        <translation>Retournable dans les {window} jours suivant l&apos;achat, avec le reçu.</translation>
    </message>
    <message>
        <source>That item is no longer in the catalogue; search again.</source>
        <translation>Cet article n&apos;est plus dans le catalogue&#x202f;; cherchez de nouveau.</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} mois</translation>
    </message>
    <message>
        <source>Scan or type the receipt number.</source>
        <translation>Balayez ou tapez le numéro du reçu.</translation>
    </message>
    <message>
        <source>No receipt {code}… on file: that is longer than any receipt number.</source>
        <translation>Aucun reçu {code}… au dossier&#xa0;: c&apos;est plus long que tout numéro de reçu.</translation>
    </message>
    <message>
        <source>No sale has the receipt number {code}. Check it, find the customer instead, or continue without a receipt.</source>
        <translation>Aucune vente ne porte le numéro de reçu {code}. Vérifiez-le, cherchez plutôt le client ou continuez sans reçu.</translation>
    </message>
    <message>
        <source>That sale is not on file.</source>
        <translation>Cette vente n&apos;est pas au dossier.</translation>
    </message>
    <message>
        <source>No return policy is set up; an admin must create one before returns can be taken.</source>
        <translation>Aucune politique de retour n&apos;est configurée&#x202f;; un administrateur doit en créer une avant qu&apos;on puisse prendre des retours.</translation>
    </message>
    <message>
        <source>return note</source>
        <translation>note de retour</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>Pick at least one item to return.</source>
        <translation>Choisissez au moins un article à retourner.</translation>
    </message>
    <message>
        <source>Find the sale first (receipt or customer).</source>
        <translation>Trouvez d&apos;abord la vente (reçu ou client).</translation>
    </message>
    <message>
        <source>That sale is not on file any more.</source>
        <translation>Cette vente n&apos;est plus au dossier.</translation>
    </message>
    <message>
        <source>Line {i} is not on receipt {receipt_no}.</source>
        <translation>La ligne {i} ne figure pas sur le reçu {receipt_no}.</translation>
    </message>
    <message>
        <source>{description} is listed twice; return it once with the full quantity.</source>
        <translation>{description} est inscrit deux fois&#x202f;; retournez-le une seule fois avec la quantité totale.</translation>
    </message>
    <message>
        <source>Line {i}: the quantity must be a whole number of at least 1.</source>
        <translation>Ligne {i}&#xa0;: la quantité doit être un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>Line {i}: that item is not in the catalogue.</source>
        <translation>Ligne {i}&#xa0;: cet article n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <source>Line {i}: describe what the customer brought.</source>
        <translation>Ligne {i}&#xa0;: décrivez ce que le client a apporté.</translation>
    </message>
    <message>
        <source>Line {i}: enter the value of {desc} (0 or more).</source>
        <translation>Ligne {i}&#xa0;: entrez la valeur de {desc} (0 ou plus).</translation>
    </message>
    <message>
        <source>Line {i}: scan or find the item being returned.</source>
        <translation>Ligne {i}&#xa0;: balayez ou trouvez l&apos;article retourné.</translation>
    </message>
    <message>
        <source>{description}: the quantity must be a whole number.</source>
        <translation>{description}&#xa0;: la quantité doit être un nombre entier.</translation>
    </message>
    <message>
        <source>{description}: the quantity must be at least 1.</source>
        <translation>{description}&#xa0;: la quantité doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>{description} has already been returned in full.</source>
        <translation>{description} a déjà été entièrement retourné.</translation>
    </message>
    <message>
        <source>{description}: only {available} left to return (the rest was returned before).</source>
        <translation>{description}&#xa0;: il n&apos;en reste que {available} à retourner (le reste a déjà été retourné).</translation>
    </message>
    <message>
        <source>Line {line}: scan or choose the item the customer wants instead.</source>
        <translation>Ligne {line}&#xa0;: balayez ou choisissez l&apos;article que le client veut à la place.</translation>
    </message>
    <message>
        <source>Line {line}: that replacement is not in the catalogue.</source>
        <translation>Ligne {line}&#xa0;: cet article de remplacement n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <source>Line {line}: {desc} is not in stock here ({stock}); ship it from another store instead.</source>
        <translation>Ligne {line}&#xa0;: {desc} n&apos;est pas en stock ici ({stock})&#x202f;; expédiez-le plutôt d&apos;un autre magasin.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Line {line}: the chosen store has no {desc} to ship.</source>
        <translation>Ligne {line}&#xa0;: le magasin choisi n&apos;a aucun {desc} à expédier.</translation>
    </message>
    <message>
        <source>Line {line}: no store has {desc} in stock to ship.</source>
        <translation>Ligne {line}&#xa0;: aucun magasin n&apos;a {desc} en stock à expédier.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Ligne {line}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>A refund of {refund} would be more than is left of the {paid} paid on {receipt_no}.</source>
        <translation>Un remboursement de {refund} dépasserait ce qui reste des {paid} payés sur {receipt_no}.</translation>
    </message>
    <message>
        <source>Sign in first: this needs a signed-in staff member.</source>
        <translation>Connectez-vous d&apos;abord&#xa0;: ceci exige un membre du personnel connecté.</translation>
    </message>
    <message>
        <source>This store has staff accounts: sign in (the command line: --as CODE).</source>
        <translation>Ce magasin a des comptes d&apos;employés&#xa0;: connectez-vous (en ligne de commande&#xa0;: --as CODE).</translation>
    </message>
    <message>
        <source>an associate</source>
        <translation>un(e) conseiller(ère)</translation>
    </message>
    <message>
        <source>a shift lead</source>
        <translation>un(e) chef d&apos;équipe</translation>
    </message>
    <message>
        <source>a store manager</source>
        <translation>un(e) gérant(e) de magasin</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>un(e) administrateur(trice)</translation>
    </message>
    <message>
        <source>write customer notes</source>
        <translation>rédiger des notes client</translation>
    </message>
    <message>
        <source>change customer records</source>
        <translation>modifier les dossiers clients</translation>
    </message>
    <message>
        <source>change customer alerts</source>
        <translation>modifier les alertes client</translation>
    </message>
    <message>
        <source>change follow-ups</source>
        <translation>modifier les suivis</translation>
    </message>
    <message>
        <source>put items on hold</source>
        <translation>réserver des articles</translation>
    </message>
    <message>
        <source>prepare returns</source>
        <translation>préparer des retours</translation>
    </message>
    <message>
        <source>take returns</source>
        <translation>prendre des retours</translation>
    </message>
    <message>
        <source>ask for approvals</source>
        <translation>demander des approbations</translation>
    </message>
    <message>
        <source>decide approvals</source>
        <translation>décider des approbations</translation>
    </message>
    <message>
        <source>grant goodwill gestures</source>
        <translation>accorder des gestes commerciaux</translation>
    </message>
    <message>
        <source>export a customer&apos;s data</source>
        <translation>exporter les données d&apos;un client</translation>
    </message>
    <message>
        <source>erase a customer</source>
        <translation>effacer un client</translation>
    </message>
    <message>
        <source>change staff accounts</source>
        <translation>modifier les comptes d&apos;employés</translation>
    </message>
    <message>
        <source>change the return policy</source>
        <translation>modifier la politique de retour</translation>
    </message>
    <message>
        <source>import the catalogue</source>
        <translation>importer le catalogue</translation>
    </message>
    <message>
        <source>roll the catalogue back</source>
        <translation>annuler une importation du catalogue</translation>
    </message>
    <message>
        <source>change the store set-up</source>
        <translation>modifier la configuration du magasin</translation>
    </message>
    <message>
        <source>restore the database</source>
        <translation>restaurer la base de données</translation>
    </message>
    <message>
        <source>revoke an audit signing key</source>
        <translation>révoquer une clé de signature d&apos;audit</translation>
    </message>
    <message>
        <source>read the shift reports</source>
        <translation>consulter les rapports de quart</translation>
    </message>
    <message>
        <source>send what was done offline</source>
        <translation>envoyer ce qui a été fait hors ligne</translation>
    </message>
    <message>
        <source>review what was done offline</source>
        <translation>vérifier ce qui a été fait hors ligne</translation>
    </message>
    <message>
        <source>You are signed in as {role}: you cannot give or change the account of {other}.</source>
        <translation>Vous êtes connecté(e) comme {role}&#xa0;: vous ne pouvez pas créer ni modifier le compte de {other}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>You are signed in as {role}; only {who} may {what}. Ask them to sign in.</source>
        <translation>Vous êtes connecté(e) comme {role}&#x202f;; seul(e) {who} peut {what}. Demandez-lui de se connecter.</translation>
    </message>
    <message>
        <source>This sign-in is not recognised; sign in again.</source>
        <translation>Cette connexion n&apos;est pas reconnue&#x202f;; connectez-vous de nouveau.</translation>
    </message>
    <message>
        <source>You were signed out; sign in again.</source>
        <translation>Vous avez été déconnecté(e)&#x202f;; connectez-vous de nouveau.</translation>
    </message>
    <message>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>Votre session a expiré&#x202f;; connectez-vous de nouveau.</translation>
    </message>
    <message>
        <source>This staff account is no longer active.</source>
        <translation>Ce compte d&apos;employé n&apos;est plus actif.</translation>
    </message>
    <message>
        <source>staff code</source>
        <translation>code d&apos;employé</translation>
    </message>
    <message>
        <source>The staff code must be letters and digits only.</source>
        <translation>Le code d&apos;employé ne doit contenir que des lettres et des chiffres.</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Indiquez le nom de la personne.</translation>
    </message>
    <message>
        <source>Role must be one of: {ROLES}.</source>
        <translation>Le rôle doit être l&apos;un de&#xa0;: {ROLES}.</translation>
    </message>
    <message>
        <source>Staff code {code} is taken; choose another.</source>
        <translation>Le code d&apos;employé {code} est déjà pris&#x202f;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>There is no store {store_code}.</source>
        <translation>Il n&apos;y a aucun magasin {store_code}.</translation>
    </message>
    <message>
        <source>There is no staff member with code {code}.</source>
        <translation>Il n&apos;y a aucun membre du personnel avec le code {code}.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>Catalogue import</source>
        <translation>Importation du catalogue</translation>
    </message>
    <message>
        <source>File or URL to import</source>
        <translation>Fichier ou URL à importer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>&amp;Map columns…</source>
        <translation>&amp;Associer les colonnes…</translation>
    </message>
    <message>
        <source>Say which column is which (generic CSV); remembered per source</source>
        <translation>Indiquer quelle colonne est laquelle (CSV générique)&#x202f;; mémorisé pour chaque source</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Detect the format</source>
        <translation>Détecter le format</translation>
    </message>
    <message>
        <source>&amp;Full sync (deactivate what the file no longer lists)</source>
        <translation>Synchronisation &amp;complète (désactive ce que le fichier ne contient plus)</translation>
    </message>
    <message>
        <source>Full sync</source>
        <translation>Synchronisation complète</translation>
    </message>
    <message>
        <source>S&amp;kip rows with errors</source>
        <translation>&amp;Ignorer les lignes en erreur</translation>
    </message>
    <message>
        <source>Skip rows with errors</source>
        <translation>Ignorer les lignes en erreur</translation>
    </message>
    <message>
        <source>&amp;Check (dry run)</source>
        <translation>&amp;Vérifier (essai à blanc)</translation>
    </message>
    <message>
        <source>Check the file without changing anything</source>
        <translation>Vérifier le fichier sans rien modifier</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Apply the file to the catalogue</source>
        <translation>Appliquer le fichier au catalogue</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop the import; nothing is changed</source>
        <translation>Arrêter l&apos;importation&#x202f;; rien n&apos;est modifié</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>Choose a file or paste a URL, then Check.</source>
        <translation>Choisissez un fichier ou collez une URL, puis Vérifier.</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Afficher les modifications</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Ce qui va changer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Fields (before → after)</source>
        <translation>Champs (avant → après)</translation>
    </message>
    <message>
        <source>Problems by row</source>
        <translation>Problèmes par ligne</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
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
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>&amp;Export problems (CSV)…</source>
        <translation>&amp;Exporter les problèmes (CSV)…</translation>
    </message>
    <message>
        <source>Save the problems as CSV</source>
        <translation>Enregistrer les problèmes en CSV</translation>
    </message>
    <message>
        <source>Imported versions</source>
        <translation>Versions importées</translation>
    </message>
    <message>
        <source>&amp;Roll back selected version</source>
        <translation>&amp;Revenir sur la version sélectionnée</translation>
    </message>
    <message>
        <source>Roll back the selected version</source>
        <translation>Revenir sur la version sélectionnée</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>&amp;Modifications</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>Pro&amp;blèmes</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>Fichier de catalogue</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.tsv *.txt *.json *.jsonl *.xml);;All files (*)</source>
        <translation>Catalogues (*.csv *.tsv *.txt *.json *.jsonl *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a local file first; the mapping is remembered for its source.</source>
        <translation>Choisissez d&apos;abord un fichier local&#x202f;; l&apos;association est mémorisée pour sa source.</translation>
    </message>
    <message>
        <source>Choose a file or paste a URL first.</source>
        <translation>Choisissez d&apos;abord un fichier ou collez une URL.</translation>
    </message>
    <message>
        <source>This deactivates {deactivated:,} items the file no longer lists (they are not deleted). Continue?</source>
        <translation>Ceci désactive {deactivated:,} articles que le fichier ne contient plus (ils ne sont pas supprimés). Continuer&#x202f;?</translation>
    </message>
    <message>
        <source>{name} (import window)</source>
        <translation>{name} (fenêtre d&apos;importation)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Applying… (Cancel leaves everything as it was)</source>
        <translation>Application… (Annuler laisse tout comme avant)</translation>
    </message>
    <message>
        <source>{stage}: {done:,} of {total:,}</source>
        <translation>{stage}&#xa0;: {done:,} sur {total:,}</translation>
    </message>
    <message>
        <source>{stage}: {done:,}</source>
        <translation>{stage}&#xa0;: {done:,}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled; the catalogue is exactly as it was.</source>
        <translation>Annulé&#x202f;; le catalogue est exactement comme avant.</translation>
    </message>
    <message>
        <source>Checked (nothing written)</source>
        <translation>Vérifié (rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <source>Applied as version {version}</source>
        <translation>Appliqué comme version {version}</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Rien à modifier</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Non appliqué</translation>
    </message>
    <message>
        <source>Fix the errors (or tick &apos;Skip rows with errors&apos;) to apply.</source>
        <translation>Corrigez les erreurs (ou cochez «&#xa0;Ignorer les lignes en erreur&#xa0;») pour appliquer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{state}&lt;/b&gt; · {format} · {rows:,} rows, {products:,} products, {variants:,} variants: &lt;b&gt;{created:,}&lt;/b&gt; new, &lt;b&gt;{updated:,}&lt;/b&gt; changed, {unchanged:,} unchanged, &lt;b&gt;{deactivated:,}&lt;/b&gt; to deactivate, {skipped:,} skipped · &lt;b&gt;{errors}&lt;/b&gt; errors, {warnings} warnings.{blocked}</source>
        <translation>&lt;b&gt;{state}&lt;/b&gt; · {format} · {rows:,} lignes, {products:,} produits, {variants:,} variantes&#xa0;: &lt;b&gt;{created:,}&lt;/b&gt; nouveaux, &lt;b&gt;{updated:,}&lt;/b&gt; modifiés, {unchanged:,} inchangés, &lt;b&gt;{deactivated:,}&lt;/b&gt; à désactiver, {skipped:,} ignorés · &lt;b&gt;{errors}&lt;/b&gt; erreurs, {warnings} avertissements.{blocked}</translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation>Enregistrer les problèmes</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rolled back version(s) {map}.</source>
        <translation>Version(s) {map} annulée(s).</translation>
    </message>
    <message>
        <source>Style / group</source>
        <translation>Style / groupe</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nom du produit</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Compare-at price</source>
        <translation>Prix de comparaison</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Stock here</source>
        <translation>Stock ici</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Active / status</source>
        <translation>Actif / état</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Map the file&apos;s columns</source>
        <translation>Associer les colonnes du fichier</translation>
    </message>
    <message>
        <source>Columns of {source_key}</source>
        <translation>Colonnes de {source_key}</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Colonne pour {field}</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(absent de ce fichier)</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation>Politique de retour</translation>
    </message>
    <message>
        <source>Policy versions</source>
        <translation>Versions de la politique</translation>
    </message>
    <message>
        <source>Policy rules (JSON)</source>
        <translation>Règles de la politique (JSON)</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>En vigueur à partir du</translation>
    </message>
    <message>
        <source>What changed and why</source>
        <translation>Ce qui a changé et pourquoi</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Save the policy as a new version</source>
        <translation>Enregistrer la politique comme nouvelle version</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>En vigueur à &amp;partir du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>v{version} · from {effective_from:%Y-%m-%d %H:%M} · {note}</source>
        <translation>v{version} · à partir du {effective_from:%Y-%m-%d&#xa0;%H:%M} · {note}</translation>
    </message>
    <message>
        <source>Not valid JSON at line {lineno}, column {colno}: {msg}</source>
        <translation>JSON non valide à la ligne {lineno}, colonne {colno}&#xa0;: {msg}</translation>
    </message>
    <message>
        <source>Saved as version {version}, in force from {effective_from:%Y-%m-%d %H:%M}.</source>
        <translation>Enregistrée comme version {version}, en vigueur à partir du {effective_from:%Y-%m-%d&#xa0;%H:%M}.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes d&apos;employés</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>New staff code</source>
        <translation>Nouveau code d&apos;employé</translation>
    </message>
    <message>
        <source>PIN (never shown)</source>
        <translation>NIP (jamais affiché)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Ajouter cette personne</translation>
    </message>
    <message>
        <source>New &amp;PIN for selected</source>
        <translation>Nouveau NI&amp;P pour la sélection</translation>
    </message>
    <message>
        <source>Set the PIN above for the selected person</source>
        <translation>Attribuer le NIP ci-dessus à la personne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Unlock selected</source>
        <translation>&amp;Déverrouiller la sélection</translation>
    </message>
    <message>
        <source>Unlock the selected person</source>
        <translation>Déverrouiller la personne sélectionnée</translation>
    </message>
    <message>
        <source>De&amp;activate / activate</source>
        <translation>Désactiver / ac&amp;tiver</translation>
    </message>
    <message>
        <source>Deactivate or activate the selected person</source>
        <translation>Désactiver ou activer la personne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>N&amp;IP&#xa0;:</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>verrouillé jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>{name} ajouté(e)</translation>
    </message>
    <message>
        <source>Choose a person in the list first (↑/↓).</source>
        <translation>Choisissez d&apos;abord une personne dans la liste (↑/↓).</translation>
    </message>
    <message>
        <source>{code} is now {state}</source>
        <translation>{code} est maintenant {state}</translation>
    </message>
    <message>
        <source>this list of keys</source>
        <translation>cette liste de touches</translation>
    </message>
    <message>
        <source>product look-up (scan or type)</source>
        <translation>recherche de produit (balayer ou taper)</translation>
    </message>
    <message>
        <source>find a customer</source>
        <translation>trouver un client</translation>
    </message>
    <message>
        <source>write a note for the customer (Ctrl+Enter saves)</source>
        <translation>rédiger une note pour le client (Ctrl+Entrée enregistre)</translation>
    </message>
    <message>
        <source>return or exchange</source>
        <translation>retour ou échange</translation>
    </message>
    <message>
        <source>use the card&apos;s item as the replacement</source>
        <translation>utiliser l&apos;article de la fiche comme remplacement</translation>
    </message>
    <message>
        <source>approval queue</source>
        <translation>file des approbations</translation>
    </message>
    <message>
        <source>goodwill exception</source>
        <translation>exception (geste commercial)</translation>
    </message>
    <message>
        <source>lock the counter</source>
        <translation>verrouiller la caisse</translation>
    </message>
    <message>
        <source>hold the card&apos;s item for the customer: choose the store, say the day they need it by</source>
        <translation>réserver l&apos;article de la fiche pour le client&#xa0;: choisir le magasin, indiquer le jour où il en a besoin</translation>
    </message>
    <message>
        <source>holds at this store: collect, release, print the slip</source>
        <translation>réservations de ce magasin&#xa0;: remettre, libérer, imprimer le bordereau</translation>
    </message>
    <message>
        <source>end the interaction: rating, outcome (solved / follow-up / not helped), earlier matter</source>
        <translation>terminer l&apos;échange&#xa0;: note, résultat (résolu / suivi / pas aidé), demande antérieure</translation>
    </message>
    <message>
        <source>my follow-ups</source>
        <translation>mes suivis</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>tableau de bord</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>nouveau client</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>edit the customer&apos;s record: every field, consents, dates, related, history</source>
        <translation>modifier la fiche du client&#xa0;: tous les champs, consentements, dates, liens, historique</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>merge a duplicate into this customer (or undo the last merge)</source>
        <translation>fusionner un doublon avec ce client (ou annuler la dernière fusion)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Maj+F</translation>
    </message>
    <message>
        <source>follow-up for the customer</source>
        <translation>suivi pour le client</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Maj+A</translation>
    </message>
    <message>
        <source>pin an alert</source>
        <translation>épingler une alerte</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>next theme (light, dark, high contrast)</source>
        <translation>thème suivant (clair, foncé, contraste élevé)</translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+-</source>
        <translation>Ctrl++ / Ctrl+-</translation>
    </message>
    <message>
        <source>larger / smaller text (up to 200 %)</source>
        <translation>texte plus grand / plus petit (jusqu&apos;à 200&#xa0;%)</translation>
    </message>
    <message>
        <source>↑ ↓ Enter Esc</source>
        <translation>↑ ↓ Entrée Échap</translation>
    </message>
    <message>
        <source>move, open, start over</source>
        <translation>se déplacer, ouvrir, recommencer</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>quitter</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>Aide du clavier</translation>
    </message>
    <message>
        <source>posassist keys</source>
        <translation>Touches de posassist</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;{rows}&lt;/table&gt;&lt;p&gt;Scanning works wherever the cursor is.&lt;/p&gt;</source>
        <translation>&lt;table cellpadding=3&gt;{rows}&lt;/table&gt;&lt;p&gt;Le balayage fonctionne peu importe où se trouve le curseur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>Fermer l&apos;aide</translation>
    </message>
    <message>
        <source>Type the cost as an amount, e.g. {example}.</source>
        <translation>Entrez le coût sous forme de montant, p. ex. {example}.</translation>
    </message>
    <message>
        <source>Goodwill exception</source>
        <translation>Exception (geste commercial)</translation>
    </message>
    <message>
        <source>Goodwill for {value}</source>
        <translation>Geste commercial pour {value}</translation>
    </message>
    <message>
        <source>What the gesture is</source>
        <translation>Nature du geste</translation>
    </message>
    <message>
        <source>What it costs the store</source>
        <translation>Ce qu&apos;il coûte au magasin</translation>
    </message>
    <message>
        <source>The story in a sentence</source>
        <translation>Ce qui s&apos;est passé, en une phrase</translation>
    </message>
    <message>
        <source>Also for the related customer</source>
        <translation>Aussi pour le client lié</translation>
    </message>
    <message>
        <source>Also for {related_name} ({name} is their {value})</source>
        <translation>Aussi pour {related_name} ({name} est son {value})</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Geste&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>C&amp;oût&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Story:</source>
        <translation>&amp;Récit&#xa0;:</translation>
    </message>
    <message>
        <source>Shift lead approval</source>
        <translation>Approbation du chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>Motif de l&apos;exception</translation>
    </message>
    <message>
        <source>Note kept with the decision</source>
        <translation>Note conservée avec la décision</translation>
    </message>
    <message>
        <source>Approver staff code</source>
        <translation>Code d&apos;employé de l&apos;approbateur</translation>
    </message>
    <message>
        <source>The shift lead types their own code</source>
        <translation>Le ou la chef d&apos;équipe tape son propre code</translation>
    </message>
    <message>
        <source>Approver PIN</source>
        <translation>NIP de l&apos;approbateur</translation>
    </message>
    <message>
        <source>&amp;Approve here</source>
        <translation>&amp;Approuver ici</translation>
    </message>
    <message>
        <source>Approve at this counter</source>
        <translation>Approuver à cette caisse</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>Re&amp;fuser</translation>
    </message>
    <message>
        <source>Deny at this counter</source>
        <translation>Refuser à cette caisse</translation>
    </message>
    <message>
        <source>Ask a shift lead &amp;elsewhere</source>
        <translation>Demander à un(e) chef d&apos;équipe a&amp;illeurs</translation>
    </message>
    <message>
        <source>Send to the approval queue</source>
        <translation>Envoyer à la file des approbations</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Shift lead &amp;code:</source>
        <translation>&amp;Code du chef d&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;NIP&#xa0;:</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>État de l&apos;approbation</translation>
    </message>
    <message>
        <source>Waiting for a shift lead to decide request #{request_id}… (it is saved)</source>
        <translation>En attente de la décision d&apos;un(e) chef d&apos;équipe sur la demande nº {request_id}… (elle est enregistrée)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{status}&lt;/b&gt; by {value} ({value2}): {value3}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{status}&lt;/b&gt; par {value} ({value2})&#xa0;: {value3}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Decide an approval request</source>
        <translation>Décider d&apos;une demande d&apos;approbation</translation>
    </message>
    <message>
        <source>Request #{id} from {requested_by}</source>
        <translation>Demande nº {id} de {requested_by}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{requested_by}&lt;/b&gt; at {value} asks: &lt;b&gt;{amount_minor}&lt;/b&gt;&lt;br&gt;{explanation}</source>
        <translation>&lt;b&gt;{requested_by}&lt;/b&gt; à {value} demande&#xa0;: &lt;b&gt;{amount_minor}&lt;/b&gt;&lt;br&gt;{explanation}</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>Approbations en attente</translation>
    </message>
    <message>
        <source>Pending approval requests</source>
        <translation>Demandes d&apos;approbation en attente</translation>
    </message>
    <message>
        <source>Enter to decide</source>
        <translation>Entrée pour décider</translation>
    </message>
    <message>
        <source>Nothing waiting for approval.</source>
        <translation>Rien n&apos;attend d&apos;approbation.</translation>
    </message>
    <message>
        <source>Recent decisions, exceptions this week and budget used</source>
        <translation>Décisions récentes, exceptions de la semaine et budget utilisé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your goodwill budget&lt;/b&gt;: {used_shift} of {shift_limit} this shift, {used_week} of {week_limit} in 7 days, {used_month} of {month_limit} in 30 days.</source>
        <translation>&lt;b&gt;Votre budget de gestes commerciaux&lt;/b&gt;&#xa0;: {used_shift} sur {shift_limit} ce quart, {used_week} sur {week_limit} en 7 jours, {used_month} sur {month_limit} en 30 jours.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exceptions this week&lt;/b&gt;: {count} costing {total}</source>
        <translation>&lt;b&gt;Exceptions cette semaine&lt;/b&gt;&#xa0;: {count} pour un coût de {total}</translation>
    </message>
    <message>
        <source>by reason: {list}</source>
        <translation>par motif&#xa0;: {list}</translation>
    </message>
    <message>
        <source>by approver: {list}</source>
        <translation>par approbateur&#xa0;: {list}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent decisions&lt;/b&gt;: {list}</source>
        <translation>&lt;b&gt;Décisions récentes&lt;/b&gt;&#xa0;: {list}</translation>
    </message>
    <message>
        <source>#{id} {status} by {name} ({reason})</source>
        <translation>nº {id} {status} par {name} ({reason})</translation>
    </message>
    <message>
        <source>approved (used)</source>
        <translation>approuvé (utilisé)</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>(la vôtre)</translation>
    </message>
    <message>
        <source>Your role may not do this; ask a store manager.</source>
        <translation>Votre rôle ne permet pas de faire ceci&#x202f;; demandez à un(e) gérant(e) de magasin.</translation>
    </message>
    <message>
        <source>Find the customer first (F3).</source>
        <translation>Trouvez d&apos;abord le client (F3).</translation>
    </message>
    <message>
        <source>Counter visit.</source>
        <translation>Visite au comptoir.</translation>
    </message>
    <message>
        <source>Interaction closed; write the follow-up: what, and by when.</source>
        <translation>Interaction terminée&#x202f;; inscrivez le suivi&#xa0;: quoi, et pour quand.</translation>
    </message>
    <message>
        <source>Thank you noted.</source>
        <translation>Remerciement noté.</translation>
    </message>
    <message>
        <source>Interaction closed.</source>
        <translation>Interaction terminée.</translation>
    </message>
    <message>
        <source>Open the product card first (scan or search, then Enter).</source>
        <translation>Ouvrez d&apos;abord la fiche produit (balayez ou cherchez, puis Entrée).</translation>
    </message>
    <message>
        <source>Hold {number}: {description} at {from_store}, ready at {to_store} {arrives}. The slip prints.</source>
        <translation>Réservation {number}&#xa0;: {description} à {from_store}, prêt à {to_store} {arrives}. Le bordereau s&apos;imprime.</translation>
    </message>
    <message>
        <source>{count} hold(s) expired and went back to stock.</source>
        <translation>{count} réservation(s) expirée(s) et remise(s) en stock.</translation>
    </message>
    <message>
        <source>Find the customer first (F3): goodwill is always for someone.</source>
        <translation>Trouvez d&apos;abord le client (F3)&#xa0;: un geste commercial est toujours pour quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Goodwill recorded (#{id}).</source>
        <translation>Geste commercial enregistré (nº {id}).</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Effacer le client</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s personal data and notes? Sales and returns are kept under a pseudonymous id. This cannot be undone.</source>
        <translation>Effacer les données personnelles et les notes de {name}&#x202f;? Les ventes et les retours sont conservés sous un identifiant pseudonyme. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Erased; the books keep the id {pid}.</source>
        <translation>Effacé&#x202f;; les registres conservent l&apos;identifiant {pid}.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Preferred name (what to call them)</source>
        <translation>Nom d&apos;usage (comment l&apos;appeler)</translation>
    </message>
    <message>
        <source>&amp;Call them:</source>
        <translation>Nom d&apos;&amp;usage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Pin an alert</source>
        <translation>Épingler une alerte</translation>
    </message>
    <message>
        <source>Kind of alert</source>
        <translation>Type d&apos;alerte</translation>
    </message>
    <message>
        <source>Alert text, e.g. severe milk allergy</source>
        <translation>Texte de l&apos;alerte, p. ex. allergie grave au lait</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>How did we do?</source>
        <translation>Êtes-vous satisfait(e) de notre service&#x202f;?</translation>
    </message>
    <message>
        <source>Customer rating, 1 to 5 (0: not given)</source>
        <translation>Évaluation du client, de 1 à 5 (0&#xa0;: non donnée)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non donnée</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>Commentaire du client</translation>
    </message>
    <message>
        <source>&amp;Rating (1-5):</source>
        <translation>&amp;Note (1-5)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>dans {days} jours</translation>
    </message>
    <message>
        <source>{occasion} — {customer}: {day} ({when})</source>
        <translation>{occasion} — {customer}&#xa0;: {day} ({when})</translation>
    </message>
    <message>
        <source>My follow-ups — {name}</source>
        <translation>Mes suivis — {name}</translation>
    </message>
    <message>
        <source>My follow-ups</source>
        <translation>Mes suivis</translation>
    </message>
    <message>
        <source>My open follow-ups</source>
        <translation>Mes suivis ouverts</translation>
    </message>
    <message>
        <source>Enter marks the selected one done</source>
        <translation>Entrée marque le suivi sélectionné comme terminé</translation>
    </message>
    <message>
        <source>Staff code to hand the selected follow-up to</source>
        <translation>Code d&apos;employé à qui transférer le suivi sélectionné</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>Hand the selected follow-up over</source>
        <translation>Transférer le suivi sélectionné</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Occasions coming up</source>
        <translation>Occasions à venir</translation>
    </message>
    <message>
        <source>Gift and occasion dates of your customers; Enter opens the customer</source>
        <translation>Dates de cadeaux et d&apos;occasions de vos clients&#x202f;; Enter ouvre le client</translation>
    </message>
    <message>
        <source>&amp;Occasions coming up:</source>
        <translation>&amp;Occasions à venir&#xa0;:</translation>
    </message>
    <message>
        <source>Hand over &amp;to (staff code):</source>
        <translation>Transférer &amp;à (code d&apos;employé)&#xa0;:</translation>
    </message>
    <message>
        <source>OVERDUE since {day}</source>
        <translation>EN RETARD depuis le {day}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>échéance le {day}</translation>
    </message>
    <message>
        <source>Nothing promised is waiting on you.</source>
        <translation>Aucune promesse ne vous attend.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>No earlier versions.</source>
        <translation>Aucune version antérieure.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Antérieures&#xa0;:</translation>
    </message>
    <message>
        <source>Customer history, follow-ups and notes</source>
        <translation>Historique du client, suivis et notes</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Ch&amp;ronologie</translation>
    </message>
    <message>
        <source>F&amp;ollow-ups</source>
        <translation>&amp;Suivis</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Show channel</source>
        <translation>Afficher le canal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Show type</source>
        <translation>Afficher le type</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Timeline of interactions, purchases, returns, exceptions</source>
        <translation>Chronologie des interactions, achats, retours et exceptions</translation>
    </message>
    <message>
        <source>Follow-ups for this customer</source>
        <translation>Suivis de ce client</translation>
    </message>
    <message>
        <source>Enter marks one done</source>
        <translation>Entrée en marque un comme terminé</translation>
    </message>
    <message>
        <source>New follow-up: what was promised</source>
        <translation>Nouveau suivi&#xa0;: ce qui a été promis</translation>
    </message>
    <message>
        <source>Due date and time (store time)</source>
        <translation>Date et heure d&apos;échéance (heure du magasin)</translation>
    </message>
    <message>
        <source>D&amp;ue (store time):</source>
        <translation>&amp;Échéance (heure du magasin)&#xa0;:</translation>
    </message>
    <message>
        <source>Add &amp;follow-up</source>
        <translation>Ajo&amp;uter un suivi</translation>
    </message>
    <message>
        <source>Add the follow-up, owned by me</source>
        <translation>Ajouter le suivi, à mon nom</translation>
    </message>
    <message>
        <source>Follow-up message</source>
        <translation>Message du suivi</translation>
    </message>
    <message>
        <source>Pro&amp;mise:</source>
        <translation>&amp;Promesse&#xa0;:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note</source>
        <translation>Ctrl+Entrée enregistre la note</translation>
    </message>
    <message>
        <source>&amp;Save note (Ctrl+Enter)</source>
        <translation>&amp;Enregistrer la note (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Note message</source>
        <translation>Message de la note</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>C&amp;anal&#xa0;:</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>Su&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>Résul&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>{overdue}{status} · due {day} · {owner} · {text}</source>
        <translation>{overdue}{status} · échéance le {day} · {owner} · {text}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>Handed over by {name}: {note}</source>
        <translation>Transféré par {name}&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Trouver un client</translation>
    </message>
    <message>
        <source>Name, phone, email or loyalty card (F3)</source>
        <translation>Nom, téléphone, courriel ou carte de fidélité (F3)</translation>
    </message>
    <message>
        <source>Find customer: name, phone, email, card  (F3)</source>
        <translation>Trouver un client&#xa0;: nom, téléphone, courriel, carte  (F3)</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Clients correspondants</translation>
    </message>
    <message>
        <source>Enter selects the customer</source>
        <translation>Entrée sélectionne le client</translation>
    </message>
    <message>
        <source>Customer alerts</source>
        <translation>Alertes client</translation>
    </message>
    <message>
        <source>No customer selected.</source>
        <translation>Aucun client sélectionné.</translation>
    </message>
    <message>
        <source>Customer profile and history</source>
        <translation>Profil et historique du client</translation>
    </message>
    <message>
        <source>&amp;Edit record…</source>
        <translation>&amp;Modifier le dossier…</translation>
    </message>
    <message>
        <source>Merge du&amp;plicate…</source>
        <translation>Fusionner un &amp;doublon…</translation>
    </message>
    <message>
        <source>Customer record — {name}</source>
        <translation>Dossier client — {name}</translation>
    </message>
    <message>
        <source>Parts of the customer&apos;s record</source>
        <translation>Sections du dossier client</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Lifetime &amp;free shipping</source>
        <translation>Livraison &amp;gratuite à vie</translation>
    </message>
    <message>
        <source>One per line, e.g. &apos;fit: slim&apos; or &apos;sizes: M, L&apos;</source>
        <translation>Une par ligne, p. ex. «&#xa0;coupe&#xa0;: ajustée&#xa0;» ou «&#xa0;tailles&#xa0;: M, L&#xa0;»</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Séparées par des virgules</translation>
    </message>
    <message>
        <source>Pron&amp;unciation:</source>
        <translation>&amp;Prononciation&#xa0;:</translation>
    </message>
    <message>
        <source>Loyalty car&amp;d:</source>
        <translation>Carte de fi&amp;délité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Année de nai&amp;ssance&#xa0;:</translation>
    </message>
    <message>
        <source>Prefers c&amp;hannel:</source>
        <translation>Canal préfé&amp;ré&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;references:</source>
        <translation>Pré&amp;férences&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Offers by &amp;email</source>
        <translation>Offres par &amp;courriel</translation>
    </message>
    <message>
        <source>Offers by &amp;SMS</source>
        <translation>Offres par &amp;texto</translation>
    </message>
    <message>
        <source>Offers by p&amp;hone call</source>
        <translation>Offres par appel télé&amp;phonique</translation>
    </message>
    <message>
        <source>When and where this consent was given or withdrawn</source>
        <translation>Quand et où ce consentement a été donné ou retiré</translation>
    </message>
    <message>
        <source>Where the customer said so</source>
        <translation>Où le client l&apos;a indiqué</translation>
    </message>
    <message>
        <source>Said &amp;where:</source>
        <translation>Indiqué &amp;où&#xa0;:</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Gift and occasion dates</source>
        <translation>Dates de cadeaux et d&apos;occasions</translation>
    </message>
    <message>
        <source>Delete removes the selected date</source>
        <translation>Suppr retire la date sélectionnée</translation>
    </message>
    <message>
        <source>Occasion, e.g. wife&apos;s birthday</source>
        <translation>Occasion, p. ex. anniversaire de sa conjointe</translation>
    </message>
    <message>
        <source>Month, 1 to 12</source>
        <translation>Mois, de 1 à 12</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <source>Remind this many days before</source>
        <translation>Rappeler ce nombre de jours avant</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Occasion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois&#xa0;:</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remind days before:</source>
        <translation>&amp;Rappel (jours avant)&#xa0;:</translation>
    </message>
    <message>
        <source>Add &amp;date</source>
        <translation>Ajouter la &amp;date</translation>
    </message>
    <message>
        <source>Add the date</source>
        <translation>Ajouter la date</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Related customers</source>
        <translation>Clients liés</translation>
    </message>
    <message>
        <source>Enter opens the related customer; Delete unlinks them</source>
        <translation>Entrée ouvre le client lié&#x202f;; Suppr retire le lien</translation>
    </message>
    <message>
        <source>Find the related customer: name, phone, card</source>
        <translation>Trouver le client lié&#xa0;: nom, téléphone, carte</translation>
    </message>
    <message>
        <source>What they are to this customer</source>
        <translation>Son lien avec ce client</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Trouver&#xa0;:</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Clients trouvés</translation>
    </message>
    <message>
        <source>Enter links the selected customer</source>
        <translation>Entrée lie le client sélectionné</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Aucune modification pour l&apos;instant.</translation>
    </message>
    <message>
        <source>History of changes: who changed what, old and new, when</source>
        <translation>Historique des modifications&#xa0;: qui a modifié quoi, ancienne et nouvelle valeur, quand</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>since {day}, {source}</source>
        <translation>depuis le {day}, {source}</translation>
    </message>
    <message>
        <source>{label}: {day} · reminder {n} days before</source>
        <translation>{label}&#xa0;: {day} · rappel {n} jours avant</translation>
    </message>
    <message>
        <source>{name} — {relation}</source>
        <translation>{name} — {relation}</translation>
    </message>
    <message>
        <source>{when} · {who} · {field}: {old} → {new}</source>
        <translation>{when} · {who} · {field}&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>Date added.</source>
        <translation>Date ajoutée.</translation>
    </message>
    <message>
        <source>Date removed.</source>
        <translation>Date retirée.</translation>
    </message>
    <message>
        <source>Enter links the selected customer.</source>
        <translation>Entrée lie le client sélectionné.</translation>
    </message>
    <message>
        <source>No customer found. Check the spelling, or try the phone number.</source>
        <translation>Aucun client trouvé. Vérifiez l&apos;orthographe ou essayez le numéro de téléphone.</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Lien créé.</translation>
    </message>
    <message>
        <source>Unlinked.</source>
        <translation>Lien retiré.</translation>
    </message>
    <message>
        <source>(say “{sound}”)</source>
        <translation>(prononcer «&#xa0;{sound}&#xa0;»)</translation>
    </message>
    <message>
        <source>{phone} · {email} · card {card}</source>
        <translation>{phone} · {email} · carte {card}</translation>
    </message>
    <message>
        <source>Prefers: {channel} · may contact for offers by: {consents}</source>
        <translation>Préfère&#xa0;: {channel} · accepte les offres par&#xa0;: {consents}</translation>
    </message>
    <message>
        <source>any channel</source>
        <translation>n&apos;importe quel canal</translation>
    </message>
    <message>
        <source>nothing (no consent)</source>
        <translation>rien (aucun consentement)</translation>
    </message>
    <message>
        <source>Preferences: {list}</source>
        <translation>Préférences&#xa0;: {list}</translation>
    </message>
    <message>
        <source>Tags: {list}</source>
        <translation>Étiquettes&#xa0;: {list}</translation>
    </message>
    <message>
        <source>Open follow-ups: {count}</source>
        <translation>Suivis ouverts&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{relation} of {name}</source>
        <translation>{relation} de {name}</translation>
    </message>
    <message>
        <source>related</source>
        <translation>lié</translation>
    </message>
    <message>
        <source>Dates: {list}</source>
        <translation>Dates&#xa0;: {list}</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Rien pendant cette période</translation>
    </message>
    <message>
        <source>and {n} more (export the CSV for all)</source>
        <translation>et {n} de plus (exportez le CSV pour tout voir)</translation>
    </message>
    <message>
        <source>Shift-lead dashboard</source>
        <translation>Tableau de bord des chefs d&apos;équipe</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tous les magasins</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Recompute the charts</source>
        <translation>Recalculer les graphiques</translation>
    </message>
    <message>
        <source>&amp;Export all as CSV…</source>
        <translation>&amp;Exporter tout en CSV…</translation>
    </message>
    <message>
        <source>Save every chart&apos;s numbers as CSV files</source>
        <translation>Enregistrer les chiffres de chaque graphique en fichiers CSV</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Dashboard figures</source>
        <translation>Chiffres du tableau de bord</translation>
    </message>
    <message>
        <source>Returns per day</source>
        <translation>Retours par jour</translation>
    </message>
    <message>
        <source>Goodwill cost by reason</source>
        <translation>Coût des gestes commerciaux par motif</translation>
    </message>
    <message>
        <source>Goodwill cost by approver</source>
        <translation>Coût des gestes commerciaux par approbateur</translation>
    </message>
    <message>
        <source>CSAT per day (average)</source>
        <translation>Satisfaction par jour (moyenne)</translation>
    </message>
    <message>
        <source>CSAT distribution</source>
        <translation>Répartition de la satisfaction</translation>
    </message>
    <message>
        <source>First response (interactions per band)</source>
        <translation>Première réponse (interactions par tranche)</translation>
    </message>
    <message>
        <source>Most returned items</source>
        <translation>Articles les plus retournés</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Charts, and service per associate and counter</source>
        <translation>Graphiques et service par employé et par caisse</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Service by associate and counter</source>
        <translation>Service par employé et par caisse</translation>
    </message>
    <message>
        <source>&lt;b&gt;{start} to {end}&lt;/b&gt; · returns &lt;b&gt;{returns}&lt;/b&gt; ({m} refunded, {m2} credit) · goodwill &lt;b&gt;{goodwill_count}&lt;/b&gt; costing &lt;b&gt;{m3}&lt;/b&gt; · interactions &lt;b&gt;{interactions}&lt;/b&gt;, CSAT &lt;b&gt;{csat_average}&lt;/b&gt;, median first response &lt;b&gt;{first_response_median_minutes} min&lt;/b&gt;</source>
        <translation>&lt;b&gt;Du {start} au {end}&lt;/b&gt; · retours &lt;b&gt;{returns}&lt;/b&gt; ({m} remboursés, {m2} en crédit) · gestes commerciaux &lt;b&gt;{goodwill_count}&lt;/b&gt; pour un coût de &lt;b&gt;{m3}&lt;/b&gt; · interactions &lt;b&gt;{interactions}&lt;/b&gt;, satisfaction &lt;b&gt;{csat_average}&lt;/b&gt;, première réponse médiane &lt;b&gt;{first_response_median_minutes} min&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Dossier des fichiers CSV</translation>
    </message>
    <message>
        <source>Product card</source>
        <translation>Fiche produit</translation>
    </message>
    <message>
        <source>Scan a barcode or type a few letters, then press Enter on a result.</source>
        <translation>Balayez un code-barres ou tapez quelques lettres, puis appuyez sur Entrée sur un résultat.</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Détails du produit</translation>
    </message>
    <message>
        <source>Colour and size grid with stock per store</source>
        <translation>Grille des couleurs et tailles avec le stock par magasin</translation>
    </message>
    <message>
        <source>Stock here first, then the nearest stores; ? means unknown</source>
        <translation>Stock ici d&apos;abord, puis les magasins les plus proches&#x202f;; «&#xa0;?&#xa0;» signifie inconnu</translation>
    </message>
    <message>
        <source>Product picture</source>
        <translation>Photo du produit</translation>
    </message>
    <message>
        <source>one size</source>
        <translation>taille unique</translation>
    </message>
    <message>
        <source>{brand} · {department} · {variant} · SKU {sku} · GTIN {gtin}</source>
        <translation>{brand} · {department} · {variant} · SKU {sku} · GTIN {gtin}</translation>
    </message>
    <message>
        <source>({promotion}; regular {price})</source>
        <translation>({promotion}&#x202f;; prix régulier {price})</translation>
    </message>
    <message>
        <source>Until {day} if bought today.</source>
        <translation>Jusqu&apos;au {day} si acheté aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation>Allergènes</translation>
    </message>
    <message>
        <source>Not sold any more (inactive).</source>
        <translation>N&apos;est plus vendu (inactif).</translation>
    </message>
    <message>
        <source>Picture online: {image}</source>
        <translation>Photo en ligne&#xa0;: {image}</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>{stock} ({held} held)</source>
        <translation>{stock} ({held} réservé(s))</translation>
    </message>
    <message>
        <source>{stock} in stock, {held} held</source>
        <translation>{stock} en stock, {held} réservé(s)</translation>
    </message>
    <message>
        <source>{stock} in stock</source>
        <translation>{stock} en stock</translation>
    </message>
    <message>
        <source>Regular {price}</source>
        <translation>Prix régulier {price}</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} trouvé(s)</translation>
    </message>
    <message>
        <source>Product look-up</source>
        <translation>Recherche de produit</translation>
    </message>
    <message>
        <source>Product search</source>
        <translation>Recherche de produit</translation>
    </message>
    <message>
        <source>Scan a barcode, or type an SKU or a few words (F2)</source>
        <translation>Balayez un code-barres, ou tapez un SKU ou quelques mots (F2)</translation>
    </message>
    <message>
        <source>Scan or type: barcode, SKU, or words like &apos;jacket navy&apos;  (F2)</source>
        <translation>Balayez ou tapez&#xa0;: code-barres, SKU ou mots comme «&#xa0;manteau marine&#xa0;»  (F2)</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Filtre par rayon</translation>
    </message>
    <message>
        <source>Only this department</source>
        <translation>Ce rayon seulement</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les rayons</translation>
    </message>
    <message>
        <source>In stock &amp;here</source>
        <translation>En stock &amp;ici</translation>
    </message>
    <message>
        <source>Only items in stock at this store</source>
        <translation>Seulement les articles en stock dans ce magasin</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Affic&amp;her les inactifs</translation>
    </message>
    <message>
        <source>Also show items no longer sold</source>
        <translation>Afficher aussi les articles qui ne sont plus vendus</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>↑/↓ to move, Enter to open the card</source>
        <translation>↑/↓ pour se déplacer, Entrée pour ouvrir la fiche</translation>
    </message>
    <message>
        <source>Write a note for this customer</source>
        <translation>Rédiger une note pour ce client</translation>
    </message>
    <message>
        <source>New follow-up for this customer</source>
        <translation>Nouveau suivi pour ce client</translation>
    </message>
    <message>
        <source>Pin an alert on this customer</source>
        <translation>Épingler une alerte sur ce client</translation>
    </message>
    <message>
        <source>End the interaction (rating)</source>
        <translation>Terminer l&apos;interaction (évaluation)</translation>
    </message>
    <message>
        <source>Return or exchange</source>
        <translation>Retour ou échange</translation>
    </message>
    <message>
        <source>Use the card&apos;s item as the replacement</source>
        <translation>Utiliser l&apos;article de la fiche comme remplacement</translation>
    </message>
    <message>
        <source>Goodwill / exception for this customer</source>
        <translation>Geste commercial / exception pour ce client</translation>
    </message>
    <message>
        <source>Hold the card&apos;s item for this customer (choose the store)</source>
        <translation>Réserver l&apos;article de la fiche pour ce client (choisir le magasin)</translation>
    </message>
    <message>
        <source>Holds at this store: collect, release</source>
        <translation>Réservations de ce magasin&#xa0;: remettre, libérer</translation>
    </message>
    <message>
        <source>Approval queue</source>
        <translation>File des approbations</translation>
    </message>
    <message>
        <source>Offline transactions to review…</source>
        <translation>Transactions hors ligne à vérifier…</translation>
    </message>
    <message>
        <source>Dashboard (shift leads, managers)</source>
        <translation>Tableau de bord (chefs d&apos;équipe, gérants)</translation>
    </message>
    <message>
        <source>Staff accounts…</source>
        <translation>Comptes d&apos;employés…</translation>
    </message>
    <message>
        <source>Catalogue import…</source>
        <translation>Importation du catalogue…</translation>
    </message>
    <message>
        <source>Return policy…</source>
        <translation>Politique de retour…</translation>
    </message>
    <message>
        <source>Erase this customer&apos;s personal data…</source>
        <translation>Effacer les données personnelles de ce client…</translation>
    </message>
    <message>
        <source>Keys (help)</source>
        <translation>Touches (aide)</translation>
    </message>
    <message>
        <source>Next theme (light, dark, high contrast)</source>
        <translation>Thème suivant (clair, foncé, contraste élevé)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>posassist</source>
        <translation>posassist</translation>
    </message>
    <message>
        <source>posassist — {name}</source>
        <translation>posassist — {name}</translation>
    </message>
    <message>
        <source>Pinned customer alerts</source>
        <translation>Alertes client épinglées</translation>
    </message>
    <message>
        <source>Customer pane</source>
        <translation>Volet client</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Lock counter / sign out</source>
        <translation>Verrouiller la caisse / se déconnecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Store: {code} {name}</source>
        <translation>Magasin&#xa0;: {code} {name}</translation>
    </message>
    <message>
        <source>Store: none (load the demo or import a catalogue)</source>
        <translation>Magasin&#xa0;: aucun (chargez la démo ou importez un catalogue)</translation>
    </message>
    <message>
        <source>Counter: {counter}</source>
        <translation>Caisse&#xa0;: {counter}</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Base de données&#xa0;: {where}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Theme: {next_theme}</source>
        <translation>Thème&#xa0;: {next_theme}</translation>
    </message>
    <message>
        <source>{language} from the next start of posassist.</source>
        <translation>{language} au prochain démarrage de posassist.</translation>
    </message>
    <message>
        <source>Text size {bigger:.0%}</source>
        <translation>Taille du texte {bigger:.0%}</translation>
    </message>
    <message>
        <source>Text size {smaller:.0%}</source>
        <translation>Taille du texte {smaller:.0%}</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role_label})</source>
        <translation>Connecté(e)&#xa0;: {name} ({role_label})</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Approvals ({n} waiting)</source>
        <translation>Approbations ({n} en attente)</translation>
    </message>
    <message>
        <source>The dashboard is for shift leads and managers.</source>
        <translation>Le tableau de bord est réservé aux chefs d&apos;équipe et aux gérants.</translation>
    </message>
    <message>
        <source>Approvals are decided by shift leads and managers.</source>
        <translation>Les approbations sont décidées par les chefs d&apos;équipe et les gérants.</translation>
    </message>
    <message>
        <source>No store is set up; load the demo or import a catalogue first.</source>
        <translation>Aucun magasin n&apos;est configuré&#x202f;; chargez d&apos;abord la démo ou importez un catalogue.</translation>
    </message>
    <message>
        <source>Open a product card first (scan or search, then Enter).</source>
        <translation>Ouvrez d&apos;abord une fiche produit (balayez ou cherchez, puis Entrée).</translation>
    </message>
    <message>
        <source>Open a return (F5) and go to the &apos;what the customer wants&apos; step first.</source>
        <translation>Ouvrez d&apos;abord un retour (F5) et passez à l&apos;étape «&#xa0;ce que le client veut&#xa0;».</translation>
    </message>
    <message>
        <source>; receipt saved to {path}</source>
        <translation>&#x202f;; reçu enregistré dans {path}</translation>
    </message>
    <message>
        <source>Return {return_no} confirmed{where}.</source>
        <translation>Retour {return_no} confirmé{where}.</translation>
    </message>
    <message>
        <source>Details are in {path}.</source>
        <translation>Les détails sont dans {path}.</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}).</source>
        <translation>Un problème est survenu ({kind}).</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>To deactivate</source>
        <translation>À désactiver</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Why, and what would make the customer happy?</source>
        <translation>Pourquoi, et qu&apos;est-ce qui satisferait le client&#x202f;?</translation>
    </message>
    <message>
        <source>Lines being returned</source>
        <translation>Lignes retournées</translation>
    </message>
    <message>
        <source>↑/↓ to choose a line</source>
        <translation>↑/↓ pour choisir une ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <translation>Ce que le client veut</translation>
    </message>
    <message>
        <source>Replacement item</source>
        <translation>Article de remplacement</translation>
    </message>
    <message>
        <source>Scan or type the SKU of the item the customer wants instead (or F6 from a card)</source>
        <translation>Balayez ou tapez le SKU de l&apos;article que le client veut à la place (ou F6 depuis une fiche)</translation>
    </message>
    <message>
        <source>Ship from store (arrive-by date)</source>
        <translation>Expédier depuis le magasin (date d&apos;arrivée)</translation>
    </message>
    <message>
        <source>Note for this line</source>
        <translation>Note pour cette ligne</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Customer wants:</source>
        <translation>Le client &amp;veut&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;placement:</source>
        <translation>&amp;Remplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Nee&amp;ded by:</source>
        <translation>Requis &amp;pour le&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;hip from:</source>
        <translation>E&amp;xpédier de&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Scan the barcode or type the SKU exactly.</source>
        <translation>Balayez le code-barres ou tapez le SKU exact.</translation>
    </message>
    <message>
        <source>Scan or type the item the customer wants instead.</source>
        <translation>Balayez ou tapez l&apos;article que le client veut à la place.</translation>
    </message>
    <message>
        <source>{item} · {price} · here: {stock}</source>
        <translation>{item} · {price} · ici&#xa0;: {stock}</translation>
    </message>
    <message>
        <source>{store_name} ({on_hand} in stock) — arrives by {arrive_by:%a %d %b}</source>
        <translation>{store_name} ({on_hand} en stock) — arrivée d&apos;ici le {arrive_by:%a&#xa0;%d&#xa0;%b}</translation>
    </message>
    <message>
        <source>Wrong colour</source>
        <translation>Mauvaise couleur</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Mauvaise taille</translation>
    </message>
    <message>
        <source>We sent the wrong item</source>
        <translation>Nous avons envoyé le mauvais article</translation>
    </message>
    <message>
        <source>Faulty / doesn&apos;t work</source>
        <translation>Défectueux / ne fonctionne pas</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Non conforme à la description</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>A changé d&apos;idée</translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation>Arrivé en retard</translation>
    </message>
    <message>
        <source>Unwanted gift</source>
        <translation>Cadeau non désiré</translation>
    </message>
    <message>
        <source>Unopened</source>
        <translation>Non ouvert</translation>
    </message>
    <message>
        <source>Opened, as new</source>
        <translation>Ouvert, comme neuf</translation>
    </message>
    <message>
        <source>Worn / used</source>
        <translation>Porté / utilisé</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Hygiene item opened</source>
        <translation>Article d&apos;hygiène ouvert</translation>
    </message>
    <message>
        <source>Refund to original payment</source>
        <translation>Remboursement sur le mode de paiement initial</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Crédit en magasin</translation>
    </message>
    <message>
        <source>Exchange now (from here)</source>
        <translation>Échange immédiat (d&apos;ici)</translation>
    </message>
    <message>
        <source>Ship an exchange (from another store)</source>
        <translation>Expédier un échange (depuis un autre magasin)</translation>
    </message>
    <message>
        <source>Keep it and order the other one</source>
        <translation>Le garder et commander l&apos;autre</translation>
    </message>
    <message>
        <source>Goodwill: keep it with a gesture</source>
        <translation>Geste commercial&#xa0;: le garder avec un geste</translation>
    </message>
    <message>
        <source>Find the sale</source>
        <translation>Trouver la vente</translation>
    </message>
    <message>
        <source>Scan or type the receipt, pick one of the customer&apos;s purchases, or go on without a receipt.</source>
        <translation>Balayez ou tapez le reçu, choisissez un des achats du client ou continuez sans reçu.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Numéro du reçu</translation>
    </message>
    <message>
        <source>Scan the receipt barcode or type its number</source>
        <translation>Balayez le code-barres du reçu ou tapez son numéro</translation>
    </message>
    <message>
        <source>Receipt number, e.g. W-2026-4101</source>
        <translation>Numéro du reçu, p. ex. W-2026-4101</translation>
    </message>
    <message>
        <source>The customer&apos;s purchases</source>
        <translation>Les achats du client</translation>
    </message>
    <message>
        <source>Enter picks a purchase</source>
        <translation>Entrée choisit un achat</translation>
    </message>
    <message>
        <source>&amp;Receipt:</source>
        <translation>&amp;Reçu&#xa0;:</translation>
    </message>
    <message>
        <source>Or one of the customer&apos;s &amp;purchases:</source>
        <translation>Ou un des achats du clien&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>Or resume a saved &amp;return:</source>
        <translation>Ou reprendre un retour &amp;enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>Saved returns to resume</source>
        <translation>Retours enregistrés à reprendre</translation>
    </message>
    <message>
        <source>Enter resumes the return</source>
        <translation>Entrée reprend le retour</translation>
    </message>
    <message>
        <source>&amp;Receipt or purchase</source>
        <translation>Reçu ou &amp;achat</translation>
    </message>
    <message>
        <source>Return with receipt</source>
        <translation>Retour avec reçu</translation>
    </message>
    <message>
        <source>&amp;No receipt</source>
        <translation>Sa&amp;ns reçu</translation>
    </message>
    <message>
        <source>Return without receipt</source>
        <translation>Retour sans reçu</translation>
    </message>
    <message>
        <source>Item this store ne&amp;ver sold</source>
        <translation>Article jamais &amp;vendu par ce magasin</translation>
    </message>
    <message>
        <source>Item this store never sold (goodwill exception)</source>
        <translation>Article jamais vendu par ce magasin (exception, geste commercial)</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>no receipt</source>
        <translation>sans reçu</translation>
    </message>
    <message>
        <source>never sold</source>
        <translation>jamais vendu</translation>
    </message>
    <message>
        <source>Saved return ({mode}, lines: {count})</source>
        <translation>Retour enregistré ({mode}, lignes&#xa0;: {count})</translation>
    </message>
    <message>
        <source>approval asked</source>
        <translation>approbation demandée</translation>
    </message>
    <message>
        <source>Without a receipt the refund is store credit at the lowest recent price.</source>
        <translation>Sans reçu, le remboursement se fait en crédit en magasin au prix le plus bas récent.</translation>
    </message>
    <message>
        <source>Describe the item and its value next; a shift lead must approve.</source>
        <translation>Décrivez ensuite l&apos;article et sa valeur&#x202f;; un(e) chef d&apos;équipe doit approuver.</translation>
    </message>
    <message>
        <source>({count} already returned)</source>
        <translation>({count} déjà retourné(s))</translation>
    </message>
    <message>
        <source>Not the customer&apos;s mistake:</source>
        <translation>Pas une erreur du client&#xa0;:</translation>
    </message>
    <message>
        <source>Sent: {item}.</source>
        <translation>Envoyé&#xa0;: {item}.</translation>
    </message>
    <message>
        <source>What is coming back?</source>
        <translation>Qu&apos;est-ce qui est retourné&#x202f;?</translation>
    </message>
    <message>
        <source>Lines on the receipt</source>
        <translation>Lignes du reçu</translation>
    </message>
    <message>
        <source>↑/↓ choose a line; type the quantity below</source>
        <translation>↑/↓ pour choisir une ligne&#x202f;; tapez la quantité ci-dessous</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Acheté</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>Déjà retourné</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>À retourner</translation>
    </message>
    <message>
        <source>Quantity to return for the selected line</source>
        <translation>Quantité à retourner pour la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Item being returned</source>
        <translation>Article retourné</translation>
    </message>
    <message>
        <source>Scan or type the SKU of the item</source>
        <translation>Balayez ou tapez le SKU de l&apos;article</translation>
    </message>
    <message>
        <source>What the customer brought</source>
        <translation>Ce que le client a apporté</translation>
    </message>
    <message>
        <source>Value (for the goodwill record)</source>
        <translation>Valeur (pour le registre des gestes commerciaux)</translation>
    </message>
    <message>
        <source>here</source>
        <translation>ici</translation>
    </message>
    <message>
        <source>{km} km · van {hours} h</source>
        <translation>{km} km · camionnette {hours} h</translation>
    </message>
    <message>
        <source>{km} km · {days} day(s) transfer</source>
        <translation>{km} km · transfert de {days} jour(s)</translation>
    </message>
    <message>
        <source>ready today</source>
        <translation>prêt aujourd&apos;hui</translation>
    </message>
    <message>
        <source>ready {day}</source>
        <translation>prêt le {day}</translation>
    </message>
    <message>
        <source>{store} · {way} · {free} free ({held} held) · {ready}</source>
        <translation>{store} · {way} · {free} disponible(s) ({held} réservé(s)) · {ready}</translation>
    </message>
    <message>
        <source>Hold {item} for {name}</source>
        <translation>Réserver {item} pour {name}</translation>
    </message>
    <message>
        <source>How many to hold</source>
        <translation>Combien en réserver</translation>
    </message>
    <message>
        <source>Needed by (a day such as Friday, or 2026-12-11; empty: no date)</source>
        <translation>Requis pour le (un jour comme vendredi, ou 2026-12-11&#x202f;; vide&#xa0;: aucune date)</translation>
    </message>
    <message>
        <source>e.g. Friday — empty if the customer has no date</source>
        <translation>p. ex. vendredi — vide si le client n&apos;a pas de date</translation>
    </message>
    <message>
        <source>The day the customer needs it by</source>
        <translation>Le jour où le client en a besoin</translation>
    </message>
    <message>
        <source>The customer &amp;collects it at that store</source>
        <translation>Le client vient le &amp;chercher dans ce magasin</translation>
    </message>
    <message>
        <source>Collect at that store</source>
        <translation>Récupérer dans ce magasin</translation>
    </message>
    <message>
        <source>Stores that can hold it, nearest first</source>
        <translation>Magasins qui peuvent le réserver, le plus proche en premier</translation>
    </message>
    <message>
        <source>↑/↓ to choose the store, Enter holds it there</source>
        <translation>↑/↓ pour choisir le magasin, Entrée le réserve à cet endroit</translation>
    </message>
    <message>
        <source>What the stores can do</source>
        <translation>Ce que les magasins peuvent faire</translation>
    </message>
    <message>
        <source>&amp;Hold it</source>
        <translation>&amp;Réserver</translation>
    </message>
    <message>
        <source>Hold at the chosen store</source>
        <translation>Réserver au magasin choisi</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Needed by:</source>
        <translation>Requis &amp;pour le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Magasin&#xa0;:</translation>
    </message>
    <message>
        <source>Type a day such as Friday or a date such as 2026-12-11 (not in the past).</source>
        <translation>Entrez un jour comme vendredi ou une date comme 2026-12-11 (pas dans le passé).</translation>
    </message>
    <message>
        <source>Needed by {day}</source>
        <translation>Requis pour le {day}</translation>
    </message>
    <message>
        <source>No store has {quantity} free to hold.</source>
        <translation>Aucun magasin n&apos;en a {quantity} disponible(s) à réserver.</translation>
    </message>
    <message>
        <source>{count} store(s) can have it here by {day}.</source>
        <translation>{count} magasin(s) peuvent le faire venir ici d&apos;ici le {day}.</translation>
    </message>
    <message>
        <source>Choose the store; the nearest is first.</source>
        <translation>Choisissez le magasin&#x202f;; le plus proche est en premier.</translation>
    </message>
    <message>
        <source>Instead: pick it up at {store} ({km} km) today</source>
        <translation>Autre option&#xa0;: le ramasser à {store} ({km} km) aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Instead: {item} from {store}, ready {day}</source>
        <translation>Autre option&#xa0;: {item} de {store}, prêt le {day}</translation>
    </message>
    <message>
        <source>Holds at this store</source>
        <translation>Réservations de ce magasin</translation>
    </message>
    <message>
        <source>Open holds</source>
        <translation>Réservations en cours</translation>
    </message>
    <message>
        <source>↑/↓ to choose a hold</source>
        <translation>↑/↓ pour choisir une réservation</translation>
    </message>
    <message>
        <source>&amp;Collect (customer takes it)</source>
        <translation>&amp;Remettre (le client le prend)</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>&amp;Release (back to stock)</source>
        <translation>&amp;Libérer (retour en stock)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>&amp;Print the slip</source>
        <translation>&amp;Imprimer le bordereau</translation>
    </message>
    <message>
        <source>Print the hold slip</source>
        <translation>Imprimer le bordereau de réservation</translation>
    </message>
    <message>
        <source>{hold} · {quantity} × {item} · {customer} · from {source} · ready {ready} · until {until}</source>
        <translation>{hold} · {quantity} × {item} · {customer} · de {source} · prêt le {ready} · jusqu&apos;au {until}</translation>
    </message>
    <message>
        <source>No open holds.</source>
        <translation>Aucune réservation en cours.</translation>
    </message>
    <message>
        <source>{hold}: {status}.</source>
        <translation>{hold}&#xa0;: {status}.</translation>
    </message>
    <message>
        <source>&amp;Item (SKU or scan):</source>
        <translation>&amp;Article (SKU ou balayage)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Scan the item&apos;s barcode or type its SKU exactly.</source>
        <translation>Balayez le code-barres de l&apos;article ou tapez son SKU exact.</translation>
    </message>
    <message>
        <source>Exchanged now</source>
        <translation>Échangé sur place</translation>
    </message>
    <message>
        <source>Exchange shipped</source>
        <translation>Échange expédié</translation>
    </message>
    <message>
        <source>Kept; other one ordered</source>
        <translation>Gardé&#x202f;; l&apos;autre commandé</translation>
    </message>
    <message>
        <source>Kept (goodwill)</source>
        <translation>Gardé (geste commercial)</translation>
    </message>
    <message>
        <source>of which tax</source>
        <translation>dont taxes</translation>
    </message>
    <message>
        <source>Restocking fees</source>
        <translation>Frais de remise en stock</translation>
    </message>
    <message>
        <source>Customer pays (replacement or order)</source>
        <translation>Le client paie (remplacement ou commande)</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Client&#xa0;: {name}</translation>
    </message>
    <message>
        <source>What the policy says</source>
        <translation>Ce que dit la politique</translation>
    </message>
    <message>
        <source>Policy verdict</source>
        <translation>Verdict de la politique</translation>
    </message>
    <message>
        <source>Checking the policy…</source>
        <translation>Vérification de la politique…</translation>
    </message>
    <message>
        <source>Back to the customer: &lt;b&gt;{refund}&lt;/b&gt; refund, &lt;b&gt;{credit}&lt;/b&gt; store credit</source>
        <translation>Remis au client&#xa0;: &lt;b&gt;{refund}&lt;/b&gt; en remboursement, &lt;b&gt;{credit}&lt;/b&gt; en crédit en magasin</translation>
    </message>
    <message>
        <source>, fees {fees}</source>
        <translation>, frais {fees}</translation>
    </message>
    <message>
        <source>Approval by {value}</source>
        <translation>Approbation&#xa0;: {value}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{item}&lt;/b&gt; ships from {store} and arrives by &lt;b&gt;{day}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{item}&lt;/b&gt; est expédié depuis {store} et arrivera d&apos;ici le &lt;b&gt;{day}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Summary: check with the customer, then confirm</source>
        <translation>Résumé&#xa0;: vérifiez avec le client, puis confirmez</translation>
    </message>
    <message>
        <source>Return summary</source>
        <translation>Résumé du retour</translation>
    </message>
    <message>
        <source>Refund to the original payment</source>
        <translation>Remboursement sur le mode de paiement initial</translation>
    </message>
    <message>
        <source>Restocking fees kept</source>
        <translation>Frais de remise en stock retenus</translation>
    </message>
    <message>
        <source>Price difference back to the customer</source>
        <translation>Différence de prix remise au client</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=4&gt;{body}&lt;/table&gt;&lt;p&gt;Press &lt;b&gt;Confirm&lt;/b&gt; (Alt+C) to finish and print the receipt.&lt;/p&gt;</source>
        <translation>&lt;table cellpadding=4&gt;{body}&lt;/table&gt;&lt;p&gt;Appuyez sur &lt;b&gt;Confirmer&lt;/b&gt; (Alt+C) pour terminer et imprimer le reçu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>{store} · counter {counter}</source>
        <translation>{store} · caisse {counter}</translation>
    </message>
    <message>
        <source>counter {counter}</source>
        <translation>caisse {counter}</translation>
    </message>
    <message>
        <source>posassist — sign in ({where})</source>
        <translation>posassist — connexion ({where})</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;&lt;p&gt;{where}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Connexion&lt;/h2&gt;&lt;p&gt;{where}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Code d&apos;employé</translation>
    </message>
    <message>
        <source>Type your staff code or scan your badge</source>
        <translation>Tapez votre code d&apos;employé ou balayez votre carte</translation>
    </message>
    <message>
        <source>Staff code or badge</source>
        <translation>Code d&apos;employé ou carte</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Your PIN; it is never shown</source>
        <translation>Votre NIP&#x202f;; il n&apos;est jamais affiché</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>&amp;Staff code</source>
        <translation>&amp;Code d&apos;employé</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;NIP</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>cet article</translation>
    </message>
    <message>
        <source>Nothing to return: the quantity must be at least 1.</source>
        <translation>Rien à retourner&#xa0;: la quantité doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>This store never sold “{description}”: taking it back is a goodwill exception that {role} must approve (declared value {money}).</source>
        <translation>Ce magasin n&apos;a jamais vendu «&#xa0;{description}&#xa0;»&#xa0;: le reprendre est une exception (geste commercial) que {role} doit approuver (valeur déclarée {money}).</translation>
    </message>
    <message>
        <source>The customer keeps the item; nothing comes back to the shelf.</source>
        <translation>Le client garde l&apos;article&#x202f;; rien ne revient en rayon.</translation>
    </message>
    <message>
        <source>{description} cannot be returned under this store&apos;s policy; only faulty goods are taken back.</source>
        <translation>{description} ne peut pas être retourné selon la politique de ce magasin&#x202f;; seuls les articles défectueux sont repris.</translation>
    </message>
    <message>
        <source>{description} cannot be returned for hygiene reasons; only faulty goods are taken back.</source>
        <translation>{description} ne peut pas être retourné pour des raisons d&apos;hygiène&#x202f;; seuls les articles défectueux sont repris.</translation>
    </message>
    <message>
        <source>{description} is perishable and cannot be returned; only faulty goods are taken back.</source>
        <translation>{description} est périssable et ne peut pas être retourné&#x202f;; seuls les articles défectueux sont repris.</translation>
    </message>
    <message>
        <source>The customer bought {available} of these and has not returned them yet; {quantity} cannot be taken back.</source>
        <translation>Le client en a acheté {available} et ne les a pas encore retournés&#x202f;; {quantity} ne peuvent pas être repris.</translation>
    </message>
    <message>
        <source>{description} was a final-sale item; only faulty goods are taken back.</source>
        <translation>{description} était un article en vente finale&#x202f;; seuls les articles défectueux sont repris.</translation>
    </message>
    <message>
        <source>Items returned {condition} cannot be taken back.</source>
        <translation>Les articles retournés dans l&apos;état «&#xa0;{condition}&#xa0;» ne peuvent pas être repris.</translation>
    </message>
    <message>
        <source>Bought {days} days ago; the window for {dept} is {window} days and nobody may approve more than {limit} days past it.</source>
        <translation>Acheté il y a {days} jours&#x202f;; le délai pour {dept} est de {window} jours et personne ne peut approuver plus de {limit} jours au-delà.</translation>
    </message>
    <message>
        <source>Bought {days} days ago; the warranty is {window} days and nobody may approve more than {limit} days past it.</source>
        <translation>Acheté il y a {days} jours&#x202f;; la garantie est de {window} jours et personne ne peut approuver plus de {limit} jours au-delà.</translation>
    </message>
    <message>
        <source>Bought {days} days ago; faulty goods are taken back within {window} days and nobody may approve more than {limit} days past it.</source>
        <translation>Acheté il y a {days} jours&#x202f;; les articles défectueux sont repris dans les {window} jours et personne ne peut approuver plus de {limit} jours au-delà.</translation>
    </message>
    <message>
        <source>the item is {condition}, which {role} must approve</source>
        <translation>l&apos;article est dans l&apos;état «&#xa0;{condition}&#xa0;», ce que {role} doit approuver</translation>
    </message>
    <message>
        <source>bought {days} days ago; the window for {dept} is {window} days; {role} may approve up to {max_days_past_window} days past it</source>
        <translation>acheté il y a {days} jours&#x202f;; le délai pour {dept} est de {window} jours&#x202f;; {role} peut approuver jusqu&apos;à {max_days_past_window} jours au-delà</translation>
    </message>
    <message>
        <source>faulty, bought {days} days ago; the warranty is {window} days; {role} may approve up to {max_days_past_window} days past it</source>
        <translation>défectueux, acheté il y a {days} jours&#x202f;; la garantie est de {window} jours&#x202f;; {role} peut approuver jusqu&apos;à {max_days_past_window} jours au-delà</translation>
    </message>
    <message>
        <source>faulty, bought {days} days ago; faulty goods are taken back within {window} days; {role} may approve up to {max_days_past_window} days past it</source>
        <translation>défectueux, acheté il y a {days} jours&#x202f;; les articles défectueux sont repris dans les {window} jours&#x202f;; {role} peut approuver jusqu&apos;à {max_days_past_window} jours au-delà</translation>
    </message>
    <message>
        <source>faulty, bought {days} days ago, within the {window}-day warranty</source>
        <translation>défectueux, acheté il y a {days} jours, dans la garantie de {window} jours</translation>
    </message>
    <message>
        <source>faulty, bought {days} days ago, within the {window}-day window for faulty goods</source>
        <translation>défectueux, acheté il y a {days} jours, dans le délai de {window} jours pour les articles défectueux</translation>
    </message>
    <message>
        <source>bought {days} days ago, within the {window}-day window</source>
        <translation>acheté il y a {days} jours, dans le délai de {window} jours</translation>
    </message>
    <message>
        <source>no receipt: {no_receipt_refund_as} at the lowest price of the last {no_receipt_lowest_price_days} days</source>
        <translation>sans reçu&#xa0;: {no_receipt_refund_as} au prix le plus bas des {no_receipt_lowest_price_days} derniers jours</translation>
    </message>
    <message>
        <source>restocking fee {fee_pct}% ({money})</source>
        <translation>frais de remise en stock de {fee_pct}&#xa0;% ({money})</translation>
    </message>
    <message>
        <source>This store&apos;s policy requires the receipt</source>
        <translation>La politique de ce magasin exige le reçu</translation>
    </message>
    <message>
        <source>{no_receipt_returns_12m} returns without a receipt in the last 12 months (the limit is {no_receipt_cap_per_12m}); a shift lead must approve</source>
        <translation>{no_receipt_returns_12m} retours sans reçu au cours des 12 derniers mois (la limite est de {no_receipt_cap_per_12m})&#x202f;; un(e) chef d&apos;équipe doit approuver</translation>
    </message>
    <message>
        <source>{money} without a receipt is over {money2}; a shift lead must approve</source>
        <translation>{money} sans reçu dépasse {money2}&#x202f;; un(e) chef d&apos;équipe doit approuver</translation>
    </message>
    <message>
        <source>no receipt and the purchase is not in the customer&apos;s history; a shift lead must approve</source>
        <translation>sans reçu et l&apos;achat ne figure pas dans l&apos;historique du client&#x202f;; un(e) chef d&apos;équipe doit approuver</translation>
    </message>
    <message>
        <source>Receipts from other stores are not taken here</source>
        <translation>Les reçus d&apos;autres magasins ne sont pas acceptés ici</translation>
    </message>
    <message>
        <source>bought at another store; a shift lead must approve</source>
        <translation>acheté dans un autre magasin&#x202f;; un(e) chef d&apos;équipe doit approuver</translation>
    </message>
    <message>
        <source>{money} is more than anyone here may refund</source>
        <translation>{money} dépasse ce que quiconque ici peut rembourser</translation>
    </message>
    <message>
        <source>The store&apos;s server is not answering: returns without a receipt wait until it is back</source>
        <translation>Le serveur du magasin ne répond pas&#xa0;: les retours sans reçu attendent son retour</translation>
    </message>
    <message>
        <source>{money} is more than the {money2} one return may give back while the server is away</source>
        <translation>{money} dépasse les {money2} qu&apos;un retour peut rembourser pendant l&apos;absence du serveur</translation>
    </message>
    <message>
        <source>This counter has given back {money} while the server is away this shift; {money2} more would pass the {money3} allowed</source>
        <translation>Cette caisse a remboursé {money} sans serveur pendant ce quart&#x202f;; {money2} de plus dépasserait les {money3} permis</translation>
    </message>
    <message>
        <source>While the server is away only a shift lead signing in at this counter can approve; ask here again</source>
        <translation>Pendant l&apos;absence du serveur, seul un chef d&apos;équipe qui se connecte à cette caisse peut approuver&#x202f;; redemandez ici</translation>
    </message>
    <message>
        <source>{money} is over your limit of {money2}; {role} may approve up to {money3}</source>
        <translation>{money} dépasse votre limite de {money2}&#x202f;; {role} peut approuver jusqu&apos;à {money3}</translation>
    </message>
    <message>
        <source>within policy</source>
        <translation>conforme à la politique</translation>
    </message>
    <message>
        <source>. Exchange: no refund.</source>
        <translation>. Échange&#xa0;: aucun remboursement.</translation>
    </message>
    <message>
        <source>Needs approval by {role}.</source>
        <translation>Doit être approuvé par {role}.</translation>
    </message>
    <message>
        <source>Allowed.</source>
        <translation>Permis.</translation>
    </message>
    <message>
        <source>Not allowed by the policy.</source>
        <translation>Non permis par la politique.</translation>
    </message>
    <message>
        <source>Judged on this counter&apos;s local copy while the server is away (offline limits apply).</source>
        <translation>Évalué selon la copie locale de cette caisse pendant l&apos;absence du serveur (limites hors ligne en vigueur).</translation>
    </message>
    <message>
        <source>While the store&apos;s server is away, a return may give back at most {money} and this counter at most {money2} in a shift</source>
        <translation>Pendant l&apos;absence du serveur du magasin, un retour peut rembourser au plus {money} et cette caisse au plus {money2} par quart</translation>
    </message>
    <message>
        <source>returns without a receipt are taken</source>
        <translation>les retours sans reçu sont acceptés</translation>
    </message>
    <message>
        <source>returns without a receipt wait</source>
        <translation>les retours sans reçu attendent</translation>
    </message>
    <message>
        <source>approvals come only from a shift lead signing in at this counter</source>
        <translation>les approbations viennent seulement d&apos;un chef d&apos;équipe connecté à cette caisse</translation>
    </message>
    <message>
        <source>Not returnable (hygiene).</source>
        <translation>Non retournable (hygiène).</translation>
    </message>
    <message>
        <source>Not returnable (perishable).</source>
        <translation>Non retournable (périssable).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>L</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>D</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Name the configuration file: posassist setup store.toml (or --export).</source>
        <translation>Indiquez le fichier de configuration&#xa0;: posassist setup store.toml (ou --export).</translation>
    </message>
    <message>
        <source>Cannot read {file}: {err}</source>
        <translation>Impossible de lire {file}&#xa0;: {err}</translation>
    </message>
    <message>
        <source>staff {code} is new: give a pin (or the pin_hash an export wrote).</source>
        <translation>l&apos;employé {code} est nouveau&#xa0;: indiquez un pin (ou le pin_hash écrit par une exportation).</translation>
    </message>
    <message>
        <source>{path} (line {line})</source>
        <translation>{path} (ligne {line})</translation>
    </message>
    <message>
        <source>{at}: {message}</source>
        <translation>{at}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>expected a table of settings</source>
        <translation>une table de paramètres est attendue</translation>
    </message>
    <message>
        <source>unknown setting; the settings here are: {keys}.</source>
        <translation>paramètre inconnu&#x202f;; les paramètres ici sont&#xa0;: {keys}.</translation>
    </message>
    <message>
        <source>this setting is required</source>
        <translation>ce paramètre est obligatoire</translation>
    </message>
    <message>
        <source>expected text in quotes</source>
        <translation>un texte entre guillemets est attendu</translation>
    </message>
    <message>
        <source>expected a whole number from {low} to {high}</source>
        <translation>un nombre entier de {low} à {high} est attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false est attendu</translation>
    </message>
    <message>
        <source>expected an amount in quotes, e.g. &quot;250.00&quot;</source>
        <translation>un montant entre guillemets est attendu, p. ex. &quot;250.00&quot;</translation>
    </message>
    <message>
        <source>The file is not valid TOML: {err}</source>
        <translation>Le fichier n&apos;est pas du TOML valide&#xa0;: {err}</translation>
    </message>
    <message>
        <source>unknown section; the sections are: {keys}.</source>
        <translation>section inconnue&#x202f;; les sections sont&#xa0;: {keys}.</translation>
    </message>
    <message>
        <source>expected a table of policy settings</source>
        <translation>une table de paramètres de politique est attendue</translation>
    </message>
    <message>
        <source>write each store as a [[stores]] table</source>
        <translation>écrivez chaque magasin sous forme de table [[stores]]</translation>
    </message>
    <message>
        <source>letters, digits, - and _ only (at most 20)</source>
        <translation>lettres, chiffres, - et _ seulement (au plus 20)</translation>
    </message>
    <message>
        <source>store code {code} is used twice</source>
        <translation>le code de magasin {code} est utilisé deux fois</translation>
    </message>
    <message>
        <source>{tz} is not a time zone (e.g. America/Toronto)</source>
        <translation>{tz} n&apos;est pas un fuseau horaire (p. ex. America/Toronto)</translation>
    </message>
    <message>
        <source>{currency} is not an ISO 4217 currency code (e.g. CAD, EUR)</source>
        <translation>{currency} n&apos;est pas un code de devise ISO 4217 (p. ex. CAD, EUR)</translation>
    </message>
    <message>
        <source>metric or imperial</source>
        <translation>metric ou imperial</translation>
    </message>
    <message>
        <source>{value} is not a region: write the country, or country-subdivision (DE, CA-QC, US-OH)</source>
        <translation>{value} n&apos;est pas une région&#xa0;: écrivez le pays, ou pays-subdivision (DE, CA-QC, US-OH)</translation>
    </message>
    <message>
        <source>the path of an image file ({types})</source>
        <translation>le chemin d&apos;un fichier image ({types})</translation>
    </message>
    <message>
        <source>expected degrees from -{b} to {b}</source>
        <translation>des degrés de -{b} à {b} sont attendus</translation>
    </message>
    <message>
        <source>write each distance as a [[distances]] table</source>
        <translation>écrivez chaque distance sous forme de table [[distances]]</translation>
    </message>
    <message>
        <source>there is no store {code} in this file</source>
        <translation>il n&apos;y a aucun magasin {code} dans ce fichier</translation>
    </message>
    <message>
        <source>write each role as a [role_limits.ROLE] table</source>
        <translation>écrivez chaque rôle sous forme de table [role_limits.ROLE]</translation>
    </message>
    <message>
        <source>{role} is not a role; the roles are: {roles}.</source>
        <translation>{role} n&apos;est pas un rôle&#x202f;; les rôles sont&#xa0;: {roles}.</translation>
    </message>
    <message>
        <source>a list of: {kinds}</source>
        <translation>une liste parmi&#xa0;: {kinds}</translation>
    </message>
    <message>
        <source>goodwill_per_shift ≤ goodwill_per_week ≤ goodwill_per_month: a shorter budget cannot be larger than a longer one</source>
        <translation>goodwill_per_shift ≤ goodwill_per_week ≤ goodwill_per_month&#xa0;: un budget plus court ne peut pas dépasser un budget plus long</translation>
    </message>
    <message>
        <source>write each person as a [[staff]] table</source>
        <translation>écrivez chaque personne sous forme de table [[staff]]</translation>
    </message>
    <message>
        <source>letters and digits only</source>
        <translation>lettres et chiffres seulement</translation>
    </message>
    <message>
        <source>staff code {code} is used twice</source>
        <translation>le code d&apos;employé {code} est utilisé deux fois</translation>
    </message>
    <message>
        <source>one of: {roles}</source>
        <translation>l&apos;un de&#xa0;: {roles}</translation>
    </message>
    <message>
        <source>an argon2id hash as written by --export</source>
        <translation>un hachage argon2id tel qu&apos;écrit par --export</translation>
    </message>
    <message>
        <source>write each condition as a [[condition_codes]] table</source>
        <translation>écrivez chaque état sous forme de table [[condition_codes]]</translation>
    </message>
    <message>
        <source>condition code {code} is used twice</source>
        <translation>le code d&apos;état {code} est utilisé deux fois</translation>
    </message>
    <message>
        <source>{value} is not a condition the policy knows; write one of: {known}.</source>
        <translation>{value} n&apos;est pas un état connu de la politique&#x202f;; écrivez l&apos;un de ceux-ci&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>keep at least one active condition</source>
        <translation>gardez au moins un état actif</translation>
    </message>
    <message>
        <source>a list such as [&quot;sun&quot;]</source>
        <translation>une liste comme [&quot;sun&quot;]</translation>
    </message>
    <message>
        <source>a list of dates such as [&quot;2026-12-25&quot;]</source>
        <translation>une liste de dates comme [&quot;2026-12-25&quot;]</translation>
    </message>
    <message>
        <source>a store must be open at least one day a week</source>
        <translation>un magasin doit être ouvert au moins un jour par semaine</translation>
    </message>
    <message>
        <source>Allergy conflict: {customer}&apos;s alert says “{alert}”; this product lists “{allergens}”.</source>
        <translation>Conflit d’allergie&#xa0;: l’alerte de {customer} dit «&#xa0;{alert}&#xa0;»&#x202f;; ce produit indique «&#xa0;{allergens}&#xa0;».</translation>
    </message>
    <message>
        <source>Allergy conflict</source>
        <translation>Conflit d’allergie</translation>
    </message>
    <message>
        <source>Tell the customer before going on.</source>
        <translation>Informez le client avant de continuer.</translation>
    </message>
    <message>
        <source>&amp;Acknowledge: I told the customer</source>
        <translation>&amp;Accuser réception&#xa0;: j’ai informé le client</translation>
    </message>
    <message>
        <source>Acknowledge: I told the customer</source>
        <translation>Accuser réception&#xa0;: j’ai informé le client</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This deactivates {deactivated:,} items the file no longer lists, most of the catalogue (they are not deleted). Continue?</source>
        <translation>Cela désactive {deactivated:,} articles que le fichier ne contient plus, soit la majeure partie du catalogue (ils ne sont pas supprimés). Continuer&#x202f;?</translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation>Retournable</translation>
    </message>
    <message>
        <source>Final sale</source>
        <translation>Vente finale</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingrédients</translation>
    </message>
    <message>
        <source>Net content</source>
        <translation>Contenu net</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>  … {more:,} more changes (the counts above cover them all)</source>
        <translation>  … {more:,} autres modifications (les totaux ci-dessus les comptent toutes)</translation>
    </message>
    <message>
        <source>SKU {sku} is also on row {first} with the same options; remove one of the two rows.</source>
        <translation>Le SKU {sku} figure aussi à la ligne {first} avec les mêmes options&#x202f;; supprimez l’une des deux lignes.</translation>
    </message>
    <message>
        <source>SKU {sku} is also on row {first} ({title} {options}); both are imported and a scan of {sku} shows both.</source>
        <translation>Le SKU {sku} figure aussi à la ligne {first} ({title} {options})&#x202f;; les deux sont importés et un scan de {sku} affiche les deux.</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>compare-at price</source>
        <translation>prix de comparaison</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>code-barres</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>sellable</source>
        <translation>vendable</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>marque</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>image</translation>
    </message>
    <message>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <source>height</source>
        <translation>hauteur</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>profondeur</translation>
    </message>
    <message>
        <source>warranty</source>
        <translation>garantie</translation>
    </message>
    <message>
        <source>returnable</source>
        <translation>retournable</translation>
    </message>
    <message>
        <source>allergens</source>
        <translation>allergènes</translation>
    </message>
    <message>
        <source>department</source>
        <translation>rayon</translation>
    </message>
    <message>
        <source>details</source>
        <translation>détails</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>This full sync deactivates {deactivated:,} of the {active:,} active items (they are not deleted); confirm it (--yes on the command line) to apply.</source>
        <translation>Cette synchronisation complète désactive {deactivated:,} des {active:,} articles actifs (ils ne sont pas supprimés)&#x202f;; confirmez-la (--yes en ligne de commande) pour l’appliquer.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Delivers</source>
        <translation>Livre</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>Prix taxes incluses</translation>
    </message>
    <message>
        <source>Tax rounded per</source>
        <translation>Taxe arrondie par</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Arrondi</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>Catégorie de taxe</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Taux&#xa0;%</translation>
    </message>
    <message>
        <source>On top of the taxes before it</source>
        <translation>Sur les taxes précédentes</translation>
    </message>
    <message>
        <source>May approve</source>
        <translation>Peut approuver</translation>
    </message>
    <message>
        <source>Refund up to</source>
        <translation>Remboursement jusqu&apos;à</translation>
    </message>
    <message>
        <source>Days past the window</source>
        <translation>Jours après le délai</translation>
    </message>
    <message>
        <source>Goodwill per shift</source>
        <translation>Geste commercial par quart</translation>
    </message>
    <message>
        <source>Goodwill per week</source>
        <translation>Gestes commerciaux par semaine</translation>
    </message>
    <message>
        <source>Goodwill per month</source>
        <translation>Geste commercial par mois</translation>
    </message>
    <message>
        <source>Discount up to %</source>
        <translation>Rabais jusqu&apos;à&#xa0;%</translation>
    </message>
    <message>
        <source>Approves</source>
        <translation>Approuve</translation>
    </message>
    <message>
        <source>PIN length</source>
        <translation>Longueur du NIP</translation>
    </message>
    <message>
        <source>Words shown</source>
        <translation>Texte affiché</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En usage</translation>
    </message>
    <message>
        <source>&amp;Stores</source>
        <translation>&amp;Magasins</translation>
    </message>
    <message>
        <source>&amp;Tax</source>
        <translation>&amp;Taxes</translation>
    </message>
    <message>
        <source>Role &amp;limits and budgets</source>
        <translation>&amp;Limites et budgets des rôles</translation>
    </message>
    <message>
        <source>&amp;Reason codes</source>
        <translation>&amp;Codes de motif</translation>
    </message>
    <message>
        <source>Store set-up</source>
        <translation>Configuration du magasin</translation>
    </message>
    <message>
        <source>Store set-up: stores, tax, limits, reasons</source>
        <translation>Configuration du magasin&#xa0;: magasins, taxes, limites, motifs</translation>
    </message>
    <message>
        <source>Sections of the store set-up</source>
        <translation>Sections de la configuration du magasin</translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add a row to this table</source>
        <translation>Ajouter une ligne à ce tableau</translation>
    </message>
    <message>
        <source>Re&amp;move the row</source>
        <translation>&amp;Retirer la ligne</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Retirer la ligne choisie</translation>
    </message>
    <message>
        <source>Sa&amp;ve (Ctrl+S)</source>
        <translation>&amp;Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>What saving did or what to fix</source>
        <translation>Ce que l&apos;enregistrement a fait ou ce qu&apos;il faut corriger</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved: {n} change(s).</source>
        <translation>Enregistré&#xa0;: {n} modification(s).</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Store set-up: stores, tax, limits, reasons…</source>
        <translation>Configuration du magasin&#xa0;: magasins, taxes, limites, motifs…</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>{rate} %</source>
        <translation>{rate}&#xa0;%</translation>
    </message>
    <message>
        <source>of which {component} {rate}</source>
        <translation>dont {component} {rate}</translation>
    </message>
    <message>
        <source>No sales tax is charged in this store: the amounts are the prices on the card.</source>
        <translation>Aucune taxe de vente n&apos;est perçue dans ce magasin&#xa0;: les montants sont les prix de la fiche.</translation>
    </message>
    <message>
        <source>Prices here include tax ({rates}), as on the product card.</source>
        <translation>Les prix ici incluent les taxes ({rates}), comme sur la fiche du produit.</translation>
    </message>
    <message>
        <source>Prices on the product card are before tax; {rates} is added to them here.</source>
        <translation>Les prix de la fiche du produit sont avant taxes&#x202f;; {rates} s&apos;y ajoute ici.</translation>
    </message>
    <message>
        <source>{item}: {shelf} on the card + {tax} tax = {price}.</source>
        <translation>{item}&#xa0;: {shelf} sur la fiche + {tax} de taxes = {price}.</translation>
    </message>
    <message>
        <source>{item}: {price}, of which {tax} tax.</source>
        <translation>{item}&#xa0;: {price}, dont {tax} de taxes.</translation>
    </message>
    <message>
        <source>line or receipt</source>
        <translation>line ou receipt</translation>
    </message>
    <message>
        <source>half_up or half_even</source>
        <translation>half_up ou half_even</translation>
    </message>
    <message>
        <source>write each tax rate as a [[tax]] table</source>
        <translation>écrivez chaque taux de taxe comme une table [[tax]]</translation>
    </message>
    <message>
        <source>{value} is not a tax class; the classes are: {classes}.</source>
        <translation>{value} n&apos;est pas une catégorie de taxe&#x202f;; les catégories sont&#xa0;: {classes}.</translation>
    </message>
    <message>
        <source>a short name such as GST, QST or VAT</source>
        <translation>un nom court comme GST, QST ou VAT</translation>
    </message>
    <message>
        <source>{value} is not a tax rate: give a percent from 0 to 100 with at most 4 decimals (e.g. &quot;9.975&quot;).</source>
        <translation>{value} n&apos;est pas un taux de taxe&#xa0;: donnez un pourcentage de 0 à 100 avec au plus 4 décimales (p. ex. &quot;9.975&quot;).</translation>
    </message>
    <message>
        <source>the {tax_class} class charges no tax; give 0 or leave it out.</source>
        <translation>la catégorie {tax_class} ne perçoit aucune taxe&#x202f;; indiquez 0 ou omettez-la.</translation>
    </message>
    <message>
        <source>{component} is given twice for store {store}</source>
        <translation>{component} est indiqué deux fois pour le magasin {store}</translation>
    </message>
    <message>
        <source>{value} is not a tax region; the regions are: {regions}.</source>
        <translation>{value} n&apos;est pas une région fiscale&#x202f;; les régions sont&#xa0;: {regions}.</translation>
    </message>
    <message>
        <source>write departments = {...} and products = {...} under [tax_classes]</source>
        <translation>écrivez departments = {...} et products = {...} sous [tax_classes]</translation>
    </message>
    <message>
        <source>a table of code = class</source>
        <translation>une table de code = catégorie</translation>
    </message>
    <message>
        <source>write each reason as a [[reason_codes]] table</source>
        <translation>écrivez chaque motif comme une table [[reason_codes]]</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _ only (at most 32)</source>
        <translation>lettres minuscules, chiffres et _ seulement (au plus 32)</translation>
    </message>
    <message>
        <source>reason code {code} is used twice</source>
        <translation>le code de motif {code} est utilisé deux fois</translation>
    </message>
    <message>
        <source>keep at least one active reason, or approvers cannot decide</source>
        <translation>gardez au moins un motif actif, sinon personne ne peut approuver</translation>
    </message>
    <message>
        <source>{region} — no sales tax</source>
        <translation>{region} — aucune taxe de vente</translation>
    </message>
    <message>
        <source>prices include tax</source>
        <translation>prix taxes incluses</translation>
    </message>
    <message>
        <source>prices before tax</source>
        <translation>prix avant taxes</translation>
    </message>
    <message>
        <source>Your store</source>
        <translation>Votre magasin</translation>
    </message>
    <message>
        <source>What the receipts and the window will say. Tab moves on; Enter goes to the next step.</source>
        <translation>Ce que diront les reçus et la fenêtre. Tab passe au champ suivant&#x202f;; Entrée passe à l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>Code du magasin</translation>
    </message>
    <message>
        <source>e.g. QC1</source>
        <translation>p. ex. QC1</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Nom du magasin</translation>
    </message>
    <message>
        <source>Store address</source>
        <translation>Adresse du magasin</translation>
    </message>
    <message>
        <source>Language of the store</source>
        <translation>Langue du magasin</translation>
    </message>
    <message>
        <source>Tax region</source>
        <translation>Région fiscale</translation>
    </message>
    <message>
        <source>Store &amp;code:</source>
        <translation>&amp;Code du magasin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;x region:</source>
        <translation>Région &amp;fiscale&#xa0;:</translation>
    </message>
    <message>
        <source>What to fix on this page</source>
        <translation>Ce qu&apos;il faut corriger sur cette page</translation>
    </message>
    <message>
        <source>the store code</source>
        <translation>le code du magasin</translation>
    </message>
    <message>
        <source>the store name</source>
        <translation>le nom du magasin</translation>
    </message>
    <message>
        <source>Fill in {what}.</source>
        <translation>Remplissez {what}.</translation>
    </message>
    <message>
        <source>The first admin</source>
        <translation>Le premier administrateur</translation>
    </message>
    <message>
        <source>The account that signs in next and sets up everything else.</source>
        <translation>Le compte qui se connecte ensuite et configure tout le reste.</translation>
    </message>
    <message>
        <source>Admin staff code</source>
        <translation>Code d&apos;employé de l&apos;administrateur</translation>
    </message>
    <message>
        <source>digits or letters, e.g. 1</source>
        <translation>chiffres ou lettres, p. ex. 1</translation>
    </message>
    <message>
        <source>Admin name</source>
        <translation>Nom de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>NIP de l&apos;administrateur</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>au moins 8 caractères</translation>
    </message>
    <message>
        <source>Admin PIN again</source>
        <translation>NIP de l&apos;administrateur, encore</translation>
    </message>
    <message>
        <source>Staff &amp;code:</source>
        <translation>&amp;Code d&apos;employé&#xa0;:</translation>
    </message>
    <message>
        <source>PIN a&amp;gain:</source>
        <translation>NIP &amp;encore&#xa0;:</translation>
    </message>
    <message>
        <source>the staff code</source>
        <translation>le code d&apos;employé</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>a PIN</source>
        <translation>un NIP</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>Les deux NIP diffèrent&#x202f;; tapez deux fois le même NIP.</translation>
    </message>
    <message>
        <source>Then import {what} from {file}</source>
        <translation>Ensuite, importer {what} depuis {file}</translation>
    </message>
    <message>
        <source>The store is set up, but {problem} Press Set up to go on; import it later from the admin menu (Ctrl+Shift+I the catalogue, Ctrl+Shift+J customers and sales).</source>
        <translation>Le magasin est configuré, mais&#xa0;: {problem} Appuyez sur Configurer pour continuer&#x202f;; importez plus tard depuis le menu d&apos;administration (Ctrl+Shift+I le catalogue, Ctrl+Shift+J les clients et les ventes).</translation>
    </message>
    <message>
        <source>Catalogue file to import</source>
        <translation>Fichier catalogue à importer</translation>
    </message>
    <message>
        <source>a CSV, JSON, Shopify or Google file</source>
        <translation>un fichier CSV, JSON, Shopify ou Google</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose: {what}</source>
        <translation>Choisir&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Optional: staff, catalogue, customers and sales history</source>
        <translation>Facultatif&#xa0;: employés, catalogue, clients et historique des ventes</translation>
    </message>
    <message>
        <source>All can wait: Ctrl+Shift+S adds staff, Ctrl+Shift+I imports the catalogue and Ctrl+Shift+J the customers and sales later.</source>
        <translation>Tout peut attendre&#xa0;: Ctrl+Shift+S ajoute des employés, Ctrl+Shift+I importe le catalogue et Ctrl+Shift+J les clients et les ventes plus tard.</translation>
    </message>
    <message>
        <source>More staff, one per line: code, name, role, PIN</source>
        <translation>D&apos;autres employés, un par ligne&#xa0;: code, nom, rôle, NIP</translation>
    </message>
    <message>
        <source>20, Luc Gagnon, shift_lead, 820463</source>
        <translation>20, Luc Gagnon, shift_lead, 820463</translation>
    </message>
    <message>
        <source>Customers file to import</source>
        <translation>Fichier clients à importer</translation>
    </message>
    <message>
        <source>a Shopify customers export or a customers CSV</source>
        <translation>un export clients Shopify ou un CSV de clients</translation>
    </message>
    <message>
        <source>Customers file</source>
        <translation>Fichier clients</translation>
    </message>
    <message>
        <source>Sales history file to import</source>
        <translation>Fichier d&apos;historique des ventes à importer</translation>
    </message>
    <message>
        <source>a Shopify, Square or WooCommerce orders export, or a sales CSV</source>
        <translation>un export de commandes Shopify, Square ou WooCommerce, ou un CSV de ventes</translation>
    </message>
    <message>
        <source>Sales history file</source>
        <translation>Fichier d&apos;historique des ventes</translation>
    </message>
    <message>
        <source>&amp;Staff (code, name, role, PIN):</source>
        <translation>&amp;Employés (code, nom, rôle, NIP)&#xa0;:</translation>
    </message>
    <message>
        <source>Roles: {roles}.</source>
        <translation>Rôles&#xa0;: {roles}.</translation>
    </message>
    <message>
        <source>&amp;Catalogue:</source>
        <translation>&amp;Catalogue&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ustomers:</source>
        <translation>Cli&amp;ents&#xa0;:</translation>
    </message>
    <message>
        <source>Sales &amp;history:</source>
        <translation>&amp;Historique des ventes&#xa0;:</translation>
    </message>
    <message>
        <source>Staff line {n}: write code, name, role, PIN separated by commas.</source>
        <translation>Ligne d&apos;employé {n}&#xa0;: écrivez code, nom, rôle, NIP séparés par des virgules.</translation>
    </message>
    <message>
        <source>the catalogue</source>
        <translation>le catalogue</translation>
    </message>
    <message>
        <source>the customers</source>
        <translation>les clients</translation>
    </message>
    <message>
        <source>the sales history</source>
        <translation>l&apos;historique des ventes</translation>
    </message>
    <message>
        <source>{what} was not imported: {problem}</source>
        <translation>Importation impossible ({what})&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Ready to set up</source>
        <translation>Prêt à configurer</translation>
    </message>
    <message>
        <source>What Finish will write</source>
        <translation>Ce que la fin écrira</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>Set up the store</source>
        <translation>Configurer le magasin</translation>
    </message>
    <message>
        <source>posassist — set up the store</source>
        <translation>posassist — configurer le magasin</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Configurer</translation>
    </message>
    <message>
        <source>Store {code}: {name}</source>
        <translation>Magasin {code}&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Time zone {tz}, currency {currency}</source>
        <translation>Fuseau horaire {tz}, devise {currency}</translation>
    </message>
    <message>
        <source>Tax: {tax}</source>
        <translation>Taxes&#xa0;: {tax}</translation>
    </message>
    <message>
        <source>First admin: {code} {name}</source>
        <translation>Premier administrateur&#xa0;: {code} {name}</translation>
    </message>
    <message>
        <source>{n} more staff</source>
        <translation>{n} autres employés</translation>
    </message>
    <message>
        <source>Press Set up (Alt+S) to write it; Cancel leaves nothing behind.</source>
        <translation>Configurer (Alt+C) l&apos;écrit&#x202f;; Annuler ne laisse rien derrière.</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Configuration…</translation>
    </message>
    <message>
        <source>Nothing is lost: the receipt can be printed again.</source>
        <translation>Rien n’est perdu&#xa0;: le reçu peut être réimprimé.</translation>
    </message>
    <message>
        <source>The printer {name} is not there: check its cable (or network) and that it is switched on, then print again.</source>
        <translation>L’imprimante {name} est introuvable&#xa0;: vérifiez son câble (ou le réseau) et qu’elle est allumée, puis réimprimez.</translation>
    </message>
    <message>
        <source>The printer {name} does not answer: switch it on, wait until it is ready, then print again.</source>
        <translation>L’imprimante {name} ne répond pas&#xa0;: allumez-la, attendez qu’elle soit prête, puis réimprimez.</translation>
    </message>
    <message>
        <source>The printer {name} is out of paper: put in a new roll, close the cover, then print again.</source>
        <translation>L’imprimante {name} n’a plus de papier&#xa0;: mettez un nouveau rouleau, fermez le couvercle, puis réimprimez.</translation>
    </message>
    <message>
        <source>The printer {name} stopped while printing (switched off or unplugged?): check it, then print again.</source>
        <translation>L’imprimante {name} s’est arrêtée pendant l’impression (éteinte ou débranchée&#x202f;?)&#xa0;: vérifiez-la, puis réimprimez.</translation>
    </message>
    <message>
        <source>The printer address {name} is not one posassist can use: USB as 04b8:0202, network as host:9100, serial as /dev/ttyUSB0@9600.</source>
        <translation>posassist ne peut pas utiliser l’adresse d’imprimante {name}&#xa0;: USB sous la forme 04b8:0202, réseau hôte:9100, série /dev/ttyUSB0@9600.</translation>
    </message>
    <message>
        <source>The receipt could not be written to {name}: {detail}.</source>
        <translation>Le reçu n’a pas pu être écrit dans {name}&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>The PDF {name} could not be written: {detail}.</source>
        <translation>Le PDF {name} n’a pas pu être écrit&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>The system printer {name} could not print: {detail}.</source>
        <translation>L’imprimante système {name} n’a pas pu imprimer&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>There is no printer called {name} at this counter; see the counter&apos;s printers in the settings.</source>
        <translation>Aucune imprimante nommée {name} à cette caisse&#x202f;; voyez les imprimantes de la caisse dans les réglages.</translation>
    </message>
    <message>
        <source>Sales receipt</source>
        <translation>Reçu de vente</translation>
    </message>
    <message>
        <source>Exchange receipt</source>
        <translation>Reçu d’échange</translation>
    </message>
    <message>
        <source>Order receipt</source>
        <translation>Reçu de commande</translation>
    </message>
    <message>
        <source>Return receipt</source>
        <translation>Reçu de retour</translation>
    </message>
    <message>
        <source>Store credit voucher</source>
        <translation>Bon d’achat (crédit en magasin)</translation>
    </message>
    <message>
        <source>Hold receipt</source>
        <translation>Reçu de mise de côté</translation>
    </message>
    <message>
        <source>Goodwill receipt</source>
        <translation>Reçu de geste commercial</translation>
    </message>
    <message>
        <source>Printer test page</source>
        <translation>Page de test de l’imprimante</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Comptant</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Carte-cadeau</translation>
    </message>
    <message>
        <source>Original payment</source>
        <translation>Paiement d’origine</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>*** COPY ***</source>
        <translation>*** COPIE ***</translation>
    </message>
    <message>
        <source>Gift receipt</source>
        <translation>Reçu-cadeau</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Store / counter</source>
        <translation>Magasin / caisse</translation>
    </message>
    <message>
        <source>Served by {name} ({role})</source>
        <translation>Servi par {name} ({role})</translation>
    </message>
    <message>
        <source>Approved by {name} ({role})</source>
        <translation>Approuvé par {name} ({role})</translation>
    </message>
    <message>
        <source>Original receipt {number} of {date}</source>
        <translation>Reçu d’origine {number} du {date}</translation>
    </message>
    <message>
        <source>Original receipt {number}</source>
        <translation>Reçu d’origine {number}</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>{component} {rate} % (included)</source>
        <translation>{component} {rate}&#xa0;% (incluse)</translation>
    </message>
    <message>
        <source>{component} {rate} %</source>
        <translation>{component} {rate}&#xa0;%</translation>
    </message>
    <message>
        <source>Tax (included)</source>
        <translation>Taxes (incluses)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Refund to {tender}</source>
        <translation>Remboursement sur {tender}</translation>
    </message>
    <message>
        <source>Paid by {tender}</source>
        <translation>Payé par {tender}</translation>
    </message>
    <message>
        <source>Store credit voucher {number}</source>
        <translation>Bon d’achat {number}</translation>
    </message>
    <message>
        <source>Issued here</source>
        <translation>Émis ici</translation>
    </message>
    <message>
        <source>Spent here</source>
        <translation>Utilisé ici</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Replacement / order: {receipt}</source>
        <translation>Remplacement / commande&#xa0;: {receipt}</translation>
    </message>
    <message>
        <source>Return policy version {version}</source>
        <translation>Politique de retour, version {version}</translation>
    </message>
    <message>
        <source>A gift for you: show this receipt to exchange or return it.</source>
        <translation>Un cadeau pour vous&#xa0;: présentez ce reçu pour l’échanger ou le retourner.</translation>
    </message>
    <message>
        <source>Thank you. Keep this receipt for your records.</source>
        <translation>Merci. Conservez ce reçu pour vos dossiers.</translation>
    </message>
    <message>
        <source>Counter {counter} has no receipt printer set up.</source>
        <translation>Aucune imprimante de reçus n’est configurée pour la caisse {counter}.</translation>
    </message>
    <message>
        <source>PDF folder</source>
        <translation>Dossier PDF</translation>
    </message>
    <message>
        <source>Printer {name}: {width} mm, code page {code_page}, barcode {barcode}.</source>
        <translation>Imprimante {name}&#xa0;: {width} mm, page de code {code_page}, code-barres {barcode}.</translation>
    </message>
    <message>
        <source>Set up the store first: printers belong to a store&apos;s counter.</source>
        <translation>Configurez d’abord le magasin&#xa0;: les imprimantes appartiennent à une caisse d’un magasin.</translation>
    </message>
    <message>
        <source>Give the printer a name (up to 64 characters).</source>
        <translation>Donnez un nom à l’imprimante (64 caractères au plus).</translation>
    </message>
    <message>
        <source>Choose how the printer is connected.</source>
        <translation>Choisissez comment l’imprimante est branchée.</translation>
    </message>
    <message>
        <source>Say where the printer is: USB as 04b8:0202, network as host:9100, serial as /dev/ttyUSB0@9600, or a device file.</source>
        <translation>Indiquez où est l’imprimante&#xa0;: USB sous la forme 04b8:0202, réseau hôte:9100, série /dev/ttyUSB0@9600, ou un fichier de périphérique.</translation>
    </message>
    <message>
        <source>There is no printer called {name} at this counter.</source>
        <translation>Aucune imprimante nommée {name} à cette caisse.</translation>
    </message>
    <message>
        <source>No sale, return or store credit voucher has the number {code}; check it (or scan the receipt&apos;s barcode).</source>
        <translation>Aucune vente, aucun retour ni bon d’achat ne porte le numéro {code}&#x202f;; vérifiez-le (ou lisez le code-barres du reçu).</translation>
    </message>
    <message>
        <source>Collect at {store} from {day}.</source>
        <translation>À récupérer à {store} à partir du {day}.</translation>
    </message>
    <message>
        <source>Sent from {store}.</source>
        <translation>Envoyé de {store}.</translation>
    </message>
    <message>
        <source>Promised for {day}.</source>
        <translation>Promis pour le {day}.</translation>
    </message>
    <message>
        <source>Kept until {day}, then back on the shelf.</source>
        <translation>Gardé jusqu&apos;au {day}, puis remis en rayon.</translation>
    </message>
    <message>
        <source>Store credit must be more than zero.</source>
        <translation>Le crédit en magasin doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Scan or type the voucher number.</source>
        <translation>Lisez ou tapez le numéro du bon d’achat.</translation>
    </message>
    <message>
        <source>No store credit voucher has the number {code}; check it and scan again.</source>
        <translation>Aucun bon d’achat ne porte le numéro {code}&#x202f;; vérifiez-le et lisez-le à nouveau.</translation>
    </message>
    <message>
        <source>No exchange or order has the number {code}.</source>
        <translation>Aucun échange ni aucune commande ne porte le numéro {code}.</translation>
    </message>
    <message>
        <source>Type the amount to pay with store credit (more than zero).</source>
        <translation>Tapez le montant à payer avec le crédit en magasin (plus que zéro).</translation>
    </message>
    <message>
        <source>Voucher {number} is in {voucher}, the sale in {sale}: it cannot pay for it.</source>
        <translation>Le bon {number} est en {voucher}, la vente en {sale}&#xa0;: il ne peut pas la payer.</translation>
    </message>
    <message>
        <source>Voucher {number} expired on {day}.</source>
        <translation>Le bon {number} a expiré le {day}.</translation>
    </message>
    <message>
        <source>{receipt} has {left} left to pay; store credit cannot pay more than that.</source>
        <translation>Il reste {left} à payer sur {receipt}&#x202f;; le crédit en magasin ne peut pas payer davantage.</translation>
    </message>
    <message>
        <source>Voucher {number} has only {balance} left (it may just have been used at another counter).</source>
        <translation>Il ne reste que {balance} sur le bon {number} (il vient peut-être d’être utilisé à une autre caisse).</translation>
    </message>
    <message>
        <source>That goodwill gesture is not on file.</source>
        <translation>Ce geste commercial n’est pas au dossier.</translation>
    </message>
    <message>
        <source>Store credit for a gesture needs the gesture approved first.</source>
        <translation>Un crédit pour un geste commercial exige d’abord l’approbation du geste.</translation>
    </message>
    <message>
        <source>The gesture has no cost to give as store credit.</source>
        <translation>Le geste n’a pas de coût à remettre en crédit.</translation>
    </message>
    <message>
        <source>This gesture&apos;s store credit was already issued.</source>
        <translation>Le crédit de ce geste a déjà été émis.</translation>
    </message>
    <message>
        <source>Counter {counter} has no receipt printer set up: use --to pdf:PATH or escpos-file:PATH, or add one with &apos;posassist printer add&apos;.</source>
        <translation>Aucune imprimante de reçus n’est configurée pour la caisse {counter}&#xa0;: utilisez --to pdf:CHEMIN ou escpos-file:CHEMIN, ou ajoutez-en une avec &apos;posassist printer add&apos;.</translation>
    </message>
    <message>
        <source>gift receipt</source>
        <translation>reçu-cadeau</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source>Printed {what} {number}{copy} to {where}</source>
        <translation>{what} {number}{copy} imprimé vers {where}</translation>
    </message>
    <message>
        <source>Printer {label} saved for counter {counter}</source>
        <translation>Imprimante {label} enregistrée pour la caisse {counter}</translation>
    </message>
    <message>
        <source>Printer {name} removed</source>
        <translation>Imprimante {name} retirée</translation>
    </message>
    <message>
        <source>Test page printed to {where}</source>
        <translation>Page de test imprimée vers {where}</translation>
    </message>
    <message>
        <source>, valid until {day}</source>
        <translation>, valable jusqu’au {day}</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (expiré)</translation>
    </message>
    <message>
        <source>{number}: {balance} of {issued} left{until}{state}</source>
        <translation>{number}&#xa0;: il reste {balance} sur {issued}{until}{state}</translation>
    </message>
    <message>
        <source>{count} store credit voucher(s) expired.</source>
        <translation>{count} bon(s) d&apos;achat expiré(s).</translation>
    </message>
    <message>
        <source>{number}: {amount} (valid until {day})</source>
        <translation>{number}&#xa0;: {amount} (valide jusqu&apos;au {day})</translation>
    </message>
    <message>
        <source>--amount {amount} is not an amount (e.g. 12.50).</source>
        <translation>--amount {amount} n’est pas un montant (p. ex. 12.50).</translation>
    </message>
    <message>
        <source>{amount} paid on {sale} with {voucher}; {balance} left on the voucher</source>
        <translation>{amount} payé sur {sale} avec {voucher}&#x202f;; il reste {balance} sur le bon</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>{what} {number}{copy} printed: {where}</source>
        <translation>{what} {number}{copy} imprimé&#xa0;: {where}</translation>
    </message>
    <message>
        <source>The receipt did not print</source>
        <translation>Le reçu ne s’est pas imprimé</translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation>&amp;Réimprimer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>print receipts</source>
        <translation>imprimer des reçus</translation>
    </message>
    <message>
        <source>issue store credit</source>
        <translation>émettre du crédit en magasin</translation>
    </message>
    <message>
        <source>pay with store credit</source>
        <translation>payer avec du crédit en magasin</translation>
    </message>
    <message>
        <source>set up the counter&apos;s printers</source>
        <translation>configurer les imprimantes de la caisse</translation>
    </message>
    <message>
        <source>Store credit balance</source>
        <translation>Solde du crédit en magasin</translation>
    </message>
    <message>
        <source>Edit the customer&apos;s record (Ctrl+E)</source>
        <translation>Modifier le dossier du client (Ctrl+E)</translation>
    </message>
    <message>
        <source>Merge a duplicate record into this one (Ctrl+M)</source>
        <translation>Fusionner un dossier en double dans celui-ci (Ctrl+M)</translation>
    </message>
    <message>
        <source>Your role may not do this; ask a shift lead.</source>
        <translation>Votre rôle ne permet pas de faire ceci&#x202f;; demandez à un(e) chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>Merged; it can be undone until the day is closed (Ctrl+M).</source>
        <translation>Fusionné&#x202f;; l&apos;opération peut être annulée jusqu&apos;à la fermeture de la journée (Ctrl+M).</translation>
    </message>
    <message>
        <source>Merge undone: the duplicate is a record of its own again.</source>
        <translation>Fusion annulée&#xa0;: le doublon est de nouveau un dossier distinct.</translation>
    </message>
    <message>
        <source>Store credit: {amount}</source>
        <translation>Crédit en magasin&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Thermal printer on the network (ESC/POS, port 9100)</source>
        <translation>Imprimante thermique en réseau (ESC/POS, port 9100)</translation>
    </message>
    <message>
        <source>Thermal printer on USB (ESC/POS)</source>
        <translation>Imprimante thermique USB (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer on a serial port (ESC/POS)</source>
        <translation>Imprimante thermique sur port série (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer as a device file (ESC/POS)</source>
        <translation>Imprimante thermique comme fichier de périphérique (ESC/POS)</translation>
    </message>
    <message>
        <source>A printer of this computer (office printer)</source>
        <translation>Une imprimante de cet ordinateur (bureau)</translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation>Fichiers PDF dans un dossier</translation>
    </message>
    <message>
        <source>Receipt printers of this counter</source>
        <translation>Imprimantes de reçus de cette caisse</translation>
    </message>
    <message>
        <source>Receipt printers of counter {counter}</source>
        <translation>Imprimantes de reçus de la caisse {counter}</translation>
    </message>
    <message>
        <source>Printers of this counter</source>
        <translation>Imprimantes de cette caisse</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>Nom de l’imprimante</translation>
    </message>
    <message>
        <source>How the printer is connected</source>
        <translation>Comment l’imprimante est branchée</translation>
    </message>
    <message>
        <source>Where the printer is</source>
        <translation>Où est l’imprimante</translation>
    </message>
    <message>
        <source>04b8:0202, host:9100, /dev/ttyUSB0@9600</source>
        <translation>04b8:0202, hôte:9100, /dev/ttyUSB0@9600</translation>
    </message>
    <message>
        <source>Roll width</source>
        <translation>Largeur du rouleau</translation>
    </message>
    <message>
        <source>{mm} mm</source>
        <translation>{mm} mm</translation>
    </message>
    <message>
        <source>Code page for accented letters</source>
        <translation>Page de code pour les lettres accentuées</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>Barcode on the receipt</source>
        <translation>Code-barres sur le reçu</translation>
    </message>
    <message>
        <source>Code 128 (QR when too long)</source>
        <translation>Code 128 (QR si trop long)</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>&amp;Default printer of this counter</source>
        <translation>Imprimante par &amp;défaut de cette caisse</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Imprimante par défaut</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the printer</source>
        <translation>Enregistrer l’imprimante</translation>
    </message>
    <message>
        <source>Print a &amp;test page</source>
        <translation>Imprimer une page de &amp;test</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Imprimer une page de test</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the printer</source>
        <translation>Retirer l’imprimante</translation>
    </message>
    <message>
        <source>Printer message</source>
        <translation>Message de l’imprimante</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Branchement&#xa0;:</translation>
    </message>
    <message>
        <source>Roll &amp;width:</source>
        <translation>&amp;Largeur du rouleau&#xa0;:</translation>
    </message>
    <message>
        <source>Code &amp;page:</source>
        <translation>&amp;Page de code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Code-barres&#xa0;:</translation>
    </message>
    <message>
        <source>No printer yet: receipts are saved as PDFs in the data folder.</source>
        <translation>Pas encore d’imprimante&#xa0;: les reçus sont enregistrés en PDF dans le dossier de données.</translation>
    </message>
    <message>
        <source>Saved {label}.</source>
        <translation>{label} enregistrée.</translation>
    </message>
    <message>
        <source>Printing a test page on {name}…</source>
        <translation>Impression d’une page de test sur {name}…</translation>
    </message>
    <message>
        <source>Test page printed: {where}</source>
        <translation>Page de test imprimée&#xa0;: {where}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} retirée.</translation>
    </message>
    <message>
        <source>Receipt printers…</source>
        <translation>Imprimantes de reçus…</translation>
    </message>
    <message>
        <source>Ctrl+P / Ctrl+G</source>
        <translation>Ctrl+P / Ctrl+G</translation>
    </message>
    <message>
        <source>in the timeline: reprint the receipt (a copy) / a gift receipt</source>
        <translation>dans l’historique&#xa0;: réimprimer le reçu (copie) / un reçu-cadeau</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Maj+R</translation>
    </message>
    <message>
        <source>this counter&apos;s receipt printers (managers)</source>
        <translation>imprimantes de reçus de cette caisse (gérants)</translation>
    </message>
    <message>
        <source>Voucher number</source>
        <translation>Numéro du bon d’achat</translation>
    </message>
    <message>
        <source>Scan the voucher&apos;s barcode</source>
        <translation>Lisez le code-barres du bon d’achat</translation>
    </message>
    <message>
        <source>Voucher balance</source>
        <translation>Solde du bon d’achat</translation>
    </message>
    <message>
        <source>Exchange or order to pay</source>
        <translation>Échange ou commande à payer</translation>
    </message>
    <message>
        <source>Amount to pay with store credit</source>
        <translation>Montant à payer avec le crédit en magasin</translation>
    </message>
    <message>
        <source>&amp;Pay with store credit</source>
        <translation>&amp;Payer avec le crédit en magasin</translation>
    </message>
    <message>
        <source>Pay with store credit</source>
        <translation>Payer avec le crédit en magasin</translation>
    </message>
    <message>
        <source>Store credit message</source>
        <translation>Message du crédit en magasin</translation>
    </message>
    <message>
        <source>&amp;Voucher:</source>
        <translation>&amp;Bon d’achat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Exchange or order:</source>
        <translation>&amp;Échange ou commande&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>Store credit: balance, pay with a voucher</source>
        <translation>Crédit en magasin&#xa0;: solde, payer avec un bon</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Maj+C</translation>
    </message>
    <message>
        <source>store credit: a voucher&apos;s balance, pay with it</source>
        <translation>crédit en magasin&#xa0;: solde d’un bon, payer avec</translation>
    </message>
    <message>
        <source>Another sale or customer import is running ({who}, since {since:%H:%M} UTC); wait for it to finish.</source>
        <translation>Une autre importation de ventes ou de clients est en cours ({who}, depuis {since:%H:%M} UTC); attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>Set up a store first (&apos;posassist setup&apos;); imported sales belong to a store.</source>
        <translation>Configurez d&apos;abord un magasin (&apos;posassist setup&apos;); les ventes importées appartiennent à un magasin.</translation>
    </message>
    <message>
        <source>--format must be auto, {formats}.</source>
        <translation>--format doit être auto, {formats}.</translation>
    </message>
    <message>
        <source>This is a customers export, not orders: import it with &apos;posassist customer import&apos;.</source>
        <translation>Ceci est une exportation de clients, pas de commandes&#xa0;: importez-la avec &apos;posassist customer import&apos;.</translation>
    </message>
    <message>
        <source>This is an orders export: import it with &apos;posassist sale import&apos; (it brings the customers too).</source>
        <translation>Ceci est une exportation de commandes&#xa0;: importez-la avec &apos;posassist sale import&apos; (elle apporte aussi les clients).</translation>
    </message>
    <message>
        <source>import sales and customers</source>
        <translation>importer les ventes et les clients</translation>
    </message>
    <message>
        <source>Only purchases, returns and goodwill gestures have a receipt to print.</source>
        <translation>Seuls les achats, les retours et les gestes commerciaux ont un reçu à imprimer.</translation>
    </message>
    <message>
        <source>--grant-to is for PostgreSQL; an SQLite file has no roles.</source>
        <translation>--grant-to est pour PostgreSQL&#x202f;; un fichier SQLite n’a pas de rôles.</translation>
    </message>
    <message>
        <source>{name}&apos;s PIN was set by the person asking: {name} chooses their own PIN (staff set-pin) before approving their requests.</source>
        <translation>Le NIP de {name} a été fixé par la personne qui demande&#xa0;: {name} choisit son propre NIP (staff set-pin) avant d’approuver ses demandes.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for {code} since its last sign-in: a store manager sets a new PIN (an unlock is not enough).</source>
        <translation>Trop de NIP erronés pour {code} depuis sa dernière connexion&#xa0;: un gérant fixe un nouveau NIP (un déverrouillage ne suffit pas).</translation>
    </message>
    <message>
        <source>The account {code} was changed outside posassist (no matching record in the audit log); it cannot sign in until an admin sets it up again.</source>
        <translation>Le compte {code} a été modifié hors de posassist (aucune entrée correspondante au journal d’audit)&#x202f;; il ne peut se connecter qu’une fois reconfiguré par un administrateur.</translation>
    </message>
    <message>
        <source>record {row} is larger than {mb} MB and was not read (POSASSIST_IMPORT_MAX_RECORD_BYTES sets the limit)</source>
        <translation>l’enregistrement {row} dépasse {mb} Mo et n’a pas été lu (POSASSIST_IMPORT_MAX_RECORD_BYTES fixe la limite)</translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported ({url}).</source>
        <translation>Seules les adresses http et https peuvent être importées ({url}).</translation>
    </message>
    <message>
        <source>{url} names no host.</source>
        <translation>{url} ne nomme aucun hôte.</translation>
    </message>
    <message>
        <source>Could not find the host {host} ({err}); check the address.</source>
        <translation>L’hôte {host} est introuvable ({err})&#x202f;; vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>{host} is on a private, loopback or link-local address ({addr}); posassist does not fetch those unless an admin allows the host (POSASSIST_DOWNLOAD_ALLOW_HOSTS).</source>
        <translation>{host} est sur une adresse privée, de bouclage ou lien-local ({addr})&#x202f;; posassist ne les télécharge que si un administrateur autorise l’hôte (POSASSIST_DOWNLOAD_ALLOW_HOSTS).</translation>
    </message>
    <message>
        <source>The download of {source} took longer than {s:.0f} s and was stopped; nothing was changed (POSASSIST_DOWNLOAD_DEADLINE_S sets the limit).</source>
        <translation>Le téléchargement de {source} a pris plus de {s:.0f} s et a été arrêté&#x202f;; rien n’a été modifié (POSASSIST_DOWNLOAD_DEADLINE_S fixe la limite).</translation>
    </message>
    <message>
        <source>{source} is larger than {mb} MB and was not downloaded; nothing was changed (POSASSIST_DOWNLOAD_MAX_BYTES sets the limit).</source>
        <translation>{source} dépasse {mb} Mo et n’a pas été téléchargé&#x202f;; rien n’a été modifié (POSASSIST_DOWNLOAD_MAX_BYTES fixe la limite).</translation>
    </message>
    <message>
        <source>The first line cannot be read as a table: {err}</source>
        <translation>La première ligne ne peut être lue comme un tableau&#xa0;: {err}</translation>
    </message>
    <message>
        <source>the first line</source>
        <translation>la première ligne</translation>
    </message>
    <message>
        <source>the rest of the file cannot be read: {err}</source>
        <translation>le reste du fichier ne peut être lu&#xa0;: {err}</translation>
    </message>
    <message>
        <source>The customer was erased, but {n} receipt file(s) could not be deleted: {first}</source>
        <translation>Le client a été effacé, mais {n} fichier(s) de reçu n’ont pu être supprimés&#xa0;: {first}</translation>
    </message>
    <message>
        <source>{code} has had {n} wrong PINs since the last sign-in: an unlock is not enough, set a new PIN (staff set-pin {code}).</source>
        <translation>{code} a eu {n} NIP erronés depuis la dernière connexion&#xa0;: un déverrouillage ne suffit pas, fixez un nouveau NIP (staff set-pin {code}).</translation>
    </message>
    <message>
        <source>register an audit signing key</source>
        <translation>enregistrer une clé de signature du journal d’audit</translation>
    </message>
    <message>
        <source>entry {seq} adds signing key {key} that does not match the registered keys</source>
        <translation>l’entrée {seq} ajoute la clé de signature {key}, qui ne correspond pas aux clés enregistrées</translation>
    </message>
    <message>
        <source>entry {seq} adds signing key {key} without the signature of a key registered before it</source>
        <translation>l’entrée {seq} ajoute la clé de signature {key} sans la signature d’une clé enregistrée avant elle</translation>
    </message>
    <message>
        <source>entry {seq} is not signed, though every entry since {first} must be (signature removed?)</source>
        <translation>l’entrée {seq} n’est pas signée, alors que toute entrée depuis {first} doit l’être (signature retirée&#x202f;?)</translation>
    </message>
    <message>
        <source>entry {seq} is signed by key {key}, which was revoked at entry {revoked} (a lost or stolen key?)</source>
        <translation>l&apos;entrée {seq} est signée par la clé {key}, révoquée à l&apos;entrée {revoked} (une clé perdue ou volée?)</translation>
    </message>
    <message>
        <source>entry {seq} is signed by key {key}, which is not registered (posassist audit key add)</source>
        <translation>l’entrée {seq} est signée par la clé {key}, qui n’est pas enregistrée (posassist audit key add)</translation>
    </message>
    <message>
        <source>entry {seq} was edited after it was signed (its signature does not match)</source>
        <translation>l’entrée {seq} a été modifiée après sa signature (la signature ne correspond pas)</translation>
    </message>
    <message>
        <source>entry {seq} revokes signing key {key}, which is not a valid registered key</source>
        <translation>l&apos;entrée {seq} révoque la clé de signature {key}, qui n&apos;est pas une clé enregistrée valide</translation>
    </message>
    <message>
        <source>entry {seq} revokes signing key {key} with its own signature</source>
        <translation>l&apos;entrée {seq} révoque la clé de signature {key} avec sa propre signature</translation>
    </message>
    <message>
        <source>signing key {key} ({name}) is in the database without the audited admin action that adds keys (inserted by SQL?)</source>
        <translation>la clé de signature {key} ({name}) est dans la base sans l’action d’administration auditée qui ajoute les clés (insérée par SQL&#x202f;?)</translation>
    </message>
    <message>
        <source>offline entry {seq} of counter {counter}</source>
        <translation>entrée hors ligne {seq} de la caisse {counter}</translation>
    </message>
    <message>
        <source>{where} does not follow the one before it (deleted or inserted)</source>
        <translation>{where} ne suit pas la précédente (supprimée ou insérée)</translation>
    </message>
    <message>
        <source>{where} was edited after it was written</source>
        <translation>{where} a été modifiée après son écriture</translation>
    </message>
    <message>
        <source>{where} is not signed by a registered key (forged or edited)</source>
        <translation>{where} n&apos;est pas signée par une clé enregistrée (falsifiée ou modifiée)</translation>
    </message>
    <message>
        <source>{where} is not signed, though the store signs its audit log (signature removed or entry forged?)</source>
        <translation>{where} n’est pas signé, alors que le magasin signe son journal d’audit (signature supprimée ou entrée falsifiée&#x202f;?)</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>avertissement&#xa0;: {warning}</translation>
    </message>
    <message>
        <source>This counter has no audit signing key (see the log file); check POSASSIST_CONFIG_DIR or POSASSIST_AUDIT_KEY.</source>
        <translation>Ce comptoir n’a pas de clé de signature d’audit (voir le fichier journal)&#x202f;; vérifiez POSASSIST_CONFIG_DIR ou POSASSIST_AUDIT_KEY.</translation>
    </message>
    <message>
        <source>{role} is not a PostgreSQL role name (letters, digits and _).</source>
        <translation>{role} n’est pas un nom de rôle PostgreSQL (lettres, chiffres et _).</translation>
    </message>
    <message>
        <source>The counters&apos; role {role} is the owner that runs db upgrade; give counters a role of their own (see the README).</source>
        <translation>Le rôle des comptoirs, {role}, est le propriétaire qui exécute db upgrade&#x202f;; donnez aux comptoirs leur propre rôle (voir le README).</translation>
    </message>
    <message>
        <source>A public key is 64 hexadecimal digits (posassist audit key show prints it).</source>
        <translation>Une clé publique compte 64 chiffres hexadécimaux (posassist audit key show l’affiche).</translation>
    </message>
    <message>
        <source>Key {key} is already registered (as {name}).</source>
        <translation>La clé {key} est déjà enregistrée (sous {name}).</translation>
    </message>
    <message>
        <source>This counter has no signing key; check POSASSIST_AUDIT_KEY.</source>
        <translation>Ce comptoir n’a pas de clé de signature&#x202f;; vérifiez POSASSIST_AUDIT_KEY.</translation>
    </message>
    <message>
        <source>Register this counter&apos;s own key first (posassist audit key add, no key given).</source>
        <translation>Enregistrez d’abord la clé de ce comptoir (posassist audit key add, sans clé).</translation>
    </message>
    <message>
        <source>This counter&apos;s key is not registered, so it cannot vouch for another: add this key from a counter whose key is (posassist audit key add {key})</source>
        <translation>La clé de ce comptoir n’est pas enregistrée et ne peut donc en garantir une autre&#xa0;: ajoutez cette clé depuis un comptoir dont la clé l’est (posassist audit key add {key})</translation>
    </message>
    <message>
        <source>Say why the key is revoked (--reason), e.g. &apos;laptop stolen&apos;.</source>
        <translation>Dites pourquoi la clé est révoquée (--reason), p. ex. «&#xa0;portable volé&#xa0;».</translation>
    </message>
    <message>
        <source>No registered key is {key} (posassist audit key list shows them).</source>
        <translation>Aucune clé enregistrée n&apos;est {key} (posassist audit key list les affiche).</translation>
    </message>
    <message>
        <source>Key {key} was already revoked at entry {seq}.</source>
        <translation>La clé {key} a déjà été révoquée à l&apos;entrée {seq}.</translation>
    </message>
    <message>
        <source>This counter&apos;s own key is not a valid registered key, so it cannot revoke one.</source>
        <translation>La clé de ce comptoir n&apos;est pas une clé enregistrée valide; il ne peut donc pas en révoquer.</translation>
    </message>
    <message>
        <source>That is this counter&apos;s own key: give the counter a new one first (posassist audit key rotate), then revoke the old one.</source>
        <translation>C&apos;est la clé de ce comptoir&#xa0;: donnez-lui d&apos;abord une nouvelle clé (posassist audit key rotate), puis révoquez l&apos;ancienne.</translation>
    </message>
    <message>
        <source>This counter&apos;s key is not a valid registered key; register it first (posassist audit key add).</source>
        <translation>La clé de ce comptoir n&apos;est pas une clé enregistrée valide; enregistrez-la d&apos;abord (posassist audit key add).</translation>
    </message>
    <message>
        <source>a checkpoint in {path} is not signed by this counter (the file was edited)</source>
        <translation>un point de contrôle dans {path} n’est pas signé par ce comptoir (le fichier a été modifié)</translation>
    </message>
    <message>
        <source>the log ends at entry {top}, but this counter saw entry {seq} on {at}: entries were deleted, or an older copy was restored</source>
        <translation>le journal s’arrête à l’entrée {top}, mais ce comptoir a vu l’entrée {seq} le {at}&#xa0;: des entrées ont été supprimées, ou une copie plus ancienne restaurée</translation>
    </message>
    <message>
        <source>entry {seq} is not the one this counter saw on {at}: the log was rewritten from there on (or another copy restored)</source>
        <translation>l’entrée {seq} n’est pas celle que ce comptoir a vue le {at}&#xa0;: le journal a été réécrit à partir de là (ou une autre copie restaurée)</translation>
    </message>
    <message>
        <source>This counter cannot read its audit checkpoints ({exc}).</source>
        <translation>Ce comptoir ne peut lire ses points de contrôle d’audit ({exc}).</translation>
    </message>
    <message>
        <source>The audit log does not match what this counter saw before: {problem}. The finding was recorded; tell the store manager (posassist audit verify).</source>
        <translation>Le journal d’audit ne correspond pas à ce que ce comptoir a vu&#xa0;: {problem}. Le constat a été consigné&#x202f;; prévenez le gérant (posassist audit verify).</translation>
    </message>
    <message>
        <source>The audit signing key {path} can be read by others; make it private (chmod 600 {path}).</source>
        <translation>La clé de signature {path} est lisible par d’autres&#x202f;; rendez-la privée (chmod 600 {path}).</translation>
    </message>
    <message>
        <source>The audit signing key {path} cannot be read ({exc}); restore it from its backup.</source>
        <translation>La clé de signature {path} est illisible ({exc})&#x202f;; restaurez-la depuis sa sauvegarde.</translation>
    </message>
    <message>
        <source>The audit signing key {path} is not an Ed25519 key.</source>
        <translation>La clé de signature {path} n’est pas une clé Ed25519.</translation>
    </message>
    <message>
        <source>The audit key is set to the keyring, but the keyring package is not installed (pip install keyring).</source>
        <translation>La clé d’audit doit être dans le trousseau, mais le paquet keyring n’est pas installé (pip install keyring).</translation>
    </message>
    <message>
        <source>C&amp;hoose a printer of this computer…</source>
        <translation>C&amp;hoisir une imprimante de cet ordinateur…</translation>
    </message>
    <message>
        <source>Choose a system printer</source>
        <translation>Choisir une imprimante du système</translation>
    </message>
    <message>
        <source>The limits of the role {role} were changed outside posassist; an admin applies the set-up again (posassist setup) before this role signs in.</source>
        <translation>Les limites du rôle {role} ont été modifiées hors de posassist&#x202f;; un administrateur réapplique la configuration (posassist setup) avant que ce rôle se connecte.</translation>
    </message>
    <message>
        <source>Message received at</source>
        <translation>Message reçu le</translation>
    </message>
    <message>
        <source>When the customer&apos;s message came in: the response time is measured from it</source>
        <translation>Quand le message du client est arrivé&#xa0;: le temps de réponse est mesuré à partir de ce moment</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>Reçu &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Note te&amp;xt:</source>
        <translation>Te&amp;xte de la note&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the reason (type its first letters or ↓)</source>
        <translation>Choisissez le motif (tapez ses premières lettres ou ↓)</translation>
    </message>
    <message>
        <source>The replacement item</source>
        <translation>L’article de remplacement</translation>
    </message>
    <message>
        <source>{held} (ordered: {ordered})</source>
        <translation>{held} (commandé&#xa0;: {ordered})</translation>
    </message>
    <message>
        <source>The sale found</source>
        <translation>La vente trouvée</translation>
    </message>
    <message>
        <source>What happened with this sale</source>
        <translation>Ce qui s’est passé avec cette vente</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>l’article</translation>
    </message>
    <message>
        <source>The customer keeps: {item} × {count}.</source>
        <translation>Le client garde&#xa0;: {item} × {count}.</translation>
    </message>
    <message>
        <source>Coming back: {item} × {count}.</source>
        <translation>Revient&#xa0;: {item} × {count}.</translation>
    </message>
    <message>
        <source>The customer gets: {item} × {count}.</source>
        <translation>Le client reçoit&#xa0;: {item} × {count}.</translation>
    </message>
    <message>
        <source>{item}: the customer pays {price}.</source>
        <translation>{item}&#xa0;: le client paie {price}.</translation>
    </message>
    <message>
        <source>An even exchange: nothing to pay, nothing back.</source>
        <translation>Un échange égal&#xa0;: rien à payer, rien à rendre.</translation>
    </message>
    <message>
        <source>{new} − {old} paid = {diff} for the customer to pay.</source>
        <translation>{new} − {old} payé = {diff} à payer par le client.</translation>
    </message>
    <message>
        <source>{old} paid − {new} = {diff} back to the customer.</source>
        <translation>{old} payé − {new} = {diff} rendu au client.</translation>
    </message>
    <message>
        <source>{item}: {paid} paid − {fee} restocking fee = {back} back.</source>
        <translation>{item}&#xa0;: {paid} payé − {fee} de frais de remise en stock = {back} rendu.</translation>
    </message>
    <message>
        <source>Fix what is marked in red (Back), then come here again.</source>
        <translation>Corrigez ce qui est en rouge (Précédent), puis revenez ici.</translation>
    </message>
    <message>
        <source>Tell the customer why it cannot be taken back; a goodwill gesture is F8 after closing this.</source>
        <translation>Expliquez au client pourquoi l’article ne peut pas être repris&#x202f;; un geste commercial, c’est F8 après avoir fermé ceci.</translation>
    </message>
    <message>
        <source>A shift lead approves here with their code and PIN, or ask one elsewhere (Alt+E).</source>
        <translation>Un chef d’équipe approuve ici avec son code et son NIP, ou demandez à un chef d’équipe ailleurs (Alt+E).</translation>
    </message>
    <message>
        <source>Enter for the summary and confirm; take the item back and hand over the replacement from here.</source>
        <translation>Entrée pour le résumé, puis confirmez&#x202f;; reprenez l’article et remettez le remplacement pris ici.</translation>
    </message>
    <message>
        <source>Enter for the summary and confirm; the new item is ordered and the receipt says when it arrives.</source>
        <translation>Entrée pour le résumé, puis confirmez&#x202f;; le nouvel article est commandé et le reçu indique quand il arrive.</translation>
    </message>
    <message>
        <source>Enter for the summary and confirm; the customer keeps the item and nothing is refunded.</source>
        <translation>Entrée pour le résumé, puis confirmez&#x202f;; le client garde l’article et rien n’est remboursé.</translation>
    </message>
    <message>
        <source>Enter for the summary and confirm; {amount} store credit goes on the receipt.</source>
        <translation>Entrée pour le résumé, puis confirmez&#x202f;; un crédit magasin de {amount} figure sur le reçu.</translation>
    </message>
    <message>
        <source>Enter for the summary and confirm; then give back {amount} to the original payment.</source>
        <translation>Entrée pour le résumé, puis confirmez&#x202f;; rendez ensuite {amount} sur le paiement d’origine.</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Ensuite&#xa0;:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Rayon&#xa0;:</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Clear the customer search</source>
        <translation>Effacer la recherche de client</translation>
    </message>
    <message>
        <source>Choose the reason for the exception first.</source>
        <translation>Choisissez d’abord le motif de l’exception.</translation>
    </message>
    <message>
        <source>The stores in each cell of the grid, in order</source>
        <translation>Les magasins de chaque case de la grille, dans l’ordre</translation>
    </message>
    <message>
        <source>Stock in each cell: {stores}</source>
        <translation>Stock dans chaque case&#xa0;: {stores}</translation>
    </message>
    <message>
        <source>Sales and customers import…</source>
        <translation>Importation des ventes et des clients…</translation>
    </message>
    <message>
        <source>Sales and customers import</source>
        <translation>Importation des ventes et des clients</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Ce que contient le fichier</translation>
    </message>
    <message>
        <source>Orders (sales)</source>
        <translation>Commandes (ventes)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Import the checked file</source>
        <translation>Importer le fichier vérifié</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>Impor&amp;ter&#xa0;:</translation>
    </message>
    <message>
        <source>row {row} (line {line})</source>
        <translation>rangée {row} (ligne {line})</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>rangée {row}</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Applied as import {version}</source>
        <translation>Appliqué comme importation {version}</translation>
    </message>
    <message>
        <source>{rows:,} rows, {orders:,} orders, {lines:,} lines, {customers:,} customers, {refunds:,} with refunds: &lt;b&gt;{created:,}&lt;/b&gt; new, &lt;b&gt;{updated:,}&lt;/b&gt; changed, {unchanged:,} unchanged, {skipped:,} skipped</source>
        <translation>{rows:,} rangées, {orders:,} commandes, {lines:,} articles, {customers:,} clients, {refunds:,} avec remboursements&#xa0;: &lt;b&gt;{created:,}&lt;/b&gt; nouvelles, &lt;b&gt;{updated:,}&lt;/b&gt; modifiées, {unchanged:,} inchangées, {skipped:,} ignorées</translation>
    </message>
    <message>
        <source>{rows:,} rows, {customers:,} customers: &lt;b&gt;{created:,}&lt;/b&gt; new, &lt;b&gt;{updated:,}&lt;/b&gt; changed, {merged:,} merged, {unchanged:,} unchanged, {skipped:,} skipped</source>
        <translation>{rows:,} rangées, {customers:,} clients&#xa0;: &lt;b&gt;{created:,}&lt;/b&gt; nouveaux, &lt;b&gt;{updated:,}&lt;/b&gt; modifiés, {merged:,} fusionnés, {unchanged:,} inchangés, {skipped:,} ignorés</translation>
    </message>
    <message>
        <source>&lt;b&gt;{state}&lt;/b&gt; · {format} · {counts} · &lt;b&gt;{errors}&lt;/b&gt; errors, {warnings} warnings.{blocked}</source>
        <translation>&lt;b&gt;{state}&lt;/b&gt; · {format} · {counts} · &lt;b&gt;{errors}&lt;/b&gt; erreurs, {warnings} avertissements.{blocked}</translation>
    </message>
    <message>
        <source>No store is set up yet; run &apos;posassist setup FILE&apos; first.</source>
        <translation>Aucun magasin n&apos;est encore configuré&#x202f;; lancez d&apos;abord &apos;posassist setup FILE&apos;.</translation>
    </message>
    <message>
        <source>There is no store {code}; the stores are: {codes}.</source>
        <translation>Il n&apos;y a pas de magasin {code}&#x202f;; les magasins sont&#xa0;: {codes}.</translation>
    </message>
    <message>
        <source>Promised for {day}; a follow-up checks it the day before.</source>
        <translation>Promis pour le {day}&#x202f;; un suivi le vérifie la veille.</translation>
    </message>
    <message>
        <source>No holds.</source>
        <translation>Aucune réservation.</translation>
    </message>
    <message>
        <source>{count} hold(s) expired and back to stock.</source>
        <translation>{count} réservation(s) expirée(s) et remise(s) en stock.</translation>
    </message>
    <message>
        <source>there is no image file at {path}</source>
        <translation>il n&apos;y a pas de fichier image à {path}</translation>
    </message>
    <message>
        <source>{path} is larger than 5 MB; a receipt logo is a small image</source>
        <translation>{path} dépasse 5 Mo&#x202f;; un logo de reçu est une petite image</translation>
    </message>
    <message>
        <source>{path} has too many pixels for a receipt logo</source>
        <translation>{path} a trop de pixels pour un logo de reçu</translation>
    </message>
    <message>
        <source>{path} is not an image posassist can read (PNG, JPEG, GIF or BMP)</source>
        <translation>{path} n&apos;est pas une image que posassist peut lire (PNG, JPEG, GIF ou BMP)</translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>Choisissez deux clients différents à fusionner.</translation>
    </message>
    <message>
        <source>Customer {customer_id} was erased; an erased record is not merged.</source>
        <translation>Le client {customer_id} a été effacé&#x202f;; un dossier effacé n&apos;est pas fusionné.</translation>
    </message>
    <message>
        <source>Customer {customer_id} was already merged into customer {kept}; use that record.</source>
        <translation>Le client {customer_id} a déjà été fusionné dans le client {kept}&#x202f;; utilisez ce dossier.</translation>
    </message>
    <message>
        <source>There is no merge {merge_id}.</source>
        <translation>Il n&apos;y a pas de fusion {merge_id}.</translation>
    </message>
    <message>
        <source>Customer {customer_id} has no merge to undo.</source>
        <translation>Le client {customer_id} n&apos;a aucune fusion à annuler.</translation>
    </message>
    <message>
        <source>That merge was undone already.</source>
        <translation>Cette fusion a déjà été annulée.</translation>
    </message>
    <message>
        <source>The day of this merge is closed (report day), so it is final; fix the record by editing it instead.</source>
        <translation>La journée de cette fusion est fermée (journée de rapport), elle est donc définitive&#x202f;; corrigez plutôt le dossier en le modifiant.</translation>
    </message>
    <message>
        <source>A customer of this merge was erased since; it cannot be undone.</source>
        <translation>Un client de cette fusion a été effacé depuis&#x202f;; elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Could not start the import process ({err}).</source>
        <translation>Impossible de lancer le processus d&apos;importation ({err}).</translation>
    </message>
    <message>
        <source>The import process answered in a way this window cannot read ({detail}); the log says more.</source>
        <translation>Le processus d&apos;importation a répondu d&apos;une façon que cette fenêtre ne peut pas lire ({detail}); le journal en dit plus.</translation>
    </message>
    <message>
        <source>The import needed more than {mb} MB of memory and was stopped; nothing was changed and the counter keeps working (POSASSIST_IMPORT_MEMORY_MB sets the limit).</source>
        <translation>L&apos;importation demandait plus de {mb} Mo de mémoire et a été arrêtée; rien n&apos;a été modifié et le comptoir continue de fonctionner (POSASSIST_IMPORT_MEMORY_MB fixe la limite).</translation>
    </message>
    <message>
        <source>The import process ended without an answer (exit {code}); nothing was changed. The log says more.</source>
        <translation>Le processus d&apos;importation s&apos;est terminé sans réponse (code {code}); rien n&apos;a été modifié. Le journal en dit plus.</translation>
    </message>
    <message>
        <source>Merge a duplicate into {name}</source>
        <translation>Fusionner un doublon dans {name}</translation>
    </message>
    <message>
        <source>Find the duplicate: name, phone, email or card</source>
        <translation>Trouver le doublon&#xa0;: nom, téléphone, courriel ou carte</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Enter shows what would move</source>
        <translation>Entrée montre ce qui serait transféré</translation>
    </message>
    <message>
        <source>Find the duplicate record, then Enter on it to see what moves.</source>
        <translation>Trouvez le dossier en double, puis appuyez sur Entrée pour voir ce qui est transféré.</translation>
    </message>
    <message>
        <source>What the merge moves</source>
        <translation>Ce que la fusion transfère</translation>
    </message>
    <message>
        <source>&amp;Merge into this customer</source>
        <translation>Fusionner dans &amp;ce client</translation>
    </message>
    <message>
        <source>Merge the duplicate into this customer</source>
        <translation>Fusionner le doublon dans ce client</translation>
    </message>
    <message>
        <source>&amp;Undo the merge of {name}</source>
        <translation>&amp;Annuler la fusion de {name}</translation>
    </message>
    <message>
        <source>&amp;Undo the last merge</source>
        <translation>&amp;Annuler la dernière fusion</translation>
    </message>
    <message>
        <source>Undo the last merge into this customer</source>
        <translation>Annuler la dernière fusion dans ce client</translation>
    </message>
    <message>
        <source>&amp;Duplicate:</source>
        <translation>&amp;Doublon&#xa0;:</translation>
    </message>
    <message>
        <source>No other record found. Check the spelling, or try the phone number.</source>
        <translation>Aucun autre dossier trouvé. Vérifiez l&apos;orthographe ou essayez le numéro de téléphone.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>#{other} {other_name} goes into #{keep} {keep_name}.</source>
        <translation>#{other} {other_name} est fusionné dans #{keep} {keep_name}.</translation>
    </message>
    <message>
        <source>These move:</source>
        <translation>Ceci est transféré&#xa0;:</translation>
    </message>
    <message>
        <source>This customer takes from the duplicate:</source>
        <translation>Ce client reprend du doublon&#xa0;:</translation>
    </message>
    <message>
        <source>It can be undone until the day is closed.</source>
        <translation>L&apos;opération peut être annulée jusqu&apos;à la fermeture de la journée.</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>Prononciation</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Carte de fidélité</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Consent to offers by email</source>
        <translation>Consentement aux offres par courriel</translation>
    </message>
    <message>
        <source>Consent to offers by SMS</source>
        <translation>Consentement aux offres par texto</translation>
    </message>
    <message>
        <source>Consent to offers by phone</source>
        <translation>Consentement aux offres par téléphone</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>conjoint(e)</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>frère ou sœur</translation>
    </message>
    <message>
        <source>business account</source>
        <translation>compte d&apos;entreprise</translation>
    </message>
    <message>
        <source>member of the business account</source>
        <translation>membre du compte d&apos;entreprise</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>au comptoir</translation>
    </message>
    <message>
        <source>from an import</source>
        <translation>par importation</translation>
    </message>
    <message>
        <source>on the web shop</source>
        <translation>sur la boutique en ligne</translation>
    </message>
    <message>
        <source>notes and contacts</source>
        <translation>notes et contacts</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>ventes</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>retours</translation>
    </message>
    <message>
        <source>exceptions (goodwill)</source>
        <translation>exceptions (gestes commerciaux)</translation>
    </message>
    <message>
        <source>approval requests</source>
        <translation>demandes d&apos;approbation</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>alertes</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>consentements</translation>
    </message>
    <message>
        <source>store credit vouchers</source>
        <translation>bons d&apos;achat (crédit en magasin)</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>suivis</translation>
    </message>
    <message>
        <source>records in other systems</source>
        <translation>dossiers dans d&apos;autres systèmes</translation>
    </message>
    <message>
        <source>related customers</source>
        <translation>clients liés</translation>
    </message>
    <message>
        <source>history entries</source>
        <translation>entrées d&apos;historique</translation>
    </message>
    <message>
        <source>customers related to them</source>
        <translation>clients qui lui sont liés</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>réservations</translation>
    </message>
    <message>
        <source>promises</source>
        <translation>promesses</translation>
    </message>
    <message>
        <source>In 15 min</source>
        <translation>Dans 15 min</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Dans 1 heure</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Follow-up reminder</source>
        <translation>Rappel de suivi</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source> (+{n} more due)</source>
        <translation> (+{n} autre(s) à faire)</translation>
    </message>
    <message>
        <source>Follow-up due {at}{who}: {text}{more}</source>
        <translation>Suivi à faire {at}{who}&#xa0;: {text}{more}</translation>
    </message>
    <message>
        <source>Reminder snoozed until {at}.</source>
        <translation>Rappel reporté jusqu&apos;à {at}.</translation>
    </message>
    <message>
        <source>Reminder dismissed; the follow-up stays in My follow-ups (F12).</source>
        <translation>Rappel fermé&#x202f;; le suivi reste dans Mes suivis (F12).</translation>
    </message>
    <message>
        <source>This counter has no local copy (it works on its database directly).</source>
        <translation>Cette caisse n&apos;a pas de copie locale (elle travaille directement sur sa base de données).</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline since {t}</source>
        <translation>Hors ligne depuis {t}</translation>
    </message>
    <message>
        <source>Journal entries not sent yet: {n}</source>
        <translation>Entrées du journal pas encore envoyées&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Offline transactions to review: unknown (the server does not answer)</source>
        <translation>Transactions hors ligne à vérifier&#xa0;: inconnu (le serveur ne répond pas)</translation>
    </message>
    <message>
        <source>Offline transactions to review: {n} ({c} conflicts)</source>
        <translation>Transactions hors ligne à vérifier&#xa0;: {n} ({c} conflits)</translation>
    </message>
    <message>
        <source>Sent {sent}, already there {skipped}, conflicts for review {conflicts}, audit entries merged {audit}, left {pending} ({seconds:.1f} s)</source>
        <translation>Envoyées {sent}, déjà présentes {skipped}, conflits à vérifier {conflicts}, entrées d&apos;audit fusionnées {audit}, restantes {pending} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Rien à vérifier.</translation>
    </message>
    <message>
        <source>CONFLICT</source>
        <translation>CONFLIT</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>Offline transaction {id} reviewed.</source>
        <translation>Transaction hors ligne {id} vérifiée.</translation>
    </message>
    <message>
        <source>This is not available while the server is unreachable; nothing was saved. Notes, follow-ups, ratings, holds, returns and customer edits still work.</source>
        <translation>Non disponible tant que le serveur est injoignable&#x202f;; rien n&apos;a été enregistré. Les notes, suivis, évaluations, mises de côté, retours et modifications de clients fonctionnent encore.</translation>
    </message>
    <message>
        <source>This counter sent a change this server does not know ({call}).</source>
        <translation>Cette caisse a envoyé une modification que ce serveur ne connaît pas ({call}).</translation>
    </message>
    <message>
        <source>It depends on another offline change that the server refused (see that one first).</source>
        <translation>Elle dépend d&apos;une autre modification hors ligne refusée par le serveur (voyez celle-là d&apos;abord).</translation>
    </message>
    <message>
        <source>{n} changes made offline at this counter have not reached the server yet: send them first (posassist offline upload), then review them.</source>
        <translation>{n} modifications faites hors ligne à cette caisse ne sont pas encore sur le serveur&#xa0;: envoyez-les d&apos;abord (posassist offline upload), puis vérifiez-les.</translation>
    </message>
    <message>
        <source>{n} offline transactions ({c} conflicts) are not reviewed yet: a shift lead reviews them (posassist offline review) before the day is closed.</source>
        <translation>{n} transactions hors ligne ({c} conflits) ne sont pas encore vérifiées&#xa0;: un chef d&apos;équipe les vérifie (posassist offline review) avant la fermeture de la journée.</translation>
    </message>
    <message>
        <source>Write what was done about it, in a sentence.</source>
        <translation>Écrivez en une phrase ce qui a été fait.</translation>
    </message>
    <message>
        <source>Keep the note under 2,000 characters.</source>
        <translation>La note doit faire moins de 2&#xa0;000 caractères.</translation>
    </message>
    <message>
        <source>There is no offline transaction {id} to review.</source>
        <translation>Il n&apos;y a aucune transaction hors ligne {id} à vérifier.</translation>
    </message>
    <message>
        <source>Offline transaction {id} was already reviewed; nothing was changed.</source>
        <translation>La transaction hors ligne {id} a déjà été vérifiée&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Solved now</source>
        <translation>Réglé maintenant</translation>
    </message>
    <message>
        <source>Needs a follow-up</source>
        <translation>Suivi requis</translation>
    </message>
    <message>
        <source>Could not help</source>
        <translation>Impossible d&apos;aider</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>réglé</translation>
    </message>
    <message>
        <source>waiting for a follow-up</source>
        <translation>en attente d&apos;un suivi</translation>
    </message>
    <message>
        <source>could not help</source>
        <translation>impossible d&apos;aider</translation>
    </message>
    <message>
        <source>no outcome yet</source>
        <translation>pas encore de résultat</translation>
    </message>
    <message>
        <source>{day}: {topic} — {summary} ({standing}, {contacts} contact(s))</source>
        <translation>{day}&#xa0;: {topic} — {summary} ({standing}, {contacts} contact(s))</translation>
    </message>
    <message>
        <source>End of the interaction</source>
        <translation>Fin de l&apos;interaction</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>About something the customer came about before</source>
        <translation>Au sujet d&apos;une demande antérieure du client</translation>
    </message>
    <message>
        <source>↓ to choose the earlier matter this visit was about</source>
        <translation>↓ pour choisir la demande antérieure visée par cette visite</translation>
    </message>
    <message>
        <source>No — something new</source>
        <translation>Non — nouvelle demande</translation>
    </message>
    <message>
        <source>&amp;Earlier matter:</source>
        <translation>&amp;Demande antérieure&#xa0;:</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Dates as typed</source>
        <translation>Dates telles que saisies</translation>
    </message>
    <message>
        <source>{customer}: {what} — needed by {day} (from {store}): {why}</source>
        <translation>{customer}&#xa0;: {what} — requis pour le {day} (de {store})&#xa0;: {why}</translation>
    </message>
    <message>
        <source>no customer on file</source>
        <translation>aucun client au dossier</translation>
    </message>
    <message>
        <source>Promises at risk: …</source>
        <translation>Promesses compromises&#xa0;: …</translation>
    </message>
    <message>
        <source>Promises at risk</source>
        <translation>Promesses compromises</translation>
    </message>
    <message>
        <source>Promises at risk, soonest needed first</source>
        <translation>Promesses compromises, les plus urgentes d&apos;abord</translation>
    </message>
    <message>
        <source>Each promise whose needed-by day can no longer be met, and why</source>
        <translation>Chaque promesse dont la date prévue ne peut plus être respectée, et pourquoi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Promises at risk: {count}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Promesses compromises&#xa0;: {count}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No promise at risk.</source>
        <translation>Aucune promesse compromise.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>First response (min, mean)</source>
        <translation>Première réponse (min, moyenne)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Solved at the first visit</source>
        <translation>Réglées à la première visite</translation>
    </message>
    <message>
        <source>First-visit rate</source>
        <translation>Taux de règlement à la première visite</translation>
    </message>
    <message>
        <source>Service per associate and per counter against the store</source>
        <translation>Service par employé et par caisse comparé au magasin</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Note modifiée</translation>
    </message>
    <message>
        <source>Visit finished, rating</source>
        <translation>Visite terminée, évaluation</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Suivi fait</translation>
    </message>
    <message>
        <source>Follow-up snoozed</source>
        <translation>Suivi reporté</translation>
    </message>
    <message>
        <source>Reminder dismissed</source>
        <translation>Rappel ignoré</translation>
    </message>
    <message>
        <source>Follow-up handed over</source>
        <translation>Suivi transféré</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mise de côté</translation>
    </message>
    <message>
        <source>Hold collected</source>
        <translation>Mise de côté récupérée</translation>
    </message>
    <message>
        <source>Hold released</source>
        <translation>Mise de côté libérée</translation>
    </message>
    <message>
        <source>Approval asked</source>
        <translation>Approbation demandée</translation>
    </message>
    <message>
        <source>Approval decided</source>
        <translation>Approbation décidée</translation>
    </message>
    <message>
        <source>Customer record edited</source>
        <translation>Fiche client modifiée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>Offline transactions to review</source>
        <translation>Transactions hors ligne à vérifier</translation>
    </message>
    <message>
        <source>Offline transactions, conflicts first</source>
        <translation>Transactions hors ligne, conflits d&apos;abord</translation>
    </message>
    <message>
        <source>How many wait for review</source>
        <translation>Combien attendent une vérification</translation>
    </message>
    <message>
        <source>The chosen transaction</source>
        <translation>La transaction choisie</translation>
    </message>
    <message>
        <source>What was done about it</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>e.g. refunded at counter 2 already</source>
        <translation>p. ex. déjà remboursé à la caisse 2</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Régler</translation>
    </message>
    <message>
        <source>Mark it reviewed</source>
        <translation>Marquer comme vérifiée</translation>
    </message>
    <message>
        <source>Read again (F5)</source>
        <translation>Relire (F5)</translation>
    </message>
    <message>
        <source>Read the queue again</source>
        <translation>Relire la file</translation>
    </message>
    <message>
        <source>Show reviewed &amp;ones too</source>
        <translation>Afficher aussi les &amp;vérifiées</translation>
    </message>
    <message>
        <source>Show reviewed ones too</source>
        <translation>Afficher aussi les vérifiées</translation>
    </message>
    <message>
        <source>Review message</source>
        <translation>Message de vérification</translation>
    </message>
    <message>
        <source>{n} offline transactions wait for review ({c} conflicts).</source>
        <translation>{n} transactions hors ligne attendent une vérification ({c} conflits).</translation>
    </message>
    <message>
        <source>Nothing waits for review: the day can be closed.</source>
        <translation>Rien n&apos;attend de vérification&#xa0;: la journée peut être fermée.</translation>
    </message>
    <message>
        <source>{call} by {who} at {counter}</source>
        <translation>{call} par {who} à {counter}</translation>
    </message>
    <message>
        <source>Refused by the server: {problem}</source>
        <translation>Refusé par le serveur&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Choose a transaction first.</source>
        <translation>Choisissez d&apos;abord une transaction.</translation>
    </message>
    <message>
        <source>Transaction {id} reviewed.</source>
        <translation>Transaction {id} vérifiée.</translation>
    </message>
    <message>
        <source>Local copy: being made</source>
        <translation>Copie locale&#xa0;: en création</translation>
    </message>
    <message>
        <source>Local copy: age unknown</source>
        <translation>Copie locale&#xa0;: âge inconnu</translation>
    </message>
    <message>
        <source>Local copy: {n} s old</source>
        <translation>Copie locale&#xa0;: datant de {n} s</translation>
    </message>
    <message>
        <source>Local copy: {n} min old</source>
        <translation>Copie locale&#xa0;: datant de {n} min</translation>
    </message>
    <message>
        <source>Local copy: {n} h old</source>
        <translation>Copie locale&#xa0;: datant de {n} h</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>OFFLINE: this counter is working from its local copy since {since}; the store&apos;s server is not answering.</source>
        <translation>HORS LIGNE&#xa0;: cette caisse travaille avec sa copie locale depuis {since}&#x202f;; le serveur du magasin ne répond pas.</translation>
    </message>
    <message>
        <source>Still working: look-up, customers, notes, follow-ups, ratings, holds, and returns with a receipt within the offline limits (a shift lead approves by signing in here).</source>
        <translation>Fonctionne encore&#xa0;: recherche, clients, notes, suivis, évaluations, mises de côté et retours avec reçu dans les limites hors ligne (un chef d&apos;équipe approuve en se connectant ici).</translation>
    </message>
    <message>
        <source>Waiting for the server: returns without a receipt, set-up, imports, reports and the day close. Everything done here is sent when the server is back.</source>
        <translation>En attente du serveur&#xa0;: retours sans reçu, configuration, importations, rapports et fermeture de la journée. Tout ce qui est fait ici sera envoyé au retour du serveur.</translation>
    </message>
    <message>
        <source>The counter is offline</source>
        <translation>La caisse est hors ligne</translation>
    </message>
    <message>
        <source>Try the server now</source>
        <translation>Essayer le serveur maintenant</translation>
    </message>
    <message>
        <source>Asks the store&apos;s server at once; when it answers, what was done here is sent and the banner goes.</source>
        <translation>Interroge tout de suite le serveur du magasin&#x202f;; dès qu’il répond, ce qui a été fait ici est envoyé et le bandeau disparaît.</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Copie locale</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>The server still does not answer; this counter keeps working from its local copy.</source>
        <translation>Le serveur ne répond toujours pas&#x202f;; ce comptoir continue de travailler avec sa copie locale.</translation>
    </message>
    <message>
        <source>{count} store credit voucher(s) expired (past their valid-until date).</source>
        <translation>{count} bon(s) d&apos;achat expiré(s) (date de validité dépassée).</translation>
    </message>
    <message>
        <source>customer no. {n}</source>
        <translation>client n° {n}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>{name} (customer no. {n})</source>
        <translation>{name} (client n° {n})</translation>
    </message>
    <message>
        <source>item no. {n}</source>
        <translation>article n° {n}</translation>
    </message>
    <message>
        <source>item</source>
        <translation>article</translation>
    </message>
    <message>
        <source>The process reading the file stopped (exit {code}): {why}</source>
        <translation>Le processus qui lit le fichier s’est arrêté (code de sortie {code})&#xa0;: {why}</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
</context>
</TS>
