<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>Catalogue import</source>
        <translation>Katalogimport</translation>
    </message>
    <message>
        <source>File or URL to import</source>
        <translation>Zu importierende Datei oder URL</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Full sync (deactivate what the file no longer lists)</source>
        <translation>&amp;Vollabgleich (deaktiviert, was die Datei nicht mehr enthält)</translation>
    </message>
    <message>
        <source>Full sync</source>
        <translation>Vollabgleich</translation>
    </message>
    <message>
        <source>S&amp;kip rows with errors</source>
        <translation>Fehlerhafte &amp;Zeilen überspringen</translation>
    </message>
    <message>
        <source>Skip rows with errors</source>
        <translation>Fehlerhafte Zeilen überspringen</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Choose a file or paste a URL, then Check.</source>
        <translation>Datei wählen oder URL einfügen, dann „Prüfen“.</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Änderungen anzeigen</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Fields (before → after)</source>
        <translation>Felder (vorher → nachher)</translation>
    </message>
    <message>
        <source>Problems by row</source>
        <translation>Probleme nach Zeile</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Imported versions</source>
        <translation>Importierte Versionen</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Än&amp;derungen</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Choose a local file first; the mapping is remembered for its source.</source>
        <translation>Zuerst eine lokale Datei wählen; die Zuordnung wird für diese Quelle gespeichert.</translation>
    </message>
    <message>
        <source>Choose a file or paste a URL first.</source>
        <translation>Zuerst eine Datei wählen oder eine URL einfügen.</translation>
    </message>
    <message>
        <source>This deactivates {deactivated:,} items the file no longer lists (they are not deleted). Continue?</source>
        <translation>Damit werden {deactivated:,} Artikel deaktiviert, die die Datei nicht mehr enthält (sie werden nicht gelöscht). Fortfahren?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Rolled back version(s) {map}.</source>
        <translation>Version(en) {map} zurückgenommen.</translation>
    </message>
    <message>
        <source>Cancelled; the catalogue is exactly as it was.</source>
        <translation>Abgebrochen; der Katalog ist genau wie vorher.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{state}&lt;/b&gt; · {format} · {rows:,} rows, {products:,} products, {variants:,} variants: &lt;b&gt;{created:,}&lt;/b&gt; new, &lt;b&gt;{updated:,}&lt;/b&gt; changed, {unchanged:,} unchanged, &lt;b&gt;{deactivated:,}&lt;/b&gt; to deactivate, {skipped:,} skipped · &lt;b&gt;{errors}&lt;/b&gt; errors, {warnings} warnings.{blocked}</source>
        <translation>&lt;b&gt;{state}&lt;/b&gt; · {format} · {rows:,} Zeilen, {products:,} Produkte, {variants:,} Varianten: &lt;b&gt;{created:,}&lt;/b&gt; neu, &lt;b&gt;{updated:,}&lt;/b&gt; geändert, {unchanged:,} unverändert, &lt;b&gt;{deactivated:,}&lt;/b&gt; zu deaktivieren, {skipped:,} übersprungen · &lt;b&gt;{errors}&lt;/b&gt; Fehler, {warnings} Warnungen.{blocked}</translation>
    </message>
    <message>
        <source>Map the file&apos;s columns</source>
        <translation>Spalten der Datei zuordnen</translation>
    </message>
    <message>
        <source>Columns of {source_key}</source>
        <translation>Spalten von {source_key}</translation>
    </message>
    <message>
        <source>Column for {get}</source>
        <translation>Spalte für {get}</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(nicht in dieser Datei)</translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation>Rückgaberichtlinie</translation>
    </message>
    <message>
        <source>Policy versions</source>
        <translation>Versionen der Richtlinie</translation>
    </message>
    <message>
        <source>Policy rules (JSON)</source>
        <translation>Regeln der Richtlinie (JSON)</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>What changed and why</source>
        <translation>Was sich geändert hat und warum</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>Als neue Version &amp;speichern</translation>
    </message>
    <message>
        <source>Save the policy as a new version</source>
        <translation>Die Richtlinie als neue Version speichern</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Gültig &amp;ab:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>v{version} · from {effective_from:%Y-%m-%d %H:%M} · {note}</source>
        <translation>v{version} · ab {effective_from:%d.%m.%Y %H:%M} · {note}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Not valid JSON at line {lineno}, column {colno}: {msg}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Kein gültiges JSON in Zeile {lineno}, Spalte {colno}: {msg}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Saved as version {version}, in force from {effective_from:%Y-%m-%d %H:%M}.</source>
        <translation>Als Version {version} gespeichert, gültig ab {effective_from:%d.%m.%Y %H:%M}.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Mitarbeiterkonten</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New staff code</source>
        <translation>Neues Mitarbeiterkürzel</translation>
    </message>
    <message>
        <source>PIN (never shown)</source>
        <translation>PIN (wird nie angezeigt)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Diese Person hinzufügen</translation>
    </message>
    <message>
        <source>New &amp;PIN for selected</source>
        <translation>Neue &amp;PIN für Ausgewählte</translation>
    </message>
    <message>
        <source>Set the PIN above for the selected person</source>
        <translation>Die obige PIN für die ausgewählte Person setzen</translation>
    </message>
    <message>
        <source>&amp;Unlock selected</source>
        <translation>Ausgewählte &amp;entsperren</translation>
    </message>
    <message>
        <source>Unlock the selected person</source>
        <translation>Die ausgewählte Person entsperren</translation>
    </message>
    <message>
        <source>De&amp;activate / activate</source>
        <translation>De&amp;aktivieren / aktivieren</translation>
    </message>
    <message>
        <source>Deactivate or activate the selected person</source>
        <translation>Die ausgewählte Person deaktivieren oder aktivieren</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <source>Choose a person in the list first (↑/↓).</source>
        <translation>Zuerst eine Person in der Liste wählen (↑/↓).</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>Tastaturhilfe</translation>
    </message>
    <message>
        <source>posassist keys</source>
        <translation>posassist-Tasten</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;{rows}&lt;/table&gt;&lt;p&gt;Scanning works wherever the cursor is.&lt;/p&gt;</source>
        <translation>&lt;table cellpadding=3&gt;{rows}&lt;/table&gt;&lt;p&gt;Scannen funktioniert überall, wo der Cursor steht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>Die Hilfe schließen</translation>
    </message>
    <message>
        <source>Goodwill exception</source>
        <translation>Kulanzausnahme</translation>
    </message>
    <message>
        <source>Goodwill for {value}</source>
        <translation>Kulanz für {value}</translation>
    </message>
    <message>
        <source>What the gesture is</source>
        <translation>Worin die Geste besteht</translation>
    </message>
    <message>
        <source>What it costs the store</source>
        <translation>Was es die Filiale kostet</translation>
    </message>
    <message>
        <source>The story in a sentence</source>
        <translation>Die Geschichte in einem Satz</translation>
    </message>
    <message>
        <source>Also for the related customer</source>
        <translation>Auch für den verbundenen Kunden</translation>
    </message>
    <message>
        <source>Also for {related_name} ({name} is their {value})</source>
        <translation>Auch für {related_name} ({name} ist {value})</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>&amp;Story:</source>
        <translation>&amp;Geschichte:</translation>
    </message>
    <message>
        <source>Type the cost as an amount, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>Grund für die Ausnahme</translation>
    </message>
    <message>
        <source>Note kept with the decision</source>
        <translation>Notiz zur Entscheidung</translation>
    </message>
    <message>
        <source>Approver staff code</source>
        <translation>Kürzel der genehmigenden Person</translation>
    </message>
    <message>
        <source>The shift lead types their own code</source>
        <translation>Die Schichtleitung gibt ihr eigenes Kürzel ein</translation>
    </message>
    <message>
        <source>Approver PIN</source>
        <translation>PIN der genehmigenden Person</translation>
    </message>
    <message>
        <source>&amp;Approve here</source>
        <translation>Hier &amp;genehmigen</translation>
    </message>
    <message>
        <source>Approve at this counter</source>
        <translation>An dieser Kasse genehmigen</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Deny at this counter</source>
        <translation>An dieser Kasse ablehnen</translation>
    </message>
    <message>
        <source>Ask a shift lead &amp;elsewhere</source>
        <translation>Eine Schichtleitung &amp;anderswo fragen</translation>
    </message>
    <message>
        <source>Send to the approval queue</source>
        <translation>An die Genehmigungswarteschlange senden</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Shift lead &amp;code:</source>
        <translation>&amp;Kürzel der Schichtleitung:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Genehmigungsstatus</translation>
    </message>
    <message>
        <source>Waiting for a shift lead to decide request #{request_id}… (it is saved)</source>
        <translation>Warte auf die Entscheidung einer Schichtleitung zu Anfrage #{request_id}… (sie ist gespeichert)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{status}&lt;/b&gt; by {value} ({value2}): {value3}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{status}&lt;/b&gt; von {value} ({value2}): {value3}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Decide an approval request</source>
        <translation>Über eine Genehmigungsanfrage entscheiden</translation>
    </message>
    <message>
        <source>Request #{id} from {requested_by}</source>
        <translation>Anfrage #{id} von {requested_by}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{requested_by}&lt;/b&gt; at {value} asks: &lt;b&gt;{amount_minor}&lt;/b&gt;&lt;br&gt;{explanation}</source>
        <translation>&lt;b&gt;{requested_by}&lt;/b&gt; an {value} fragt: &lt;b&gt;{amount_minor}&lt;/b&gt;&lt;br&gt;{explanation}</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>Offene Genehmigungen</translation>
    </message>
    <message>
        <source>Pending approval requests</source>
        <translation>Offene Genehmigungsanfragen</translation>
    </message>
    <message>
        <source>Enter to decide</source>
        <translation>Eingabe zum Entscheiden</translation>
    </message>
    <message>
        <source>Nothing waiting for approval.</source>
        <translation>Nichts wartet auf Genehmigung.</translation>
    </message>
    <message>
        <source>Recent decisions, exceptions this week and budget used</source>
        <translation>Letzte Entscheidungen, Ausnahmen dieser Woche und verbrauchtes Budget</translation>
    </message>
    <message>
        <source>Find the customer first (F3).</source>
        <translation>Zuerst den Kunden suchen (F3).</translation>
    </message>
    <message>
        <source>Open the product card first (scan or search, then Enter).</source>
        <translation>Zuerst die Produktkarte öffnen (scannen oder suchen, dann Eingabe).</translation>
    </message>
    <message>
        <source>Held {description} at {from_store}; it arrives by {arrives:%a %d %b}. A follow-up reminds you to call.</source>
        <translation>{description} in {from_store} reserviert; kommt bis {arrives:%d.%m.} an. Eine Wiedervorlage erinnert Sie an den Anruf.</translation>
    </message>
    <message>
        <source>Find the customer first (F3): goodwill is always for someone.</source>
        <translation>Zuerst den Kunden suchen (F3): Kulanz gilt immer jemandem.</translation>
    </message>
    <message>
        <source>Goodwill recorded (#{id}).</source>
        <translation>Kulanz erfasst (#{id}).</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s personal data and notes? Sales and returns are kept under a pseudonymous id. This cannot be undone.</source>
        <translation>Persönliche Daten und Notizen von {name} löschen? Verkäufe und Rückgaben bleiben unter einer pseudonymen Kennung erhalten. Dies lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Erased; the books keep the id {pid}.</source>
        <translation>Gelöscht; die Bücher behalten die Kennung {pid}.</translation>
    </message>
    <message>
        <source>Preferred name (what to call them)</source>
        <translation>Bevorzugter Name (Anrede)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Call them:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Kind of alert</source>
        <translation>Art des Hinweises</translation>
    </message>
    <message>
        <source>Alert text, e.g. severe milk allergy</source>
        <translation>Hinweistext, z. B. schwere Milchallergie</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schwere:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Customer rating, 1 to 5 (0: not given)</source>
        <translation>Kundenbewertung, 1 bis 5 (0: keine)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>Kommentar des Kunden</translation>
    </message>
    <message>
        <source>&amp;Rating (1-5):</source>
        <translation>&amp;Bewertung (1–5):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>My follow-ups — {name}</source>
        <translation>Meine Wiedervorlagen — {name}</translation>
    </message>
    <message>
        <source>My follow-ups</source>
        <translation>Meine Wiedervorlagen</translation>
    </message>
    <message>
        <source>My open follow-ups</source>
        <translation>Meine offenen Wiedervorlagen</translation>
    </message>
    <message>
        <source>Enter marks the selected one done</source>
        <translation>Eingabe markiert die ausgewählte als erledigt</translation>
    </message>
    <message>
        <source>Staff code to hand the selected follow-up to</source>
        <translation>Kürzel der Person, die die ausgewählte Wiedervorlage übernimmt</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Übergeben</translation>
    </message>
    <message>
        <source>Hand the selected follow-up over</source>
        <translation>Die ausgewählte Wiedervorlage übergeben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hand over &amp;to (staff code):</source>
        <translation>Übergeben &amp;an (Kürzel):</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Früher:</translation>
    </message>
    <message>
        <source>Customer history, follow-ups and notes</source>
        <translation>Kundenverlauf, Wiedervorlagen und Notizen</translation>
    </message>
    <message>
        <source>Timeline of interactions, purchases, returns, exceptions</source>
        <translation>Zeitleiste der Kontakte, Käufe, Rückgaben und Ausnahmen</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Follow-ups for this customer</source>
        <translation>Wiedervorlagen für diesen Kunden</translation>
    </message>
    <message>
        <source>Enter marks one done</source>
        <translation>Eingabe markiert eine als erledigt</translation>
    </message>
    <message>
        <source>New follow-up: what was promised</source>
        <translation>Neue Wiedervorlage: was versprochen wurde</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Add &amp;follow-up</source>
        <translation>&amp;Wiedervorlage hinzufügen</translation>
    </message>
    <message>
        <source>Add the follow-up, owned by me</source>
        <translation>Die Wiedervorlage hinzufügen, mir zugeordnet</translation>
    </message>
    <message>
        <source>Pro&amp;mise:</source>
        <translation>Ver&amp;sprechen:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>F&amp;ollow-ups</source>
        <translation>Wieder&amp;vorlagen</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note</source>
        <translation>Strg+Eingabe speichert die Notiz</translation>
    </message>
    <message>
        <source>&amp;Save note (Ctrl+Enter)</source>
        <translation>Notiz &amp;speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Die Notiz speichern</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Name, phone, email or loyalty card (F3)</source>
        <translation>Name, Telefon, E-Mail oder Kundenkarte (F3)</translation>
    </message>
    <message>
        <source>Find customer: name, phone, email, card  (F3)</source>
        <translation>Kunden suchen: Name, Telefon, E-Mail, Karte  (F3)</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <source>Enter selects the customer</source>
        <translation>Eingabe wählt den Kunden</translation>
    </message>
    <message>
        <source>Customer alerts</source>
        <translation>Kundenhinweise</translation>
    </message>
    <message>
        <source>No customer selected.</source>
        <translation>Kein Kunde ausgewählt.</translation>
    </message>
    <message>
        <source>Customer profile and history</source>
        <translation>Kundenprofil und Verlauf</translation>
    </message>
    <message>
        <source>No customer found. Check the spelling, or try the phone number.</source>
        <translation>Kein Kunde gefunden. Schreibweise prüfen oder die Telefonnummer versuchen.</translation>
    </message>
    <message>
        <source>Shift-lead dashboard</source>
        <translation>Übersicht für Schichtleitungen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Filialen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Recompute the charts</source>
        <translation>Die Diagramme neu berechnen</translation>
    </message>
    <message>
        <source>&amp;Export all as CSV…</source>
        <translation>Alles als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save every chart&apos;s numbers as CSV files</source>
        <translation>Die Zahlen jedes Diagramms als CSV-Dateien speichern</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Dashboard figures</source>
        <translation>Kennzahlen der Übersicht</translation>
    </message>
    <message>
        <source>&lt;b&gt;{start} to {end}&lt;/b&gt; · returns &lt;b&gt;{returns}&lt;/b&gt; ({m} refunded, {m2} credit) · goodwill &lt;b&gt;{goodwill_count}&lt;/b&gt; costing &lt;b&gt;{m3}&lt;/b&gt; · interactions &lt;b&gt;{interactions}&lt;/b&gt;, CSAT &lt;b&gt;{csat_average}&lt;/b&gt;, median first response &lt;b&gt;{first_response_median_minutes} min&lt;/b&gt;</source>
        <translation>&lt;b&gt;{start} bis {end}&lt;/b&gt; · Rückgaben &lt;b&gt;{returns}&lt;/b&gt; ({m} erstattet, {m2} Gutschrift) · Kulanz &lt;b&gt;{goodwill_count}&lt;/b&gt; für &lt;b&gt;{m3}&lt;/b&gt; · Kontakte &lt;b&gt;{interactions}&lt;/b&gt;, Zufriedenheit &lt;b&gt;{csat_average}&lt;/b&gt;, Median der ersten Antwort &lt;b&gt;{first_response_median_minutes} Min.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Product card</source>
        <translation>Produktkarte</translation>
    </message>
    <message>
        <source>Scan a barcode or type a few letters, then press Enter on a result.</source>
        <translation>Einen Barcode scannen oder ein paar Buchstaben tippen, dann auf einem Treffer Eingabe drücken.</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Produktdetails</translation>
    </message>
    <message>
        <source>Colour and size grid with stock per store</source>
        <translation>Farb- und Größenraster mit Bestand je Filiale</translation>
    </message>
    <message>
        <source>Stock here first, then the nearest stores; ? means unknown</source>
        <translation>Zuerst der Bestand hier, dann die nächsten Filialen; ? heißt unbekannt</translation>
    </message>
    <message>
        <source>Product picture</source>
        <translation>Produktbild</translation>
    </message>
    <message>
        <source>Picture online: {image}</source>
        <translation>Bild online: {image}</translation>
    </message>
    <message>
        <source>Product look-up</source>
        <translation>Produktsuche</translation>
    </message>
    <message>
        <source>Product search</source>
        <translation>Produktsuche</translation>
    </message>
    <message>
        <source>Scan a barcode, or type an SKU or a few words (F2)</source>
        <translation>Einen Barcode scannen oder eine Artikelnummer oder ein paar Wörter tippen (F2)</translation>
    </message>
    <message>
        <source>Scan or type: barcode, SKU, or words like &apos;jacket navy&apos;  (F2)</source>
        <translation>Scannen oder tippen: Barcode, Artikelnummer oder Wörter wie „Jacke navy“  (F2)</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Abteilungsfilter</translation>
    </message>
    <message>
        <source>Only this department</source>
        <translation>Nur diese Abteilung</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>In stock &amp;here</source>
        <translation>&amp;Hier vorrätig</translation>
    </message>
    <message>
        <source>Only items in stock at this store</source>
        <translation>Nur Artikel, die in dieser Filiale vorrätig sind</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>&amp;Inaktive zeigen</translation>
    </message>
    <message>
        <source>Also show items no longer sold</source>
        <translation>Auch nicht mehr verkaufte Artikel zeigen</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>Anzahl der Treffer</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>↑/↓ to move, Enter to open the card</source>
        <translation>↑/↓ zum Bewegen, Eingabe öffnet die Karte</translation>
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
        <translation>Angeheftete Kundenhinweise</translation>
    </message>
    <message>
        <source>Customer pane</source>
        <translation>Kundenbereich</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Write a note for this customer</source>
        <translation>Eine Notiz zu diesem Kunden schreiben</translation>
    </message>
    <message>
        <source>New follow-up for this customer</source>
        <translation>Neue Wiedervorlage für diesen Kunden</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Pin an alert on this customer</source>
        <translation>Einen Hinweis an diesen Kunden heften</translation>
    </message>
    <message>
        <source>End the interaction (rating)</source>
        <translation>Den Kontakt abschließen (Bewertung)</translation>
    </message>
    <message>
        <source>Return or exchange</source>
        <translation>Rückgabe oder Umtausch</translation>
    </message>
    <message>
        <source>Use the card&apos;s item as the replacement</source>
        <translation>Den Artikel der Karte als Ersatz nehmen</translation>
    </message>
    <message>
        <source>Goodwill / exception for this customer</source>
        <translation>Kulanz / Ausnahme für diesen Kunden</translation>
    </message>
    <message>
        <source>Hold the card&apos;s item at another store for this customer</source>
        <translation>Den Artikel der Karte in einer anderen Filiale für diesen Kunden reservieren</translation>
    </message>
    <message>
        <source>Approval queue</source>
        <translation>Genehmigungswarteschlange</translation>
    </message>
    <message>
        <source>Dashboard (shift leads, managers)</source>
        <translation>Übersicht (Schichtleitungen, Filialleitung)</translation>
    </message>
    <message>
        <source>Staff accounts…</source>
        <translation>Mitarbeiterkonten…</translation>
    </message>
    <message>
        <source>Catalogue import…</source>
        <translation>Katalogimport…</translation>
    </message>
    <message>
        <source>Return policy…</source>
        <translation>Rückgaberichtlinie…</translation>
    </message>
    <message>
        <source>Erase this customer&apos;s personal data…</source>
        <translation>Persönliche Daten dieses Kunden löschen…</translation>
    </message>
    <message>
        <source>Keys (help)</source>
        <translation>Tasten (Hilfe)</translation>
    </message>
    <message>
        <source>Next theme (light, dark, high contrast)</source>
        <translation>Nächstes Farbschema (hell, dunkel, hoher Kontrast)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock counter / sign out</source>
        <translation>Kasse sperren / abmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Store: {code} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: none (load the demo or import a catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter: {counter}</source>
        <translation>Kasse: {counter}</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role_label})</source>
        <translation>Angemeldet: {name} ({role_label})</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Datenbank: {where}</translation>
    </message>
    <message>
        <source>Theme: {next_theme}</source>
        <translation>Farbschema: {next_theme}</translation>
    </message>
    <message>
        <source>{language} from the next start of posassist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size {bigger:.0%}</source>
        <translation>Schriftgröße {bigger:.0%}</translation>
    </message>
    <message>
        <source>Text size {smaller:.0%}</source>
        <translation>Schriftgröße {smaller:.0%}</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>The dashboard is for shift leads and managers.</source>
        <translation>Die Übersicht ist für Schichtleitungen und die Filialleitung.</translation>
    </message>
    <message>
        <source>Approvals are decided by shift leads and managers.</source>
        <translation>Über Genehmigungen entscheiden Schichtleitungen und die Filialleitung.</translation>
    </message>
    <message>
        <source>No store is set up; load the demo or import a catalogue first.</source>
        <translation>Keine Filiale eingerichtet; zuerst die Demo laden oder einen Katalog importieren.</translation>
    </message>
    <message>
        <source>Open a product card first (scan or search, then Enter).</source>
        <translation>Zuerst eine Produktkarte öffnen (scannen oder suchen, dann Eingabe).</translation>
    </message>
    <message>
        <source>Open a return (F5) and go to the &apos;what the customer wants&apos; step first.</source>
        <translation>Zuerst eine Rückgabe öffnen (F5) und zum Schritt „Was der Kunde möchte“ gehen.</translation>
    </message>
    <message>
        <source>Return {return_no} confirmed{where}.</source>
        <translation>Rückgabe {return_no} bestätigt{where}.</translation>
    </message>
    <message>
        <source>Why, and what would make the customer happy?</source>
        <translation>Warum, und was würde den Kunden zufriedenstellen?</translation>
    </message>
    <message>
        <source>Lines being returned</source>
        <translation>Zurückgegebene Positionen</translation>
    </message>
    <message>
        <source>↑/↓ to choose a line</source>
        <translation>↑/↓ wählt eine Position</translation>
    </message>
    <message>
        <source>Replacement item</source>
        <translation>Ersatzartikel</translation>
    </message>
    <message>
        <source>Scan or type the SKU of the item the customer wants instead (or F6 from a card)</source>
        <translation>Die Artikelnummer des gewünschten Ersatzes scannen oder tippen (oder F6 auf einer Karte)</translation>
    </message>
    <message>
        <source>Ship from store (arrive-by date)</source>
        <translation>Versand aus Filiale (Ankunft bis)</translation>
    </message>
    <message>
        <source>Note for this line</source>
        <translation>Notiz zu dieser Position</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>&amp;Customer wants:</source>
        <translation>&amp;Kunde möchte:</translation>
    </message>
    <message>
        <source>Re&amp;placement:</source>
        <translation>Er&amp;satz:</translation>
    </message>
    <message>
        <source>S&amp;hip from:</source>
        <translation>&amp;Versand aus:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;tiz:</translation>
    </message>
    <message>
        <source>{store_name} ({on_hand} in stock) — arrives by {arrive_by:%a %d %b}</source>
        <translation>{store_name} ({on_hand} vorrätig) — Ankunft bis {arrive_by:%d.%m.}</translation>
    </message>
    <message>
        <source>Find the sale</source>
        <translation>Den Verkauf finden</translation>
    </message>
    <message>
        <source>Scan or type the receipt, pick one of the customer&apos;s purchases, or go on without a receipt.</source>
        <translation>Den Beleg scannen oder eintippen, einen Kauf des Kunden wählen oder ohne Beleg weitermachen.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Belegnummer</translation>
    </message>
    <message>
        <source>Scan the receipt barcode or type its number</source>
        <translation>Den Barcode des Belegs scannen oder seine Nummer tippen</translation>
    </message>
    <message>
        <source>Receipt number, e.g. W-2026-4101</source>
        <translation>Belegnummer, z. B. W-2026-4101</translation>
    </message>
    <message>
        <source>The customer&apos;s purchases</source>
        <translation>Die Käufe des Kunden</translation>
    </message>
    <message>
        <source>Enter picks a purchase</source>
        <translation>Eingabe wählt einen Kauf</translation>
    </message>
    <message>
        <source>&amp;Receipt or purchase</source>
        <translation>&amp;Beleg oder Kauf</translation>
    </message>
    <message>
        <source>Return with receipt</source>
        <translation>Rückgabe mit Beleg</translation>
    </message>
    <message>
        <source>&amp;No receipt</source>
        <translation>&amp;Ohne Beleg</translation>
    </message>
    <message>
        <source>Return without receipt</source>
        <translation>Rückgabe ohne Beleg</translation>
    </message>
    <message>
        <source>Item this store ne&amp;ver sold</source>
        <translation>Artikel, den diese Filiale &amp;nie verkauft hat</translation>
    </message>
    <message>
        <source>Item this store never sold (goodwill exception)</source>
        <translation>Artikel, den diese Filiale nie verkauft hat (Kulanzausnahme)</translation>
    </message>
    <message>
        <source>&amp;Receipt:</source>
        <translation>&amp;Beleg:</translation>
    </message>
    <message>
        <source>Or one of the customer&apos;s &amp;purchases:</source>
        <translation>Oder einer der &amp;Käufe des Kunden:</translation>
    </message>
    <message>
        <source>Or resume a saved &amp;return:</source>
        <translation>Oder eine gespeicherte &amp;Rückgabe fortsetzen:</translation>
    </message>
    <message>
        <source>Saved returns to resume</source>
        <translation>Gespeicherte Rückgaben zum Fortsetzen</translation>
    </message>
    <message>
        <source>Enter resumes the return</source>
        <translation>Eingabe setzt die Rückgabe fort</translation>
    </message>
    <message>
        <source>What is coming back?</source>
        <translation>Was kommt zurück?</translation>
    </message>
    <message>
        <source>Lines on the receipt</source>
        <translation>Positionen auf dem Beleg</translation>
    </message>
    <message>
        <source>↑/↓ choose a line; type the quantity below</source>
        <translation>↑/↓ wählt eine Position; die Menge unten eingeben</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>Bereits zurück</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>Jetzt zurück</translation>
    </message>
    <message>
        <source>Quantity to return for the selected line</source>
        <translation>Rückgabemenge für die ausgewählte Position</translation>
    </message>
    <message>
        <source>Item being returned</source>
        <translation>Zurückgegebener Artikel</translation>
    </message>
    <message>
        <source>Scan or type the SKU of the item</source>
        <translation>Die Artikelnummer scannen oder tippen</translation>
    </message>
    <message>
        <source>What the customer brought</source>
        <translation>Was der Kunde mitgebracht hat</translation>
    </message>
    <message>
        <source>Value (for the goodwill record)</source>
        <translation>Wert (für den Kulanzeintrag)</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>&amp;Item (SKU or scan):</source>
        <translation>&amp;Artikel (Nummer oder Scan):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>What the policy says</source>
        <translation>Was die Richtlinie sagt</translation>
    </message>
    <message>
        <source>Policy verdict</source>
        <translation>Urteil der Richtlinie</translation>
    </message>
    <message>
        <source>Approval by {value}</source>
        <translation>Genehmigung durch {value}</translation>
    </message>
    <message>
        <source>Summary: check with the customer, then confirm</source>
        <translation>Zusammenfassung: mit dem Kunden prüfen, dann bestätigen</translation>
    </message>
    <message>
        <source>Return summary</source>
        <translation>Zusammenfassung der Rückgabe</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=4&gt;{body}&lt;/table&gt;&lt;p&gt;Press &lt;b&gt;Confirm&lt;/b&gt; (Alt+C) to finish and print the receipt.&lt;/p&gt;</source>
        <translation>&lt;table cellpadding=4&gt;{body}&lt;/table&gt;&lt;p&gt;&lt;b&gt;Bestätigen&lt;/b&gt; (Alt+B) schließt ab und druckt den Beleg.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>posassist — sign in ({where})</source>
        <translation>posassist — anmelden ({where})</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;&lt;p&gt;{where}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Anmelden&lt;/h2&gt;&lt;p&gt;{where}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Mitarbeiterkürzel</translation>
    </message>
    <message>
        <source>Type your staff code or scan your badge</source>
        <translation>Ihr Kürzel tippen oder Ihren Ausweis scannen</translation>
    </message>
    <message>
        <source>Staff code or badge</source>
        <translation>Kürzel oder Ausweis</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Your PIN; it is never shown</source>
        <translation>Ihre PIN; sie wird nie angezeigt</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Anmeldemeldung</translation>
    </message>
    <message>
        <source>&amp;Staff code</source>
        <translation>&amp;Kürzel</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>No screen found (DISPLAY is not set). Start posassist from the desktop, or run it under a virtual screen with &apos;xvfb-run posassist&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file; pass another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a posassist database (not an SQLite file); nothing was changed: move it away or use --data-dir with another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {parent} for the database does not exist; create it or pass --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store with code &apos;{code}&apos;; check --store or POSASSIST_STORE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--currency {currency} is not a currency code (e.g. CAD, EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing cannot be undone; run again with --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces all current data; run again with --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--products must be at least 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be between 1 and 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory {path} is a file, not a folder; pass --data-dir with a folder posassist may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory {path} is read-only ({strerror}); give posassist write access or pass --data-dir with another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory {path} ({strerror}); pass --data-dir with a folder posassist may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory {path} is read-only; give posassist write access or pass --data-dir with another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup to {dest} failed: {exc}; check free space and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump is not installed on this counter; install the PostgreSQL client tools (apt-get install postgresql-client) or back up on the server with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump failed: {splitlines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup at {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {source} is damaged; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a posassist backup ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore is not installed; install the PostgreSQL client tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore failed: {splitlines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database URL; use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL scheme &apos;{drivername}&apos; is not supported; use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not a posassist database (not an SQLite file, or damaged); nothing was changed: move it away or use --data-dir with another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} is damaged ({text}); restore a backup with &apos;posassist db restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} is busy (another counter or program holds a lock); wait a moment and try again, or close the other program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} is read-only; give posassist write access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database {where}; check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {where} is full; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refused the login for {where}; check the user and password in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database in {where} does not exist; ask the admin to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database server at {where}; check that PostgreSQL is running and the URL is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} could not be used: {splitlines!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posassist ships {heads} migration heads; this build is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} was made by a newer posassist (schema {revision}, this version knows up to {head}); install the newer posassist on this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} holds tables that are not posassist&apos;s; nothing was changed: point --database-url or --data-dir at a posassist database or an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} is at schema {value}, this posassist needs {head}; ask an admin to run &apos;posassist db upgrade&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration left {bad} rows with broken references (first: table {bad2}); restore the pre-migrate backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the same record at the same moment; nothing was saved. Look again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} is {text:,} characters long; keep it to {max_len:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That approval request does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason ({REASON_CODES}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note saying why: it is kept with the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was already {status}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has expired; the associate must ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot approve your own request; ask another shift lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role_label}) may not approve this; ask a shift lead or manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs {need} approval; {name} is a {role_label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} may approve up to {value:.2f}; this is {value2:.2f}. Ask a store manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} may approve up to {max_days_past_window} days past the window; this is {days_past_window}. Ask a store manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s goodwill budget for the month would be exceeded ({value:.2f} of {value2:.2f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s goodwill budget for this shift would be exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs approval first; ask a shift lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval was not found; ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval was given for a different task or amount; ask again for this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting for a shift lead to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift lead denied this: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This approval was already {status}; ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval has expired; ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must have at least {min_length} characters for this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (all the same or a run of digits); choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your staff code and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge not recognised; sign in with your staff code and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fields: {unknown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map at least the price and the product name or SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be auto, {FORMATS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column looks like a product name or SKU (columns: {header}). Map the columns in the import window, or rename the headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {source}; check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download {source} ({err}); check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another catalogue import is running ({split}, since {acquired_at:%H:%M} UTC); wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applied catalogue import to roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {target} is not an applied import (see &apos;posassist catalogue history&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number needs at least 7 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a phone number, an email or a loyalty card so we can find them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert kind must be one of {ALERT_KINDS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity must be critical, warning or info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the alert, e.g. &apos;severe milk allergy&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card numbers are never stored; remove it from the alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That customer is not on file any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That alert is gone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer {customer_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin or a store manager can erase a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds a store; pass --reset to replace it with the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That owner is not a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That follow-up is not on file any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That follow-up is already {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active staff member has the code {new_owner_code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the gesture is ({GOODWILL_KINDS}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the story in a sentence: it is what the approver and the reports read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} for the customer: {story}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the customers is no longer on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime free shipping (granted {now:%d %b %Y}: {story})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer first: a hold is always for someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other store has {quantity} of {title} free to send; try another colour or size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{desc} ×{quantity} is on its way from {name}; call the customer when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what happened, in a sentence or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is {body:,} characters; keep it under {MAX_NOTE:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note contains what looks like a payment card number ({cards}). Card numbers are never stored: remove it (keep at most the last four digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel must be one of {CHANNELS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic must be one of {TOPICS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome must be one of {OUTCOMES}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact cannot have started in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note is not on file any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating is 1 to 5 stars (or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No return policy is in force yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;conditions&apos; must be an object: condition name → its rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown condition &apos;{name}&apos;; use {CONDITIONS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions.{name} must be an object such as {{&quot;allowed&quot;: true}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions.{name}.allowed must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions.{name}.approval_role {role!r} is not a role ({ROLE_RANK}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions.{name}.restocking_fee_percent maps departments to 0–100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions.{name}.restock_to is sellable or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;no_receipt&apos; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no_receipt.refund_as is store_credit or refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no_receipt.{key} must be a whole number (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no_receipt.unverified_needs_approval must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting {unknown!r} (a typo?); the settings are {KNOWN_KEYS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} contains a control character; retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;currency&apos; must be a currency code such as CAD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;default_window_days&apos; must be a whole number of days (0 to 3650).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;windows&apos; must be an object: department code → days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>windows.{dept} must be a whole number of days (0 to 3650), not {days!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;receipt_required&apos; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of department codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;approval_tiers&apos; is a list; each tier needs a role, max_amount_minor and max_days_past_window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;other_store_receipts&apos; is allowed, approval or denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is not complete: {err}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin or a store manager can change the return policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item is no longer in the catalogue; search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt {code}… on file: that is longer than any receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale has the receipt number {code}. Check it, find the customer instead, or continue without a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That sale is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No return policy is set up; an admin must create one before returns can be taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one item to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the sale first (receipt or customer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That sale is not on file any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {i} is not on receipt {receipt_no}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{description} is listed twice; return it once with the full quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {i}: the quantity must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {i}: that item is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {i}: describe what the customer brought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {i}: enter the value of {desc} (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {i}: scan or find the item being returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{description}: the quantity must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{description}: the quantity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{description} has already been returned in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{description}: only {available} left to return (the rest was returned before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund of {value:.2f} would be more than is left of the {value2:.2f} paid on {receipt_no}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin or a store manager can change staff accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff code must be letters and digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role must be one of: {ROLES}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff code {code} is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store {store_code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member with code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
