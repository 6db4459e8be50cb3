<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Evidence</name>
    <message>
        <source>acl</source>
        <translation>ACL</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>checked for</source>
        <translation>geprüft für</translation>
    </message>
    <message>
        <source>container user</source>
        <translation>Benutzer im Container</translation>
    </message>
    <message>
        <source>deciding entry</source>
        <translation>entscheidender Eintrag</translation>
    </message>
    <message>
        <source>effective rights</source>
        <translation>effektive Rechte</translation>
    </message>
    <message>
        <source>entry owner</source>
        <translation>Besitzer des Eintrags</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>full disk access</source>
        <translation>Festplattenvollzugriff</translation>
    </message>
    <message>
        <source>full disk access probe</source>
        <translation>Prüfung des Festplattenvollzugriffs</translation>
    </message>
    <message>
        <source>granting entry</source>
        <translation>gewährender Eintrag</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>holders</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>geerbt</translation>
    </message>
    <message>
        <source>kernel check</source>
        <translation>Kernel-Prüfung</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>mount</source>
        <translation>Einhängepunkt</translation>
    </message>
    <message>
        <source>nearest existing</source>
        <translation>nächster vorhandener Pfad</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>benötigt</translation>
    </message>
    <message>
        <source>node</source>
        <translation>Pfadteil</translation>
    </message>
    <message>
        <source>not inspected</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>owned by another user</source>
        <translation>gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>owner inside</source>
        <translation>Besitzer im Container</translation>
    </message>
    <message>
        <source>owner on the host</source>
        <translation>Besitzer auf dem Host</translation>
    </message>
    <message>
        <source>owner sid</source>
        <translation>Besitzer-SID</translation>
    </message>
    <message>
        <source>package manager</source>
        <translation>Paketverwaltung</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>process label</source>
        <translation>Prozess-Label</translation>
    </message>
    <message>
        <source>program in the message</source>
        <translation>Programm in der Meldung</translation>
    </message>
    <message>
        <source>protected folder</source>
        <translation>geschützter Ordner</translation>
    </message>
    <message>
        <source>protected location</source>
        <translation>geschützter Ort</translation>
    </message>
    <message>
        <source>responsible app</source>
        <translation>verantwortliche App</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>selinux label</source>
        <translation>SELinux-Label</translation>
    </message>
    <message>
        <source>session groups</source>
        <translation>Gruppen der Sitzung</translation>
    </message>
    <message>
        <source>system integrity protection</source>
        <translation>Systemintegritätsschutz</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>wanted</source>
        <translation>gewünscht</translation>
    </message>
    <message>
        <source>xattr</source>
        <translation>erweitertes Attribut</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>running as</source>
        <translation>läuft als</translation>
    </message>
    <message>
        <source>default label</source>
        <translation>Standard-Label</translation>
    </message>
    <message>
        <source>no new privileges</source>
        <translation>keine neuen Rechte (no_new_privs)</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>seccomp mode</source>
        <translation>seccomp-Modus</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>EvidenceValue</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>symlink</source>
        <translation>symbolischer Link</translation>
    </message>
    <message>
        <source>fifo</source>
        <translation>FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>chardev</source>
        <translation>Zeichengerät</translation>
    </message>
    <message>
        <source>blockdev</source>
        <translation>Blockgerät</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>immutable</source>
        <translation>unveränderlich</translation>
    </message>
    <message>
        <source>append-only</source>
        <translation>nur Anhängen</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>versteckt</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>reparse point</source>
        <translation>Analysepunkt</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>recall on open</source>
        <translation>Abruf beim Öffnen</translation>
    </message>
    <message>
        <source>recall on data access</source>
        <translation>Abruf beim Datenzugriff</translation>
    </message>
    <message>
        <source>yes: it came from a parent folder</source>
        <translation>ja: er stammt von einem übergeordneten Ordner</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>umbenennen</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>ausführen</translation>
    </message>
    <message>
        <source>list</source>
        <translation>auflisten</translation>
    </message>
    <message>
        <source>traverse</source>
        <translation>durchlaufen</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>verbinden</translation>
    </message>
    <message>
        <source>change permissions</source>
        <translation>Berechtigungen ändern</translation>
    </message>
    <message>
        <source>change owner</source>
        <translation>Eigentümer ändern</translation>
    </message>
    <message>
        <source>use</source>
        <translation>verwenden</translation>
    </message>
    <message>
        <source>every plausible operation</source>
        <translation>jede mögliche Operation</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explains why a file or folder gives &quot;Permission denied&quot;.</source>
        <translation>Erklärt, warum eine Datei oder ein Ordner „Keine Berechtigung“ meldet.</translation>
    </message>
    <message>
        <source>The file or folder to check.</source>
        <translation>Die Datei oder der Ordner, der geprüft werden soll.</translation>
    </message>
    <message>
        <source>Use a dark palette.</source>
        <translation>Eine dunkle Farbpalette verwenden.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (de, en, es, fr, ja).</source>
        <translation>Diese Sprache statt der des Systems verwenden (de, en, es, fr, ja).</translation>
    </message>
    <message>
        <source>What was attempted: any (every plausible operation), read, write, create, delete, rename, execute, list, traverse or connect.</source>
        <translation>Was versucht wurde: any (jede mögliche Operation), read, write, create, delete, rename, execute, list, traverse oder connect.</translation>
    </message>
    <message>
        <source>Once the first answer is on screen, write what the window shows (headline, cause ids, fix ids, holders) to FILE as JSON.</source>
        <translation>Sobald die erste Antwort angezeigt wird, schreibt es, was das Fenster zeigt (Überschrift, Ursachen-IDs, Korrektur-IDs, blockierende Programme), als JSON in FILE.</translation>
    </message>
    <message>
        <source>Quit once --dump-view has written its file.</source>
        <translation>Beenden, sobald --dump-view seine Datei geschrieben hat.</translation>
    </message>
</context>
<context>
    <name>wdgui::AuditFilesModel</name>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Owner (uid)</source>
        <translation>Besitzer (uid)</translation>
    </message>
</context>
<context>
    <name>wdgui::AuditModel</name>
    <message>
        <source>Owned by another user</source>
        <translation>Gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>Yours, but without the permission</source>
        <translation>Ihres, aber ohne die Berechtigung</translation>
    </message>
    <message>
        <source>Your group lacks the permission</source>
        <translation>Ihrer Gruppe fehlt die Berechtigung</translation>
    </message>
    <message>
        <source>Folders without search permission</source>
        <translation>Ordner ohne Durchsuchrecht</translation>
    </message>
    <message>
        <source>In folders you cannot change</source>
        <translation>In Ordnern, die Sie nicht ändern können</translation>
    </message>
    <message>
        <source>In a sticky folder, owned by others</source>
        <translation>In einem Sticky-Ordner, im Besitz anderer</translation>
    </message>
    <message>
        <source>Immutable</source>
        <translation>Unveränderlich</translation>
    </message>
    <message>
        <source>Append-only</source>
        <translation>Nur anhängen</translation>
    </message>
    <message>
        <source>An ACL denies it</source>
        <translation>Eine ACL verweigert es</translation>
    </message>
    <message>
        <source>On a read-only filesystem</source>
        <translation>Auf einem schreibgeschützten Dateisystem</translation>
    </message>
    <message>
        <source>Group membership not active yet</source>
        <translation>Gruppenmitgliedschaft noch nicht aktiv</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Zum Beispiel</translation>
    </message>
</context>
<context>
    <name>wdgui::AuditView</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Fix all in this group…</source>
        <translation>Alle in dieser Gruppe beheben …</translation>
    </message>
    <message>
        <source>Auditing %1 for %2…</source>
        <translation>%1 wird für %2 geprüft …</translation>
    </message>
    <message>
        <source>%1 changed · %2</source>
        <translation>%1 geändert · %2</translation>
    </message>
    <message>
        <source>%1 entries scanned · %2 per second · %3 denied</source>
        <translation>%1 Einträge untersucht · %2 pro Sekunde · %3 verweigert</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source> (cancelled: the counts cover what was seen)</source>
        <translation> (abgebrochen: die Zahlen umfassen, was bis dahin gesehen wurde)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Fix all in this group</source>
        <translation>Alle in dieser Gruppe beheben</translation>
    </message>
    <message>
        <source>%1.

The same as: %2
(only the %3 entries of this group are changed; undo is recorded)</source>
        <translation>%1.

Entspricht: %2
(nur die %3 Einträge dieser Gruppe werden geändert; das Rückgängigmachen wird aufgezeichnet)</translation>
    </message>
    <message>
        <source>Fixing: %1…</source>
        <translation>Wird behoben: %1 …</translation>
    </message>
    <message>
        <source>Changed %1 entries (%2 failed); audited again: %3 denied. Undo: whydenied-cli undo %4</source>
        <translation>%1 Einträge geändert (%2 fehlgeschlagen); erneut geprüft: %3 verweigert. Rückgängig: whydenied-cli undo %4</translation>
    </message>
    <message>
        <source>%1 in %2, %3 denied, %4 s%5</source>
        <translation>%1 in %2, %3 verweigert, %4 s%5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folders</source>
        <translation>
            <numerusform>%Ln Ordner</numerusform>
            <numerusform>%Ln Ordnern</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo this fix</source>
        <translation>Diese Korrektur rückgängig machen</translation>
    </message>
    <message>
        <source>Put back every entry the last bulk fix changed, where it is still as the fix left it</source>
        <translation>Jeden Eintrag zurücksetzen, den die letzte Sammelkorrektur geändert hat, sofern er noch so ist, wie die Korrektur ihn hinterließ</translation>
    </message>
    <message>
        <source>Undoing %1…</source>
        <translation>%1 wird rückgängig gemacht …</translation>
    </message>
    <message>
        <source>Restored %1 entries; %2 left alone.</source>
        <translation>%1 Einträge wiederhergestellt; %2 unverändert gelassen.</translation>
    </message>
    <message>
        <source>Filter the entries of this group</source>
        <translation>Einträge dieser Gruppe filtern</translation>
    </message>
    <message>
        <source>Entries of the selected group</source>
        <translation>Einträge der gewählten Gruppe</translation>
    </message>
    <message>
        <source>The first %1 of %2 entries are listed.</source>
        <translation>Die ersten %1 von %2 Einträgen sind aufgeführt.</translation>
    </message>
</context>
<context>
    <name>wdgui::CauseCard</name>
    <message>
        <source>almost certainly (%1%)</source>
        <translation>fast sicher (%1 %)</translation>
    </message>
    <message>
        <source>likely (%1%)</source>
        <translation>wahrscheinlich (%1 %)</translation>
    </message>
    <message>
        <source>possible (%1%)</source>
        <translation>möglich (%1 %)</translation>
    </message>
    <message>
        <source>Cause %1: %2</source>
        <translation>Ursache %1: %2</translation>
    </message>
    <message>
        <source>Cause id: %1</source>
        <translation>Ursachen-ID: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>for an administrator</source>
        <translation>für einen Administrator</translation>
    </message>
    <message>
        <source>needs an administrator password</source>
        <translation>erfordert ein Administratorpasswort</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Entsprechender Befehl</translation>
    </message>
    <message>
        <source>The equivalent command, to run yourself in a terminal</source>
        <translation>Der entsprechende Befehl, um ihn selbst im Terminal auszuführen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the command %1</source>
        <translation>Den Befehl %1 kopieren</translation>
    </message>
    <message>
        <source>For an administrator: copy the command and run it yourself</source>
        <translation>Für einen Administrator: Kopieren Sie den Befehl und führen Sie ihn selbst aus</translation>
    </message>
    <message>
        <source>Shows exactly what will change, and asks before doing it</source>
        <translation>Zeigt genau, was sich ändert, und fragt vorher nach</translation>
    </message>
    <message>
        <source>WhyDenied cannot do this for you: copy the command and run it yourself</source>
        <translation>WhyDenied kann das nicht für Sie erledigen: Kopieren Sie den Befehl und führen Sie ihn selbst aus</translation>
    </message>
    <message>
        <source>This copy of WhyDenied is installed for you alone, so it does not ask for administrator rights: copy the command and run it in an administrator terminal</source>
        <translation>Diese Kopie von WhyDenied ist nur für Sie installiert und fragt daher nicht nach Administratorrechten: Kopieren Sie den Befehl und führen Sie ihn in einem Administrator-Terminal aus</translation>
    </message>
</context>
<context>
    <name>wdgui::DropZone</name>
    <message>
        <source>Drop zone</source>
        <translation>Ablagebereich</translation>
    </message>
    <message>
        <source>Drop a file, a folder or an error message here, or press Enter to choose a file</source>
        <translation>Legen Sie hier eine Datei, einen Ordner oder eine Fehlermeldung ab, oder drücken Sie die Eingabetaste, um eine Datei auszuwählen</translation>
    </message>
    <message>
        <source>Drop a file, a folder or an error message here</source>
        <translation>Legen Sie hier eine Datei, einen Ordner oder eine Fehlermeldung ab</translation>
    </message>
    <message>
        <source>or paste the error text with Ctrl+V, or choose a file with Ctrl+O</source>
        <translation>oder fügen Sie den Fehlertext mit Strg+V ein oder wählen Sie eine Datei mit Strg+O</translation>
    </message>
    <message>
        <source>Release to find out why</source>
        <translation>Loslassen, um den Grund zu erfahren</translation>
    </message>
</context>
<context>
    <name>wdgui::FixDialog</name>
    <message>
        <source>Apply a fix</source>
        <translation>Eine Lösung anwenden</translation>
    </message>
    <message>
        <source>The equivalent command:</source>
        <translation>Der entsprechende Befehl:</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Entsprechender Befehl</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>To undo it: %1</source>
        <translation>Rückgängig machen mit: %1</translation>
    </message>
    <message>
        <source>Needs an administrator: you will be asked for a password.</source>
        <translation>Erfordert einen Administrator: Sie werden nach einem Passwort gefragt.</translation>
    </message>
    <message>
        <source>Runs as you; no password needed.</source>
        <translation>Läuft unter Ihrem Konto; kein Passwort nötig.</translation>
    </message>
    <message>
        <source>%1 is a system location. I understand and want to change it.</source>
        <translation>%1 ist ein Systemort. Ich verstehe das und möchte ihn ändern.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Waiting for the administrator password…</source>
        <translation>Warten auf das Administratorpasswort …</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet …</translation>
    </message>
    <message>
        <source>Fixed — your copy is %1, and you can %2 it.</source>
        <translation>Behoben – Ihre Kopie ist %1, und Sie können sie jetzt %2.</translation>
    </message>
    <message>
        <source>Fixed — you can now %1 %2.</source>
        <translation>Behoben – Sie können %2 jetzt %1.</translation>
    </message>
    <message>
        <source>Applied, but %1 is still denied: %2</source>
        <translation>Angewendet, aber %1 wird weiterhin verweigert: %2</translation>
    </message>
    <message>
        <source>Applied, but %1 is still denied.</source>
        <translation>Angewendet, aber %1 wird weiterhin verweigert.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Wird rückgängig gemacht …</translation>
    </message>
    <message>
        <source>Undone — %1 is back as it was.</source>
        <translation>Rückgängig gemacht – %1 ist wieder wie vorher.</translation>
    </message>
    <message>
        <source>Already undone; nothing was changed.</source>
        <translation>Bereits rückgängig gemacht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Undone — %1 is back, but without its setuid/setgid bits: WhyDenied never gives them back.</source>
        <translation>Rückgängig gemacht — %1 ist zurück, aber ohne seine setuid/setgid-Bits: WhyDenied gibt sie nie zurück.</translation>
    </message>
</context>
<context>
    <name>wdgui::HoldersModel</name>
    <message>
        <source>reading</source>
        <translation>liest</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>schreibt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>geöffnet</translation>
    </message>
    <message>
        <source>mapped in memory</source>
        <translation>in den Speicher eingeblendet</translation>
    </message>
    <message>
        <source>current folder</source>
        <translation>aktueller Ordner</translation>
    </message>
    <message>
        <source>root folder</source>
        <translation>Wurzelordner</translation>
    </message>
    <message>
        <source>running it</source>
        <translation>führt es aus</translation>
    </message>
    <message>
        <source>locked (flock)</source>
        <translation>gesperrt (flock)</translation>
    </message>
    <message>
        <source>locked (record lock)</source>
        <translation>gesperrt (Bereichssperre)</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Benutzung</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>How it holds it</source>
        <translation>Wie es sie hält</translation>
    </message>
</context>
<context>
    <name>wdgui::HoldersPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>E&amp;nd process…</source>
        <translation>Prozess be&amp;enden …</translation>
    </message>
    <message>
        <source>Reveal in system &amp;monitor</source>
        <translation>In der &amp;Systemüberwachung zeigen</translation>
    </message>
    <message>
        <source>Programs using the file</source>
        <translation>Programme, die die Datei verwenden</translation>
    </message>
    <message>
        <source>Ask the selected program to quit</source>
        <translation>Das ausgewählte Programm bitten, sich zu beenden</translation>
    </message>
    <message>
        <source>Looking for programs that use %1…</source>
        <translation>Suche nach Programmen, die %1 verwenden …</translation>
    </message>
    <message>
        <source>No program is using %1 or anything in it.</source>
        <translation>Kein Programm verwendet %1 oder etwas darin.</translation>
    </message>
    <message>
        <source>No program is using %1.</source>
        <translation>Kein Programm verwendet %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) using %1 or something in it:</source>
        <translation>
            <numerusform>%n Programm verwendet %1 oder etwas darin:</numerusform>
            <numerusform>%n Programme verwenden %1 oder etwas darin:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) using %1:</source>
        <translation>
            <numerusform>%n Programm verwendet %1:</numerusform>
            <numerusform>%n Programme verwenden %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) of other users could not be inspected; an administrator can see them.</source>
        <translation>
            <numerusform>%n Prozess anderer Benutzer konnte nicht untersucht werden; ein Administrator kann ihn sehen.</numerusform>
            <numerusform>%n Prozesse anderer Benutzer konnten nicht untersucht werden; ein Administrator kann sie sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot end %1</source>
        <translation>%1 kann nicht beendet werden</translation>
    </message>
    <message>
        <source>End %1 (process %2 of %3)? It is asked to quit and may save its work, or it may lose unsaved changes.</source>
        <translation>%1 beenden (Prozess %2 von %3)? Das Programm wird gebeten, sich zu beenden, und kann seine Arbeit speichern – oder ungespeicherte Änderungen verlieren.</translation>
    </message>
    <message>
        <source>End %1?</source>
        <translation>%1 beenden?</translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation>%1 läuft noch</translation>
    </message>
    <message>
        <source>%1 did not quit when asked. Force it to quit? It cannot save anything then.</source>
        <translation>%1 hat sich auf Anfrage nicht beendet. Das Beenden erzwingen? Es kann dann nichts mehr speichern.</translation>
    </message>
    <message>
        <source>The system refused to signal it: %1</source>
        <translation>Das System hat das Signal verweigert: %1</translation>
    </message>
    <message>
        <source>Look as &amp;administrator…</source>
        <translation>Als Ad&amp;ministrator nachsehen …</translation>
    </message>
    <message>
        <source>Also look at other users&apos; programs (asks for an administrator password)</source>
        <translation>Auch die Programme anderer Benutzer ansehen (fragt nach einem Administratorpasswort)</translation>
    </message>
    <message>
        <source>&amp;Close this handle…</source>
        <translation>Handle sch&amp;ließen…</translation>
    </message>
    <message>
        <source>Replace or delete at next re&amp;start</source>
        <translation>Beim nächsten Neustart e&amp;rsetzen oder löschen</translation>
    </message>
    <message>
        <source>Close the program&apos;s handle on the file without ending the program (it may lose unsaved data)</source>
        <translation>Das Handle des Programms auf die Datei schließen, ohne das Programm zu beenden (es kann ungespeicherte Daten verlieren)</translation>
    </message>
    <message>
        <source>When nothing else releases the file: Windows deletes or replaces it while it restarts</source>
        <translation>Wenn nichts anderes die Datei freigibt: Windows löscht oder ersetzt sie beim Neustart</translation>
    </message>
    <message>
        <source>&amp;Delete it at the next restart…</source>
        <translation>Beim nächsten Neustart &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Replace it with another file at the next restart…</source>
        <translation>Beim nächsten Neustart durch eine andere Datei &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Take back the change scheduled for the next restart</source>
        <translation>Die für den nächsten Neustart geplante Änderung zurücknehmen</translation>
    </message>
    <message>
        <source>The file that takes its place</source>
        <translation>Die Datei, die an ihre Stelle tritt</translation>
    </message>
    <message>
        <source>Close the handle of %1 (process %2) on %3, without ending %1?

%1 is not told. It may fail, or lose unsaved data, the next time it uses the file. This cannot be undone. Ending the program is the safer way when it can save its work first.

An administrator&apos;s approval is needed.</source>
        <translation>Das Handle von %1 (Prozess %2) auf %3 schließen, ohne %1 zu beenden?

%1 erfährt davon nichts. Es kann fehlschlagen oder ungespeicherte Daten verlieren, wenn es die Datei das nächste Mal benutzt. Das lässt sich nicht rückgängig machen. Das Programm zu beenden ist sicherer, wenn es vorher seine Arbeit speichern kann.

Die Zustimmung eines Administrators ist nötig.</translation>
    </message>
    <message>
        <source>Close the handle of %1?</source>
        <translation>Handle von %1 schließen?</translation>
    </message>
    <message>
        <source>Close the handle of %1</source>
        <translation>Handle von %1 schließen</translation>
    </message>
    <message>
        <source>Delete %1 when Windows next restarts?

Use this when neither ending the program nor closing its handle releases the file. Until the restart the file stays as it is, and this can be taken back. An administrator&apos;s approval is needed.</source>
        <translation>%1 beim nächsten Neustart von Windows löschen?

Nutzen Sie das, wenn weder das Beenden des Programms noch das Schließen seines Handles die Datei freigibt. Bis zum Neustart bleibt die Datei, wie sie ist, und das lässt sich zurücknehmen. Die Zustimmung eines Administrators ist nötig.</translation>
    </message>
    <message>
        <source>Replace %1 with %2 when Windows next restarts?

Use this when neither ending the program nor closing its handle releases the file. %2 is moved into its place; until the restart both stay as they are, and this can be taken back. An administrator&apos;s approval is needed.</source>
        <translation>%1 beim nächsten Neustart von Windows durch %2 ersetzen?

Nutzen Sie das, wenn weder das Beenden des Programms noch das Schließen seines Handles die Datei freigibt. %2 wird an ihre Stelle verschoben; bis zum Neustart bleiben beide, wie sie sind, und das lässt sich zurücknehmen. Die Zustimmung eines Administrators ist nötig.</translation>
    </message>
    <message>
        <source>Change %1 at the next restart?</source>
        <translation>%1 beim nächsten Neustart ändern?</translation>
    </message>
    <message>
        <source>At the next restart</source>
        <translation>Beim nächsten Neustart</translation>
    </message>
    <message>
        <source>Keep &amp;it at restart</source>
        <translation>Beim Neustart behal&amp;ten</translation>
    </message>
</context>
<context>
    <name>wdgui::MainWindow</name>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>WhyDenied</source>
        <translation>WhyDenied</translation>
    </message>
    <message>
        <source>Still waiting for the file system to answer. A network share may not be responding; Cancel stops waiting.</source>
        <translation>Das Dateisystem antwortet noch nicht. Vielleicht reagiert eine Netzwerkfreigabe nicht; „Abbrechen“ beendet das Warten.</translation>
    </message>
    <message>
        <source>Error te&amp;xt</source>
        <translation>&amp;Fehlertext</translation>
    </message>
    <message>
        <source>Paste an error message here, for example:
PermissionError: [Errno 13] Permission denied: &apos;/srv/report.csv&apos;</source>
        <translation>Fügen Sie hier eine Fehlermeldung ein, zum Beispiel:
PermissionError: [Errno 13] Permission denied: &apos;/srv/report.csv&apos;</translation>
    </message>
    <message>
        <source>Error text</source>
        <translation>Fehlertext</translation>
    </message>
    <message>
        <source>Paste the error message; the paths in it are checked</source>
        <translation>Fügen Sie die Fehlermeldung ein; die Pfade darin werden geprüft</translation>
    </message>
    <message>
        <source>Found several &amp;paths; choose one to check:</source>
        <translation>Mehrere &amp;Pfade gefunden; wählen Sie einen zum Prüfen:</translation>
    </message>
    <message>
        <source>Paths found</source>
        <translation>Gefundene Pfade</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>What the program tried to do; changing it checks again</source>
        <translation>Was das Programm versucht hat; eine Änderung prüft erneut</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen …</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Choose a file to check (Ctrl+O)</source>
        <translation>Eine Datei zum Prüfen auswählen (Strg+O)</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Copy the diagnosis as Markdown, for a support ticket</source>
        <translation>Die Diagnose als Markdown kopieren, etwa für ein Support-Ticket</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern …</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Die Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for this check (Esc)</source>
        <translation>Nicht länger auf diese Prüfung warten (Esc)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Checked path</source>
        <translation>Geprüfter Pfad</translation>
    </message>
    <message>
        <source>The kernel&apos;s answer</source>
        <translation>Die Antwort des Kernels</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Wahrscheinliche Ursachen</translation>
    </message>
    <message>
        <source>Path, component by component</source>
        <translation>Pfad, Bestandteil für Bestandteil</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;auswählen …</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>&amp;Ordner auswählen …</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Cop&amp;y report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Paste error text</source>
        <translation>Fehlertext &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About WhyDenied</source>
        <translation>&amp;Über WhyDenied</translation>
    </message>
    <message>
        <source>About WhyDenied</source>
        <translation>Über WhyDenied</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;WhyDenied&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Explains “Permission denied” errors: which component of the path stops you, why, and what would change it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;WhyDenied&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Erklärt Fehler wie „Keine Berechtigung“: welcher Bestandteil des Pfades Sie aufhält, warum, und was das ändern würde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No file or folder path was found in this text. Drop the file itself, or choose it with Ctrl+O.</source>
        <translation>In diesem Text wurde kein Datei- oder Ordnerpfad gefunden. Legen Sie die Datei selbst ab, oder wählen Sie sie mit Strg+O aus.</translation>
    </message>
    <message>
        <source>%1 path</source>
        <translation>%1-Pfad</translation>
    </message>
    <message>
        <source>%1 is a %2 path. It must be diagnosed on the %2 machine where the error happened: run WhyDenied there.</source>
        <translation>%1 ist ein %2-Pfad. Er muss auf dem %2-Rechner untersucht werden, auf dem der Fehler auftrat: Führen Sie WhyDenied dort aus.</translation>
    </message>
    <message>
        <source>This path is on another computer</source>
        <translation>Dieser Pfad liegt auf einem anderen Computer</translation>
    </message>
    <message>
        <source>The error names a relative path; it is checked in %1, which may not be the folder the program ran in.</source>
        <translation>Der Fehler nennt einen relativen Pfad; er wird in %1 geprüft, was nicht der Ordner sein muss, in dem das Programm lief.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Checking %1…  %2</source>
        <translation>%1 wird geprüft …  %2</translation>
    </message>
    <message>
        <source>%1 — WhyDenied</source>
        <translation>%1 — WhyDenied</translation>
    </message>
    <message>
        <source>The kernel allows it now (%1).</source>
        <translation>Der Kernel erlaubt es jetzt (%1).</translation>
    </message>
    <message>
        <source>The kernel answers %1 to %2.</source>
        <translation>Der Kernel antwortet %1 auf %2.</translation>
    </message>
    <message>
        <source>Part of the answer is computed, not asked.</source>
        <translation>Ein Teil der Antwort ist berechnet, nicht erfragt.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Gave up waiting for %1</source>
        <translation>Warten auf %1 aufgegeben</translation>
    </message>
    <message>
        <source>The check was cancelled. If the file is on a network share that is not answering, the check may still be stuck in the background; it cannot harm anything.</source>
        <translation>Die Prüfung wurde abgebrochen. Liegt die Datei auf einer Netzwerkfreigabe, die nicht antwortet, kann die Prüfung im Hintergrund noch hängen; Schaden richtet sie nicht an.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Why was it denied?</source>
        <translation>Warum wurde der Zugriff verweigert?</translation>
    </message>
    <message>
        <source>Drop the file or folder that gave the error, or paste the error message.</source>
        <translation>Legen Sie die Datei oder den Ordner ab, der den Fehler verursacht hat, oder fügen Sie die Fehlermeldung ein.</translation>
    </message>
    <message>
        <source>The likely causes will appear here, most likely first, each with the change that would fix it.</source>
        <translation>Hier erscheinen die wahrscheinlichen Ursachen, die wahrscheinlichste zuerst, jeweils mit der Änderung, die das Problem lösen würde.</translation>
    </message>
    <message>
        <source>Command copied to the clipboard</source>
        <translation>Befehl in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>No permission problem here. Check that the program uses this exact path, that it runs as you (not as a service user or in a container), and on this computer.</source>
        <translation>Hier gibt es kein Berechtigungsproblem. Prüfen Sie, ob das Programm genau diesen Pfad verwendet, ob es unter Ihrem Konto läuft (nicht als Dienstbenutzer oder in einem Container) und ob auf diesem Computer.</translation>
    </message>
    <message>
        <source>This input could not be checked.</source>
        <translation>Diese Eingabe konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Choose the file that gave the error</source>
        <translation>Wählen Sie die Datei, die den Fehler verursacht hat</translation>
    </message>
    <message>
        <source>Choose the folder that gave the error</source>
        <translation>Wählen Sie den Ordner, der den Fehler verursacht hat</translation>
    </message>
    <message>
        <source>Report copied to the clipboard</source>
        <translation>Bericht in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>whydenied-%1.md</source>
        <translation>whydenied-%1.md</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;Text (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht unter %1 gespeichert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Audit everything inside…</source>
        <translation>Alles darin prüfen …</translation>
    </message>
    <message>
        <source>Check every file and folder beneath this folder, grouped by cause</source>
        <translation>Jede Datei und jeden Ordner unterhalb dieses Ordners prüfen, nach Ursache gruppiert</translation>
    </message>
    <message>
        <source>Audit of %1 — WhyDenied</source>
        <translation>Prüfung von %1 — WhyDenied</translation>
    </message>
    <message>
        <source>Show programs using it</source>
        <translation>Programme zeigen, die es verwenden</translation>
    </message>
    <message>
        <source>List the processes that have this file open, mapped or locked</source>
        <translation>Die Prozesse auflisten, die diese Datei geöffnet, eingeblendet oder gesperrt haben</translation>
    </message>
    <message>
        <source>Programs using it</source>
        <translation>Programme, die es verwenden</translation>
    </message>
    <message>
        <source>(no path)</source>
        <translation>(kein Pfad)</translation>
    </message>
    <message>
        <source>The message names no file or folder.</source>
        <translation>Die Meldung nennt keine Datei und keinen Ordner.</translation>
    </message>
    <message>
        <source>This is not about a file on this computer</source>
        <translation>Hier geht es nicht um eine Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>Nothing on this computer was checked; the advice below comes from the message.</source>
        <translation>Auf diesem Computer wurde nichts geprüft; die Hinweise unten stammen aus der Meldung.</translation>
    </message>
    <message>
        <source>Cannot apply this fix</source>
        <translation>Diese Lösung kann nicht angewendet werden</translation>
    </message>
    <message>
        <source>Open &amp;audit log…</source>
        <translation>&amp;Audit-Protokoll öffnen …</translation>
    </message>
    <message>
        <source>Open the audit log that recorded the denial</source>
        <translation>Das Audit-Protokoll öffnen, das die Verweigerung aufgezeichnet hat</translation>
    </message>
    <message>
        <source>%1 could not be read as an audit log.</source>
        <translation>%1 konnte nicht als Audit-Protokoll gelesen werden.</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>Audit-Protokoll: %1</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Ask the system again (F5), after you changed something yourself</source>
        <translation>Das System erneut fragen (F5), nachdem Sie selbst etwas geändert haben</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Au&amp;dit a folder…</source>
        <translation>Einen Ordner &amp;prüfen …</translation>
    </message>
    <message>
        <source>Audit a folder</source>
        <translation>Einen Ordner prüfen</translation>
    </message>
    <message>
        <source>Anything denied?</source>
        <translation>Irgendetwas verweigert?</translation>
    </message>
    <message>
        <source>create inside</source>
        <translation>darin anlegen</translation>
    </message>
    <message>
        <source>%1: allowed</source>
        <translation>%1: erlaubt</translation>
    </message>
    <message>
        <source>%1: denied</source>
        <translation>%1: verweigert</translation>
    </message>
    <message>
        <source>%1: denied (%2)</source>
        <translation>%1: verweigert (%2)</translation>
    </message>
    <message>
        <source>%1: unknown</source>
        <translation>%1: unbekannt</translation>
    </message>
    <message>
        <source>Checked: %1.</source>
        <translation>Geprüft: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Computed from the facts, not asked of the kernel: %1 (%2).</source>
        <translation>Aus den Fakten berechnet, nicht den Kernel gefragt: %1 (%2).</translation>
    </message>
    <message>
        <source>Computed from the facts, not asked of the kernel: allowed (%1).</source>
        <translation>Aus den Fakten berechnet, nicht den Kernel gefragt: erlaubt (%1).</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <source>Fix all (%1 steps)</source>
        <translation>Alles beheben (%1 Schritte)</translation>
    </message>
    <message>
        <source>(administrator)</source>
        <translation>(Administrator)</translation>
    </message>
    <message>
        <source>Fix all</source>
        <translation>Alles beheben</translation>
    </message>
    <message>
        <source>Apply these %1 steps? Those marked (administrator) ask for the password once, together.</source>
        <translation>Diese %1 Schritte ausführen? Die mit (Administrator) markierten fragen einmal gemeinsam nach dem Passwort.</translation>
    </message>
    <message>
        <source>Undo all</source>
        <translation>Alles rückgängig machen</translation>
    </message>
    <message>
        <source>Read the system audit log as admi&amp;nistrator…</source>
        <translation>S&amp;ystem-Audit-Protokoll als Administrator lesen …</translation>
    </message>
    <message>
        <source>Reading the system audit log…</source>
        <translation>Das System-Audit-Protokoll wird gelesen …</translation>
    </message>
    <message>
        <source>The system audit log was not read: %1</source>
        <translation>Das System-Audit-Protokoll wurde nicht gelesen: %1</translation>
    </message>
    <message>
        <source>The system audit log has no record of %1</source>
        <translation>Das System-Audit-Protokoll enthält keinen Eintrag zu %1</translation>
    </message>
    <message>
        <source>Audit log: the system&apos;s records of %1</source>
        <translation>Audit-Protokoll: die Einträge des Systems zu %1</translation>
    </message>
</context>
<context>
    <name>wdgui::PathChainModel</name>
    <message>
        <source>access stops here</source>
        <translation>hier endet der Zugriff</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>cannot be inspected (%1)</source>
        <translation>kann nicht untersucht werden (%1)</translation>
    </message>
    <message>
        <source>immutable</source>
        <translation>unveränderlich</translation>
    </message>
    <message>
        <source>append-only</source>
        <translation>nur anhängen</translation>
    </message>
    <message>
        <source>has an ACL</source>
        <translation>hat eine ACL</translation>
    </message>
    <message>
        <source>mount point</source>
        <translation>Einhängepunkt</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>wdgui::SubjectSelector</name>
    <message>
        <source>Chec&amp;k for:</source>
        <translation>Prüfen f&amp;ür:</translation>
    </message>
    <message>
        <source>Check for</source>
        <translation>Prüfen für</translation>
    </message>
    <message>
        <source>Whose access to check: yours, another user&apos;s (a web server&apos;s, say), a running program&apos;s or a service&apos;s</source>
        <translation>Wessen Zugriff geprüft wird: Ihrer, der eines anderen Benutzers (etwa eines Webservers), eines laufenden Programms oder eines Dienstes</translation>
    </message>
    <message>
        <source>me</source>
        <translation>mich</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>einen anderen Benutzer</translation>
    </message>
    <message>
        <source>a running program</source>
        <translation>ein laufendes Programm</translation>
    </message>
    <message>
        <source>a service</source>
        <translation>einen Dienst</translation>
    </message>
    <message>
        <source>user name or uid, e.g. www-data</source>
        <translation>Benutzername oder UID, z. B. www-data</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>process id, e.g. 1234</source>
        <translation>Prozess-ID, z. B. 1234</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>Prozess-ID</translation>
    </message>
    <message>
        <source>service name, e.g. nginx</source>
        <translation>Dienstname, z. B. nginx</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Dienstname</translation>
    </message>
</context>
<context>
    <name>whydenied</name>
    <message>
        <source>%1 (pid 1) starts and supervises everything else; ending it would stop the system.</source>
        <translation>%1 (PID 1) startet und überwacht alle anderen Prozesse; es zu beenden würde das System anhalten.</translation>
    </message>
    <message>
        <source>%1 (pid %2) is this program itself.</source>
        <translation>%1 (PID %2) ist dieses Programm selbst.</translation>
    </message>
    <message>
        <source>%1 (pid %2) is part of the kernel and cannot be ended.</source>
        <translation>%1 (PID %2) gehört zum Kernel und kann nicht beendet werden.</translation>
    </message>
    <message>
        <source>%1 (pid %2) belongs to %3; only they or an administrator may end it.</source>
        <translation>%1 (PID %2) gehört %3; nur dieser Benutzer oder ein Administrator darf es beenden.</translation>
    </message>
    <message>
        <source>Process %2 is no longer %1: it has ended and the number now belongs to another program. Refresh the list.</source>
        <translation>Prozess %2 ist nicht mehr %1: Er wurde beendet, und die Nummer gehört jetzt einem anderen Programm. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>Ending processes is not supported on this system yet.</source>
        <translation>Das Beenden von Prozessen wird auf diesem System noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1 could not be checked</source>
        <translation>%1 konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>You can %1 %2 — the error must come from somewhere else</source>
        <translation>Zugriff auf %2 möglich (%1) – der Fehler muss eine andere Ursache haben</translation>
    </message>
    <message>
        <source>You cannot %1 %2</source>
        <translation>Kein Zugriff auf %2 (%1)</translation>
    </message>
    <message>
        <source>Whether you can %1 %2 is unknown</source>
        <translation>Ob ein Zugriff auf %2 möglich ist (%1), ist unbekannt</translation>
    </message>
    <message>
        <source>The ACL mask of %1 takes the right away</source>
        <translation>Die ACL-Maske von %1 entzieht das Recht</translation>
    </message>
    <message>
        <source>%1 has an access control list. Your entry (%2) would allow it, but the ACL&apos;s mask limits every named entry and group to %3.</source>
        <translation>%1 hat eine Zugriffssteuerungsliste (ACL). Ihr Eintrag (%2) würde es erlauben, aber die Maske der ACL beschränkt jeden benannten Eintrag und jede Gruppe auf %3.</translation>
    </message>
    <message>
        <source>An ACL entry on %1 limits you</source>
        <translation>Ein ACL-Eintrag auf %1 schränkt Sie ein</translation>
    </message>
    <message>
        <source>%1 has an access control list with an entry that matches you (%2). It does not include %3, and the ACL takes precedence over the ordinary group and other permissions.</source>
        <translation>%1 hat eine Zugriffssteuerungsliste (ACL) mit einem Eintrag, der auf Sie zutrifft (%2). Er enthält %3 nicht, und die ACL hat Vorrang vor den gewöhnlichen Gruppen- und Andere-Rechten.</translation>
    </message>
    <message>
        <source>Widen the ACL mask</source>
        <translation>Die ACL-Maske erweitern</translation>
    </message>
    <message>
        <source>Lets the ACL mask of %1 include %2.</source>
        <translation>Nimmt %2 in die ACL-Maske von %1 auf.</translation>
    </message>
    <message>
        <source>%1 is append-only</source>
        <translation>%1 ist „nur anhängen“</translation>
    </message>
    <message>
        <source>%1 carries the append-only attribute (chattr +a): data may be added at the end, but it cannot be overwritten, truncated, deleted or renamed. Log files are often protected this way.</source>
        <translation>%1 trägt das Attribut „nur anhängen“ (chattr +a): Daten dürfen am Ende angefügt werden, aber die Datei kann nicht überschrieben, gekürzt, gelöscht oder umbenannt werden. Protokolldateien werden oft so geschützt.</translation>
    </message>
    <message>
        <source>Remove the append-only attribute</source>
        <translation>Das Attribut „nur anhängen“ entfernen</translation>
    </message>
    <message>
        <source>Clears the append-only attribute of %1.</source>
        <translation>Entfernt das Attribut „nur anhängen“ von %1.</translation>
    </message>
    <message>
        <source>Only the owner of %1 may change its permissions</source>
        <translation>Nur der Eigentümer von %1 darf dessen Berechtigungen ändern</translation>
    </message>
    <message>
        <source>Changing the owner of %1 needs administrator rights</source>
        <translation>Den Eigentümer von %1 zu ändern erfordert Administratorrechte</translation>
    </message>
    <message>
        <source>%1 belongs to %2. Only its owner, or an administrator, may change its permissions; no permission bit grants that.</source>
        <translation>%1 gehört %2. Nur der Eigentümer oder ein Administrator darf die Berechtigungen ändern; kein Berechtigungsbit gewährt das.</translation>
    </message>
    <message>
        <source>Giving a file to another user needs the CAP_CHOWN privilege, which ordinary users do not have, whatever the permissions of %1.</source>
        <translation>Eine Datei einem anderen Benutzer zu übergeben erfordert das Privileg CAP_CHOWN, das gewöhnliche Benutzer nicht haben – unabhängig von den Berechtigungen von %1.</translation>
    </message>
    <message>
        <source>%1 is only a placeholder for a file in the cloud</source>
        <translation>%1 ist nur ein Platzhalter für eine Datei in der Cloud</translation>
    </message>
    <message>
        <source>The file&apos;s contents are not on this computer (OneDrive Files On-Demand or a similar sync app). They are downloaded when a program opens it, which fails when the sync app is not running, signed out, offline, or blocks the program. Start the sync app, or right-click the file and choose &quot;Always keep on this device&quot;.</source>
        <translation>Der Inhalt der Datei liegt nicht auf diesem Computer (OneDrive-Dateien bei Bedarf oder eine ähnliche Synchronisierungs-App). Er wird heruntergeladen, wenn ein Programm die Datei öffnet; das schlägt fehl, wenn die App nicht läuft, abgemeldet oder offline ist oder das Programm blockiert. Starten Sie die Synchronisierungs-App, oder klicken Sie mit der rechten Maustaste auf die Datei und wählen Sie „Immer auf diesem Gerät beibehalten“.</translation>
    </message>
    <message>
        <source>Keep it on this device</source>
        <translation>Auf diesem Gerät behalten</translation>
    </message>
    <message>
        <source>Marks %1 as always available offline, so the sync app downloads it.</source>
        <translation>Markiert %1 als immer offline verfügbar, sodass die Synchronisierungs-App die Datei herunterlädt.</translation>
    </message>
    <message>
        <source>Changes the permissions of %1 with chmod %2.</source>
        <translation>Ändert die Berechtigungen von %1 mit chmod %2.</translation>
    </message>
    <message>
        <source>Grant only you %1 on it (ACL)</source>
        <translation>Nur Ihnen %1 darauf gewähren (ACL)</translation>
    </message>
    <message>
        <source>Adds an ACL entry for %1 with %2 to %3; nobody else gains access.</source>
        <translation>Fügt %3 einen ACL-Eintrag für %1 mit %2 hinzu; niemand sonst erhält Zugriff.</translation>
    </message>
    <message>
        <source>Take ownership</source>
        <translation>Besitz übernehmen</translation>
    </message>
    <message>
        <source>Makes %1 the owner of %2 (it belongs to %3 now).</source>
        <translation>Macht %1 zum Eigentümer von %2 (derzeit gehört es %3).</translation>
    </message>
    <message>
        <source>Work on a copy you own</source>
        <translation>Mit einer eigenen Kopie arbeiten</translation>
    </message>
    <message>
        <source>Copies %1 to a folder of yours (%2), writable for you only; the original stays as it is.</source>
        <translation>Kopiert %1 in einen Ordner von Ihnen (%2), nur für Sie beschreibbar; das Original bleibt unverändert.</translation>
    </message>
    <message>
        <source>Only an elevated (administrator) program may %1 %2</source>
        <translation>Nur ein Programm mit erhöhten Rechten (Administrator) darf auf %2 zugreifen (%1)</translation>
    </message>
    <message>
        <source>Your account is an administrator, but User Account Control runs programs without those rights until you confirm. The permissions of %1 let administrators do this; run the program as administrator (right-click, Run as administrator), or work on a copy.</source>
        <translation>Ihr Konto ist ein Administrator, aber die Benutzerkontensteuerung startet Programme ohne diese Rechte, bis Sie zustimmen. Die Berechtigungen von %1 erlauben Administratoren diesen Vorgang; führen Sie das Programm als Administrator aus (Rechtsklick, „Als Administrator ausführen“), oder arbeiten Sie mit einer Kopie.</translation>
    </message>
    <message>
        <source>Run the program as administrator</source>
        <translation>Das Programm als Administrator ausführen</translation>
    </message>
    <message>
        <source>Starts the program again with the full administrator token (a UAC prompt appears).</source>
        <translation>Startet das Programm erneut mit dem vollständigen Administrator-Token (eine Abfrage der Benutzerkontensteuerung erscheint).</translation>
    </message>
    <message>
        <source>%1 is in use by %2</source>
        <translation>%1 wird von %2 verwendet</translation>
    </message>
    <message>
        <source>Another program has it open or locked, and the system refuses while it does. Close it in that program (or close the program), then try again.</source>
        <translation>Ein anderes Programm hat die Datei geöffnet oder gesperrt, und so lange verweigert das System den Zugriff. Schließen Sie sie in diesem Programm (oder schließen Sie das Programm) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is locked by %2</source>
        <translation>%1 ist von %2 gesperrt</translation>
    </message>
    <message>
        <source>The system itself would allow this, but the file carries a lock. Programs that respect locks (office suites, databases, package managers) wait or refuse until %1 releases it.</source>
        <translation>Das System selbst würde es erlauben, aber die Datei trägt eine Sperre. Programme, die Sperren beachten (Office-Pakete, Datenbanken, Paketverwaltungen), warten oder verweigern, bis %1 sie freigibt.</translation>
    </message>
    <message>
        <source>The group %1 may not %2 %3</source>
        <translation>Die Gruppe %1 hat keinen Zugriff auf %3 (%2)</translation>
    </message>
    <message>
        <source>%1 belongs to %2 and the group %3, which you are in. The group&apos;s permissions are %4: %5 is not among them.</source>
        <translation>%1 gehört %2 und der Gruppe %3, in der Sie Mitglied sind. Die Rechte der Gruppe sind %4: %5 ist nicht darunter.</translation>
    </message>
    <message>
        <source>Give the group %1 this right</source>
        <translation>Der Gruppe %1 dieses Recht geben</translation>
    </message>
    <message>
        <source>You were added to the group %1, but this session does not have it yet</source>
        <translation>Sie wurden der Gruppe %1 hinzugefügt, aber diese Sitzung hat die Mitgliedschaft noch nicht</translation>
    </message>
    <message>
        <source>The account database lists you in %1, which would allow this, but group membership is read when you log in. Programs started before you were added still run without it. Log out and back in, or start the program from `newgrp %1` or `sg %1 -c …`.</source>
        <translation>Laut Kontendatenbank sind Sie in %1, was dies erlauben würde, aber Gruppenmitgliedschaften werden bei der Anmeldung gelesen. Programme, die gestartet wurden, bevor Sie hinzugefügt wurden, laufen weiter ohne sie. Melden Sie sich ab und wieder an, oder starten Sie das Programm aus `newgrp %1` oder `sg %1 -c …`.</translation>
    </message>
    <message>
        <source>Start a shell with the group %1 active</source>
        <translation>Eine Shell mit aktiver Gruppe %1 starten</translation>
    </message>
    <message>
        <source>Nothing on disk changes. Only a new login (or newgrp) picks up the group.</source>
        <translation>Auf der Platte ändert sich nichts. Nur eine neue Anmeldung (oder newgrp) übernimmt die Gruppe.</translation>
    </message>
    <message>
        <source>%1 is marked immutable</source>
        <translation>%1 ist als unveränderlich markiert</translation>
    </message>
    <message>
        <source>%1 carries the immutable attribute (chattr +i). While it is set nobody, not even an administrator, can change, delete or rename it. Someone set it on purpose: make sure it may be lifted.</source>
        <translation>%1 trägt das Attribut „unveränderlich“ (chattr +i). Solange es gesetzt ist, kann niemand – nicht einmal ein Administrator – die Datei ändern, löschen oder umbenennen. Jemand hat es absichtlich gesetzt: Stellen Sie sicher, dass es aufgehoben werden darf.</translation>
    </message>
    <message>
        <source>Remove the immutable attribute</source>
        <translation>Das Attribut „unveränderlich“ entfernen</translation>
    </message>
    <message>
        <source>Clears the immutable attribute of %1; its contents and permissions stay.</source>
        <translation>Entfernt das Attribut „unveränderlich“ von %1; Inhalt und Berechtigungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>The program tried to open a folder as if it were a file. Use a file inside it, or a call meant for folders (for example shutil.rmtree or os.scandir in Python).</source>
        <translation>Das Programm hat versucht, einen Ordner wie eine Datei zu öffnen. Verwenden Sie eine Datei darin oder eine Funktion für Ordner (in Python zum Beispiel shutil.rmtree oder os.scandir).</translation>
    </message>
    <message>
        <source>SELinux policy denies this</source>
        <translation>Die SELinux-Richtlinie verweigert dies</translation>
    </message>
    <message>
        <source>A security policy (AppArmor) denies this</source>
        <translation>Eine Sicherheitsrichtlinie (AppArmor) verweigert dies</translation>
    </message>
    <message>
        <source>The permissions allow it, but SELinux is enforcing and the kernel still says no. Look for an AVC denial (`ausearch -m avc -ts recent`); a wrong label is often fixed with `restorecon`.</source>
        <translation>Die Berechtigungen erlauben es, aber SELinux ist im Modus „enforcing“ und der Kernel sagt trotzdem nein. Suchen Sie nach einer AVC-Ablehnung (`ausearch -m avc -ts recent`); eine falsche Markierung lässt sich oft mit `restorecon` beheben.</translation>
    </message>
    <message>
        <source>The permissions allow it, but the kernel still says no and AppArmor is active. Look for DENIED lines in the kernel log (`journalctl -k | grep apparmor`).</source>
        <translation>Die Berechtigungen erlauben es, aber der Kernel sagt trotzdem nein, und AppArmor ist aktiv. Suchen Sie nach DENIED-Zeilen im Kernel-Protokoll (`journalctl -k | grep apparmor`).</translation>
    </message>
    <message>
        <source>Restore the SELinux label (administrator)</source>
        <translation>Die SELinux-Markierung wiederherstellen (Administrator)</translation>
    </message>
    <message>
        <source>Show the AppArmor denials (administrator)</source>
        <translation>Die AppArmor-Ablehnungen anzeigen (Administrator)</translation>
    </message>
    <message>
        <source>Shown for an administrator; WhyDenied does not change security policy.</source>
        <translation>Für einen Administrator angezeigt; WhyDenied ändert keine Sicherheitsrichtlinien.</translation>
    </message>
    <message>
        <source>%1 is on %2, where the server decides</source>
        <translation>%1 liegt auf %2, wo der Server entscheidet</translation>
    </message>
    <message>
        <source>%1 is a %2 filesystem from %3. Access there is decided by the server or the FUSE program, which may map your user differently (NFS root squash, SMB credentials, a FUSE mount without allow_other), so the permissions shown here are not the whole story.</source>
        <translation>%1 ist ein %2-Dateisystem von %3. Über den Zugriff entscheidet dort der Server oder das FUSE-Programm, das Ihren Benutzer anders abbilden kann (NFS root squash, SMB-Anmeldedaten, ein FUSE-Mount ohne allow_other); die hier gezeigten Berechtigungen sind also nicht alles.</translation>
    </message>
    <message>
        <source>Show the mount to the server&apos;s administrator</source>
        <translation>Den Mount dem Administrator des Servers zeigen</translation>
    </message>
    <message>
        <source>Shown for an administrator: the fix is on the server (exports, share permissions, uid mapping) or in the mount options; WhyDenied does not remount filesystems.</source>
        <translation>Für einen Administrator angezeigt: Die Lösung liegt auf dem Server (Exports, Freigabeberechtigungen, UID-Zuordnung) oder in den Mount-Optionen; WhyDenied hängt keine Dateisysteme neu ein.</translation>
    </message>
    <message>
        <source>Programs cannot run from %1</source>
        <translation>Programme können nicht von %1 ausgeführt werden</translation>
    </message>
    <message>
        <source>The filesystem at %1 is mounted with noexec, so nothing on it can be executed, whatever its permissions. Run a script through its interpreter (for example `sh %2`), or copy the program to a normal location.</source>
        <translation>Das Dateisystem unter %1 ist mit noexec eingehängt, daher kann darauf nichts ausgeführt werden, egal welche Berechtigungen gelten. Starten Sie ein Skript über seinen Interpreter (zum Beispiel `sh %2`), oder kopieren Sie das Programm an einen normalen Ort.</translation>
    </message>
    <message>
        <source>Remount with exec (administrator)</source>
        <translation>Mit exec neu einhängen (Administrator)</translation>
    </message>
    <message>
        <source>Shown for an administrator; WhyDenied does not remount filesystems.</source>
        <translation>Für einen Administrator angezeigt; WhyDenied hängt keine Dateisysteme neu ein.</translation>
    </message>
    <message>
        <source>%1 belongs to %2</source>
        <translation>%1 gehört %2</translation>
    </message>
    <message>
        <source>%1 is owned by %2 and the group %3, and you are neither. Everyone else gets %4: %5 is not among them.</source>
        <translation>%1 gehört %2 und der Gruppe %3, und Sie sind keins von beiden. Alle anderen erhalten %4: %5 ist nicht darunter.</translation>
    </message>
    <message>
        <source>Join the group %1</source>
        <translation>Der Gruppe %1 beitreten</translation>
    </message>
    <message>
        <source>Adds you to the group %1 in the account database. It applies to programs started after you log in again, or from a shell started with `newgrp %1` or `sg %1 -c …`; programs already running, this one included, keep their old groups until then.</source>
        <translation>Fügt Sie in der Kontendatenbank der Gruppe %1 hinzu. Das gilt für Programme, die nach der nächsten Anmeldung gestartet werden, oder aus einer Shell, die mit `newgrp %1` oder `sg %1 -c …` gestartet wurde; bereits laufende Programme, auch dieses, behalten bis dahin ihre alten Gruppen.</translation>
    </message>
    <message>
        <source>You own %1, but its permissions do not allow you to %2 it</source>
        <translation>%1 gehört Ihnen, aber seine Berechtigungen erlauben das nicht (%2)</translation>
    </message>
    <message>
        <source>The file is yours, yet its owner permissions are %1: %2 is not among them. This usually means it was marked read-only (or, for a program, never made executable).</source>
        <translation>Die Datei gehört Ihnen, doch ihre Eigentümerrechte sind %1: %2 ist nicht darunter. Meist heißt das, dass sie schreibgeschützt wurde (oder, bei einem Programm, nie ausführbar gemacht wurde).</translation>
    </message>
    <message>
        <source>Make it writable for you</source>
        <translation>Für Sie beschreibbar machen</translation>
    </message>
    <message>
        <source>Make it readable for you</source>
        <translation>Für Sie lesbar machen</translation>
    </message>
    <message>
        <source>Make it executable for you</source>
        <translation>Für Sie ausführbar machen</translation>
    </message>
    <message>
        <source>You cannot enter the folder %1</source>
        <translation>Sie können den Ordner %1 nicht betreten</translation>
    </message>
    <message>
        <source>To reach %1 you must pass through %2, but that folder does not give you search (x) permission. Everything inside it is out of reach, whatever its own permissions say.</source>
        <translation>Um %1 zu erreichen, müssen Sie durch %2, aber dieser Ordner gibt Ihnen kein Durchsuchrecht (x). Alles darin ist unerreichbar, egal welche eigenen Berechtigungen es hat.</translation>
    </message>
    <message>
        <source>Let yourself enter the folder</source>
        <translation>Sich das Betreten des Ordners erlauben</translation>
    </message>
    <message>
        <source>You cannot change the contents of the folder %1</source>
        <translation>Sie können den Inhalt des Ordners %1 nicht ändern</translation>
    </message>
    <message>
        <source>To %1 an entry in a folder you need write and search permission on the folder itself. %2 belongs to %3 and gives you only %4.</source>
        <translation>Um in einem Ordner einen Eintrag anzulegen, zu löschen oder umzubenennen (hier: %1), brauchen Sie Schreib- und Durchsuchrecht auf dem Ordner selbst. %2 gehört %3 und gibt Ihnen nur %4.</translation>
    </message>
    <message>
        <source>Make the folder writable for you</source>
        <translation>Den Ordner für Sie beschreibbar machen</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>This is not a permission problem: %1 does not exist. The nearest folder that does is %2. Check the spelling, or create it first.</source>
        <translation>Das ist kein Berechtigungsproblem: %1 existiert nicht. Der nächste vorhandene Ordner ist %2. Prüfen Sie die Schreibweise, oder legen Sie den Pfad zuerst an.</translation>
    </message>
    <message>
        <source>%1 is on a read-only filesystem</source>
        <translation>%1 liegt auf einem schreibgeschützten Dateisystem</translation>
    </message>
    <message>
        <source>The filesystem mounted at %1 (%2) is read-only, so nothing on it can be changed, whatever the permissions say. Copy the file somewhere writable, or ask an administrator whether it may be mounted read-write.</source>
        <translation>Das unter %1 eingehängte Dateisystem (%2) ist schreibgeschützt, daher kann darauf nichts geändert werden, egal welche Berechtigungen gelten. Kopieren Sie die Datei an einen beschreibbaren Ort, oder fragen Sie einen Administrator, ob es mit Schreibzugriff eingehängt werden darf.</translation>
    </message>
    <message>
        <source>Remount read-write (administrator)</source>
        <translation>Mit Schreibzugriff neu einhängen (Administrator)</translation>
    </message>
    <message>
        <source>%1 has the read-only attribute</source>
        <translation>%1 hat das Attribut „Schreibgeschützt“</translation>
    </message>
    <message>
        <source>The file is marked read-only (the attribute shown by attrib and in Properties). Windows refuses to %1 it while the mark is set, whatever the permissions say. Clearing the mark needs only the right to change its attributes.</source>
        <translation>Die Datei ist als schreibgeschützt markiert (das Attribut, das attrib und die Eigenschaften zeigen). Windows verweigert das (%1), solange die Markierung gesetzt ist, egal welche Berechtigungen gelten. Um die Markierung zu entfernen, genügt das Recht, ihre Attribute zu ändern.</translation>
    </message>
    <message>
        <source>ssh refuses the private key %1 because others can read it</source>
        <translation>ssh lehnt den privaten Schlüssel %1 ab, weil andere ihn lesen können</translation>
    </message>
    <message>
        <source>Its mode is %1. ssh (and git over ssh) ignores a private key that anyone but you can read and reports &quot;UNPROTECTED PRIVATE KEY FILE&quot; or &quot;bad permissions&quot;. Make it readable by you alone.</source>
        <translation>Sein Modus ist %1. ssh (und git über ssh) ignoriert einen privaten Schlüssel, den außer Ihnen noch jemand lesen kann, und meldet „UNPROTECTED PRIVATE KEY FILE“ oder „bad permissions“. Machen Sie ihn nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Make the key private (600)</source>
        <translation>Den Schlüssel privat machen (600)</translation>
    </message>
    <message>
        <source>Only %1 may remove %2 from this shared folder</source>
        <translation>Nur %1 darf %2 aus diesem gemeinsamen Ordner entfernen</translation>
    </message>
    <message>
        <source>%1 has the sticky bit (like /tmp): anyone may add entries, but only the owner of an entry, or of the folder, may delete or rename it. %2 belongs to %3.</source>
        <translation>%1 hat das Sticky-Bit (wie /tmp): Jeder darf Einträge hinzufügen, aber nur der Eigentümer eines Eintrags oder des Ordners darf ihn löschen oder umbenennen. %2 gehört %3.</translation>
    </message>
    <message>
        <source>Ask %1 (or an administrator) to remove it</source>
        <translation>%1 (oder einen Administrator) bitten, es zu entfernen</translation>
    </message>
    <message>
        <source>Nothing changes from here: the owner or an administrator runs the command.</source>
        <translation>Von hier aus ändert sich nichts: Der Eigentümer oder ein Administrator führt den Befehl aus.</translation>
    </message>
    <message>
        <source>The path loops through symbolic links</source>
        <translation>Der Pfad läuft im Kreis durch symbolische Verknüpfungen</translation>
    </message>
    <message>
        <source>Following the symbolic links in %1 never ends (or needs more than 40 steps), so the system gives up. Point one of the links somewhere else.</source>
        <translation>Das Verfolgen der symbolischen Verknüpfungen in %1 endet nie (oder braucht mehr als 40 Schritte), daher gibt das System auf. Lassen Sie eine der Verknüpfungen woandershin zeigen.</translation>
    </message>
    <message>
        <source>%1 is a program that is running right now</source>
        <translation>%1 ist ein Programm, das gerade läuft</translation>
    </message>
    <message>
        <source>%1 is a program that is running right now: %2</source>
        <translation>%1 ist ein Programm, das gerade läuft: %2</translation>
    </message>
    <message>
        <source>The system does not let anyone overwrite a program while it runs. Stop the running copy, or write the new version beside it and rename it over the old one (rename is allowed).</source>
        <translation>Das System lässt niemanden ein Programm überschreiben, während es läuft. Beenden Sie die laufende Instanz, oder schreiben Sie die neue Version daneben und benennen Sie sie über die alte um (Umbenennen ist erlaubt).</translation>
    </message>
    <message>
        <source>End the running program</source>
        <translation>Das laufende Programm beenden</translation>
    </message>
    <message>
        <source>Asks %1 to quit (SIGTERM); unsaved work in it may be lost.</source>
        <translation>Bittet %1, sich zu beenden (SIGTERM); ungespeicherte Arbeit darin kann verloren gehen.</translation>
    </message>
    <message>
        <source>The system refuses, and none of the usual causes explains it</source>
        <translation>Das System verweigert, und keine der üblichen Ursachen erklärt es</translation>
    </message>
    <message>
        <source>The kernel answered %1, but the owner, group and other permissions, ACLs, attributes and mount options all allow this. A security module, a container or sandbox, or the server of a network filesystem may be deciding.</source>
        <translation>Der Kernel antwortete %1, aber Eigentümer-, Gruppen- und Andere-Rechte, ACLs, Attribute und Mount-Optionen erlauben dies alle. Möglicherweise entscheidet ein Sicherheitsmodul, ein Container oder eine Sandbox oder der Server eines Netzwerkdateisystems.</translation>
    </message>
    <message>
        <source>Clear the read-only attribute</source>
        <translation>Das Attribut „Schreibgeschützt“ entfernen</translation>
    </message>
    <message>
        <source>Removes the read-only attribute of %1 (attrib -R).</source>
        <translation>Entfernt das Attribut „Schreibgeschützt“ von %1 (attrib -R).</translation>
    </message>
    <message>
        <source>Grant your account modify rights</source>
        <translation>Ihrem Konto Änderungsrechte gewähren</translation>
    </message>
    <message>
        <source>Adds an entry to the permissions of %1 that lets %2 read, write and delete it; nobody else gains access.</source>
        <translation>Fügt den Berechtigungen von %1 einen Eintrag hinzu, der %2 Lesen, Schreiben und Löschen erlaubt; niemand sonst erhält Zugriff.</translation>
    </message>
    <message>
        <source>Remove the deny entry</source>
        <translation>Den Verweigerungseintrag entfernen</translation>
    </message>
    <message>
        <source>Removes the entries of %1 that deny %2 access to it.</source>
        <translation>Entfernt die Einträge von %1, die %2 den Zugriff verweigern.</translation>
    </message>
    <message>
        <source>Makes your account the owner of %1 (it belongs to %2 now). Needs an administrator.</source>
        <translation>Macht Ihr Konto zum Eigentümer von %1 (derzeit gehört es %2). Erfordert einen Administrator.</translation>
    </message>
    <message>
        <source>Copies %1 to a folder of yours; the original stays as it is.</source>
        <translation>Kopiert %1 in einen Ordner von Ihnen; das Original bleibt unverändert.</translation>
    </message>
    <message>
        <source>A deny entry in the permissions of %1 blocks you</source>
        <translation>Ein Verweigerungseintrag in den Berechtigungen von %1 blockiert Sie</translation>
    </message>
    <message>
        <source>The permissions (ACL) of %1 contain an entry that denies %2 the right to %3. Deny entries win over allow entries, so whatever else grants you access does not count.</source>
        <translation>Die Berechtigungen (ACL) von %1 enthalten einen Eintrag, der %2 dieses Recht verweigert: %3. Verweigerungseinträge haben Vorrang vor Zulassungseinträgen; was Ihnen sonst Zugriff gewährt, zählt also nicht.</translation>
    </message>
    <message>
        <source>The permissions of %1 do not give you this right</source>
        <translation>Die Berechtigungen von %1 geben Ihnen dieses Recht nicht</translation>
    </message>
    <message>
        <source>No entry in the permissions (ACL) of %1 grants your account or any of your groups the right to %2. You have: %3.</source>
        <translation>Kein Eintrag in den Berechtigungen (ACL) von %1 gewährt Ihrem Konto oder einer Ihrer Gruppen dieses Recht: %2. Sie haben: %3.</translation>
    </message>
    <message>
        <source>%1 is owned by %2, and its permissions give your account only %3. The owner or an administrator can grant you access, or an administrator can make you the owner.</source>
        <translation>%1 gehört %2, und seine Berechtigungen geben Ihrem Konto nur %3. Der Eigentümer oder ein Administrator kann Ihnen Zugriff gewähren, oder ein Administrator kann Sie zum Eigentümer machen.</translation>
    </message>
    <message>
        <source>The program tried to open a folder as if it were a file, and Windows answers that with &quot;Access is denied&quot; (Python: PermissionError [Errno 13]). Use a file inside it, or a call meant for folders (os.scandir, shutil.rmtree).</source>
        <translation>Das Programm hat versucht, einen Ordner wie eine Datei zu öffnen, und Windows beantwortet das mit „Zugriff verweigert“ (Python: PermissionError [Errno 13]). Verwenden Sie eine Datei darin oder eine Funktion für Ordner (os.scandir, shutil.rmtree).</translation>
    </message>
    <message>
        <source>Controlled folder access blocks changes to %1</source>
        <translation>Überwachter Ordnerzugriff blockiert Änderungen an %1</translation>
    </message>
    <message>
        <source>Microsoft Defender&apos;s controlled folder access (ransomware protection) is on and %1 is a protected folder: only programs on its allow list may change files there, whatever the permissions say. Allow the program in Windows Security &gt; Virus &amp; threat protection &gt; Ransomware protection, or save somewhere else.</source>
        <translation>Der überwachte Ordnerzugriff von Microsoft Defender (Ransomware-Schutz) ist aktiv, und %1 ist ein geschützter Ordner: Nur Programme auf der Zulassungsliste dürfen dort Dateien ändern, egal welche Berechtigungen gelten. Lassen Sie das Programm unter Windows-Sicherheit &gt; Viren- &amp; Bedrohungsschutz &gt; Ransomware-Schutz zu, oder speichern Sie woanders.</translation>
    </message>
    <message>
        <source>Allow the program through controlled folder access</source>
        <translation>Das Programm durch den überwachten Ordnerzugriff zulassen</translation>
    </message>
    <message>
        <source>Adds the program to Defender&apos;s list of apps allowed to change protected folders.</source>
        <translation>Fügt das Programm der Defender-Liste der Apps hinzu, die geschützte Ordner ändern dürfen.</translation>
    </message>
    <message>
        <source>Another program has locked part of %1</source>
        <translation>Ein anderes Programm hat einen Teil von %1 gesperrt</translation>
    </message>
    <message>
        <source>%1 is being used by another process</source>
        <translation>%1 wird von einem anderen Prozess verwendet</translation>
    </message>
    <message>
        <source>Another program holds a lock on a region of the file. Windows refuses conflicting reads and writes until it releases the lock or exits.</source>
        <translation>Ein anderes Programm hält eine Sperre auf einem Bereich der Datei. Windows verweigert widersprechende Lese- und Schreibzugriffe, bis es die Sperre freigibt oder sich beendet.</translation>
    </message>
    <message>
        <source>Another program has the file open and did not allow others to share it. Close the file in that program (or end the program), then try again.</source>
        <translation>Ein anderes Programm hat die Datei geöffnet und anderen die gemeinsame Nutzung nicht erlaubt. Schließen Sie die Datei in diesem Programm (oder beenden Sie das Programm) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Unlock it (clear uchg)</source>
        <translation>Entsperren (uchg entfernen)</translation>
    </message>
    <message>
        <source>Clears the locked flag of %1 (like unticking &quot;Locked&quot; in Finder&apos;s Get Info); its contents and permissions stay.</source>
        <translation>Entfernt die Markierung „Geschützt“ von %1 (wie das Abwählen von „Geschützt“ im Finder-Informationsfenster); Inhalt und Berechtigungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Clear the system immutable flag (administrator)</source>
        <translation>Das System-Flag „unveränderlich“ entfernen (Administrator)</translation>
    </message>
    <message>
        <source>Clears the system immutable flag of %1 through the macOS administrator prompt. With System Integrity Protection on, macOS may refuse even this.</source>
        <translation>Entfernt das System-Flag „unveränderlich“ von %1 über die Administrator-Abfrage von macOS. Bei eingeschaltetem Systemintegritätsschutz kann macOS selbst das verweigern.</translation>
    </message>
    <message>
        <source>Clear the append-only flag (uappnd)</source>
        <translation>Das Flag „nur anhängen“ entfernen (uappnd)</translation>
    </message>
    <message>
        <source>Clears the user append-only flag of %1.</source>
        <translation>Entfernt das Benutzer-Flag „nur anhängen“ von %1.</translation>
    </message>
    <message>
        <source>Clear the system append-only flag (administrator)</source>
        <translation>Das System-Flag „nur anhängen“ entfernen (Administrator)</translation>
    </message>
    <message>
        <source>Clears the system append-only flag of %1 through the macOS administrator prompt.</source>
        <translation>Entfernt das System-Flag „nur anhängen“ von %1 über die Administrator-Abfrage von macOS.</translation>
    </message>
    <message>
        <source>Give %1 Full Disk Access in System Settings</source>
        <translation>%1 in den Systemeinstellungen „Festplattenvollzugriff“ geben</translation>
    </message>
    <message>
        <source>Opens System Settings at Privacy &amp; Security &gt; Full Disk Access. Turn it on for %1, then quit and reopen %1: macOS applies it at the next start. Turn it off there to undo.</source>
        <translation>Öffnet die Systemeinstellungen unter Datenschutz &amp; Sicherheit &gt; Festplattenvollzugriff. Schalten Sie ihn für %1 ein, beenden Sie dann %1 und öffnen Sie es erneut: macOS wendet ihn beim nächsten Start an. Zum Rückgängigmachen dort wieder ausschalten.</translation>
    </message>
    <message>
        <source>%1 carries the system immutable flag (schg)</source>
        <translation>%1 trägt das System-Flag „unveränderlich“ (schg)</translation>
    </message>
    <message>
        <source>%1 carries the system immutable flag (schg). While it is set nobody can change, delete or rename it, an administrator included. Only an administrator can clear it, and with System Integrity Protection on, macOS refuses to clear it at all (chflags then fails with &quot;Operation not permitted&quot;); it can then only be cleared from Recovery.</source>
        <translation>%1 trägt das System-Flag „unveränderlich“ (schg). Solange es gesetzt ist, kann niemand die Datei ändern, löschen oder umbenennen, auch kein Administrator. Nur ein Administrator kann es entfernen, und bei eingeschaltetem Systemintegritätsschutz verweigert macOS das ganz (chflags meldet dann „Operation not permitted“); dann lässt es sich nur noch aus der Wiederherstellung entfernen.</translation>
    </message>
    <message>
        <source>%1 is locked (uchg)</source>
        <translation>%1 ist geschützt (uchg)</translation>
    </message>
    <message>
        <source>%1 carries the user immutable flag (uchg), which Finder shows as &quot;Locked&quot; in Get Info. While it is set nobody can change, delete or rename it. Its owner can clear it.</source>
        <translation>%1 trägt das Benutzer-Flag „unveränderlich“ (uchg), das der Finder im Informationsfenster als „Geschützt“ zeigt. Solange es gesetzt ist, kann niemand die Datei ändern, löschen oder umbenennen. Ihr Eigentümer kann es entfernen.</translation>
    </message>
    <message>
        <source>%1 is append-only (sappnd)</source>
        <translation>%1 ist nur zum Anhängen (sappnd)</translation>
    </message>
    <message>
        <source>%1 is append-only (uappnd)</source>
        <translation>%1 ist nur zum Anhängen (uappnd)</translation>
    </message>
    <message>
        <source>%1 carries an append-only flag (%2): data may be added at the end, but it cannot be overwritten, truncated, deleted or renamed.</source>
        <translation>%1 trägt ein Flag „nur anhängen“ (%2): Daten dürfen am Ende hinzugefügt werden, aber die Datei kann nicht überschrieben, gekürzt, gelöscht oder umbenannt werden.</translation>
    </message>
    <message>
        <source>An ACL entry on %1 denies you</source>
        <translation>Ein ACL-Eintrag auf %1 verweigert Ihnen den Zugriff</translation>
    </message>
    <message>
        <source>%1 has an access control list with a deny entry that matches you (%2). macOS applies ACL entries before the ordinary permissions, so it refuses %3 whatever the mode bits say.</source>
        <translation>%1 hat eine Zugriffssteuerungsliste mit einem Verweigerungseintrag, der auf Sie zutrifft (%2). macOS wendet ACL-Einträge vor den gewöhnlichen Berechtigungen an und verweigert deshalb %3, egal was die Modusbits sagen.</translation>
    </message>
    <message>
        <source>Remove the deny entry from the ACL</source>
        <translation>Den Verweigerungseintrag aus der ACL entfernen</translation>
    </message>
    <message>
        <source>Removes &quot;%1&quot; from the access control list of %2.</source>
        <translation>Entfernt „%1“ aus der Zugriffssteuerungsliste von %2.</translation>
    </message>
    <message>
        <source>System Integrity Protection guards %1</source>
        <translation>Der Systemintegritätsschutz schützt %1</translation>
    </message>
    <message>
        <source>%1 is protected by System Integrity Protection (SIP). macOS lets no one change it, an administrator included: it belongs to the operating system and is replaced by updates. Work on a copy elsewhere instead.</source>
        <translation>%1 ist durch den Systemintegritätsschutz (SIP) geschützt. macOS lässt niemanden die Datei ändern, auch keinen Administrator: Sie gehört zum Betriebssystem und wird bei Updates ersetzt. Arbeiten Sie stattdessen an einer Kopie an einem anderen Ort.</translation>
    </message>
    <message>
        <source>The App Sandbox keeps this program away from %1</source>
        <translation>Die App-Sandbox hält dieses Programm von %1 fern</translation>
    </message>
    <message>
        <source>This program runs in the macOS App Sandbox. It may only use its own container and the files you choose in an Open or Save dialog; the permissions of %1 do not matter. Open the file through the program&apos;s Open dialog, or drag it onto the program.</source>
        <translation>Dieses Programm läuft in der App-Sandbox von macOS. Es darf nur seinen eigenen Container und die Dateien verwenden, die Sie in einem Öffnen- oder Sichern-Dialog auswählen; die Berechtigungen von %1 spielen keine Rolle. Öffnen Sie die Datei über den Öffnen-Dialog des Programms oder ziehen Sie sie auf das Programm.</translation>
    </message>
    <message>
        <source>macOS privacy protection (TCC) blocks access to %1</source>
        <translation>Der Datenschutz von macOS (TCC) blockiert den Zugriff auf %1</translation>
    </message>
    <message>
        <source>%1 lies in %2, which macOS privacy protection (TCC) guards. The permissions allow it, but %3 has not been given access, so macOS answers &quot;Operation not permitted&quot;. TCC judges the app that started the command (%3), not the command itself.</source>
        <translation>%1 liegt in %2, das der Datenschutz von macOS (TCC) schützt. Die Berechtigungen erlauben es, aber %3 hat keinen Zugriff erhalten, daher antwortet macOS mit „Operation not permitted“. TCC beurteilt die App, die den Befehl gestartet hat (%3), nicht den Befehl selbst.</translation>
    </message>
    <message>
        <source>%1 is quarantined as a download</source>
        <translation>%1 ist als Download unter Quarantäne gestellt</translation>
    </message>
    <message>
        <source>%1 carries the quarantine attribute (com.apple.quarantine, set by %2). Gatekeeper checks such programs when they start and blocks those it cannot verify. If you trust where it came from, remove the attribute, or open it once with Control-click &gt; Open.</source>
        <translation>%1 trägt das Quarantäne-Attribut (com.apple.quarantine, gesetzt von %2). Gatekeeper prüft solche Programme beim Start und blockiert die, die er nicht überprüfen kann. Wenn Sie der Herkunft vertrauen, entfernen Sie das Attribut oder öffnen Sie es einmal mit Ctrl-Klick &gt; Öffnen.</translation>
    </message>
    <message>
        <source>Remove the quarantine attribute</source>
        <translation>Das Quarantäne-Attribut entfernen</translation>
    </message>
    <message>
        <source>Removes com.apple.quarantine from %1, so Gatekeeper no longer treats it as a fresh download. Only do this for software you trust.</source>
        <translation>Entfernt com.apple.quarantine von %1, sodass Gatekeeper es nicht mehr als frischen Download behandelt. Nur für Software, der Sie vertrauen.</translation>
    </message>
    <message>
        <source>The server refused your ssh key: this is not a file permission</source>
        <translation>Der Server hat Ihren SSH-Schlüssel abgelehnt: Das ist keine Dateiberechtigung</translation>
    </message>
    <message>
        <source>&quot;Permission denied (publickey)&quot; comes from the remote server: none of the keys ssh offered is accepted for that account. Check which keys your agent holds (ssh-add -l), that the public key is registered for the account (GitHub, GitLab, authorized_keys), and the user name in the address. ssh -v shows which keys were tried.</source>
        <translation>„Permission denied (publickey)“ kommt vom entfernten Server: Keiner der Schlüssel, die ssh angeboten hat, wird für dieses Konto akzeptiert. Prüfen Sie, welche Schlüssel Ihr Agent hält (ssh-add -l), ob der öffentliche Schlüssel für das Konto hinterlegt ist (GitHub, GitLab, authorized_keys) und den Benutzernamen in der Adresse. ssh -v zeigt, welche Schlüssel versucht wurden.</translation>
    </message>
    <message>
        <source>See which keys ssh offers</source>
        <translation>Zeigen, welche Schlüssel ssh anbietet</translation>
    </message>
    <message>
        <source>Connects with verbose output; nothing changes.</source>
        <translation>Verbindet sich mit ausführlicher Ausgabe; nichts wird geändert.</translation>
    </message>
    <message>
        <source>Load your key into the agent</source>
        <translation>Ihren Schlüssel in den Agenten laden</translation>
    </message>
    <message>
        <source>Adds your default private key to the running ssh-agent.</source>
        <translation>Fügt Ihren privaten Standardschlüssel dem laufenden ssh-agent hinzu.</translation>
    </message>
    <message>
        <source>git refuses a repository owned by another user</source>
        <translation>git verweigert ein Repository, das einem anderen Benutzer gehört</translation>
    </message>
    <message>
        <source>Since git 2.35.2 git will not work in a repository whose folder belongs to someone else, because its hooks and config could run code as you. Either give the folder to yourself, or, if you trust its owner, mark it safe for git.</source>
        <translation>Seit git 2.35.2 arbeitet git nicht in einem Repository, dessen Ordner jemand anderem gehört, weil dessen Hooks und Konfiguration Code unter Ihrem Konto ausführen könnten. Übernehmen Sie den Ordner selbst, oder markieren Sie ihn für git als sicher, wenn Sie seinem Eigentümer vertrauen.</translation>
    </message>
    <message>
        <source>Trust this repository</source>
        <translation>Diesem Repository vertrauen</translation>
    </message>
    <message>
        <source>Adds the folder to safe.directory in your git config.</source>
        <translation>Fügt den Ordner in Ihrer git-Konfiguration zu safe.directory hinzu.</translation>
    </message>
    <message>
        <source>%1 is probably open in Excel or Word</source>
        <translation>%1 ist wahrscheinlich in Excel oder Word geöffnet</translation>
    </message>
    <message>
        <source>Another program has %1 open</source>
        <translation>Ein anderes Programm hat %1 geöffnet</translation>
    </message>
    <message>
        <source>Windows does not let a program write or delete a file that another program opened without sharing, and Office opens documents that way. Close the document (check the taskbar for a second window), then try again. If your own code writes the file, write a temporary file in the same folder and replace the original with it.</source>
        <translation>Windows lässt ein Programm keine Datei schreiben oder löschen, die ein anderes Programm ohne Freigabe geöffnet hat, und Office öffnet Dokumente auf diese Weise. Schließen Sie das Dokument (schauen Sie in der Taskleiste nach einem zweiten Fenster) und versuchen Sie es erneut. Schreibt Ihr eigener Code die Datei, schreiben Sie eine temporäre Datei im selben Ordner und ersetzen Sie das Original damit.</translation>
    </message>
    <message>
        <source>Windows refused because another process has the file open without sharing. Find it with WhyDenied on that machine (or Resource Monitor, or Sysinternals Handle), close it and retry. Antivirus, indexing and backup tools hold files briefly: retrying after a short pause often works.</source>
        <translation>Windows hat abgelehnt, weil ein anderer Prozess die Datei ohne Freigabe geöffnet hat. Finden Sie ihn mit WhyDenied auf diesem Rechner (oder dem Ressourcenmonitor oder Sysinternals Handle), schließen Sie ihn und versuchen Sie es erneut. Virenscanner, Indizierung und Sicherungsprogramme halten Dateien kurz fest: Ein erneuter Versuch nach einer kurzen Pause hilft oft.</translation>
    </message>
    <message>
        <source>Write a temporary file, then replace</source>
        <translation>Temporäre Datei schreiben, dann ersetzen</translation>
    </message>
    <message>
        <source>For developers: write to a new file in the same folder and replace the original with os.replace (Python) or File.Replace (.NET).</source>
        <translation>Für Entwickler: In eine neue Datei im selben Ordner schreiben und das Original mit os.replace (Python) oder File.Replace (.NET) ersetzen.</translation>
    </message>
    <message>
        <source>%1 may be a folder, which Python on Windows reports as Permission denied</source>
        <translation>%1 ist möglicherweise ein Ordner, was Python unter Windows als „Permission denied“ meldet</translation>
    </message>
    <message>
        <source>On Windows, open() on a folder fails with PermissionError [Errno 13], not IsADirectoryError. Open a file inside it, list it with os.scandir, or remove it with shutil.rmtree.</source>
        <translation>Unter Windows schlägt open() auf einen Ordner mit PermissionError [Errno 13] fehl, nicht mit IsADirectoryError. Öffnen Sie eine Datei darin, listen Sie ihn mit os.scandir auf oder entfernen Sie ihn mit shutil.rmtree.</translation>
    </message>
    <message>
        <source>Windows Security may be protecting this folder</source>
        <translation>Die Windows-Sicherheit schützt möglicherweise diesen Ordner</translation>
    </message>
    <message>
        <source>Controlled Folder Access (Windows Security, Ransomware protection) blocks programs it does not know from changing Documents, Desktop, Pictures and similar folders, and reports it as Access is denied. Allow the program there, or save elsewhere.</source>
        <translation>Der überwachte Ordnerzugriff (Windows-Sicherheit, Ransomware-Schutz) hindert unbekannte Programme daran, Dokumente, Desktop, Bilder und ähnliche Ordner zu ändern, und meldet das als „Zugriff verweigert“. Lassen Sie das Programm dort zu, oder speichern Sie woanders.</translation>
    </message>
    <message>
        <source>Open Ransomware protection settings</source>
        <translation>Einstellungen des Ransomware-Schutzes öffnen</translation>
    </message>
    <message>
        <source>Opens Windows Security where allowed apps are listed.</source>
        <translation>Öffnet die Windows-Sicherheit, wo die zugelassenen Apps aufgeführt sind.</translation>
    </message>
    <message>
        <source>%1 can %2 %3</source>
        <translation>%1: Zugriff auf %3 möglich (%2)</translation>
    </message>
    <message>
        <source>%1 cannot %2 %3</source>
        <translation>%1: kein Zugriff auf %3 (%2)</translation>
    </message>
    <message>
        <source>Whether %1 can %2 %3 is unknown</source>
        <translation>%1: ob ein Zugriff auf %3 möglich ist (%2), ist unbekannt</translation>
    </message>
    <message>
        <source>Grant only %1 %2 on it (ACL)</source>
        <translation>Nur %1 %2 darauf gewähren (ACL)</translation>
    </message>
    <message>
        <source>Inside the container, %1 belongs to someone else</source>
        <translation>Im Container gehört %1 jemand anderem</translation>
    </message>
    <message>
        <source>The process runs in its own user namespace as %1. %2 is owned by host uid %3, which the container sees as %4: a folder made on the host and bind-mounted in. Run the container as the owner&apos;s uid, let the runtime map the volume (Podman&apos;s :U, an idmapped mount), or give the folder to the container&apos;s user on the host.</source>
        <translation>Der Prozess läuft in seinem eigenen Benutzernamensraum als %1. %2 gehört der Host-UID %3, die der Container als %4 sieht: ein auf dem Host angelegter und per Bind-Mount eingebundener Ordner. Starten Sie den Container mit der UID des Eigentümers, lassen Sie die Laufzeitumgebung das Volume abbilden (Podmans :U, ein ID-gemappter Mount), oder übergeben Sie den Ordner auf dem Host dem Benutzer des Containers.</translation>
    </message>
    <message>
        <source>Run the container as the folder&apos;s owner</source>
        <translation>Den Container als Eigentümer des Ordners starten</translation>
    </message>
    <message>
        <source>Starts the container with the uid that owns %1 (docker run --user, podman run --user).</source>
        <translation>Startet den Container mit der UID, der %1 gehört (docker run --user, podman run --user).</translation>
    </message>
    <message>
        <source>Give the folder to the container&apos;s user on the host</source>
        <translation>Den Ordner auf dem Host dem Benutzer des Containers geben</translation>
    </message>
    <message>
        <source>Makes host uid %1 (the container&apos;s user) the owner of %2.</source>
        <translation>Macht die Host-UID %1 (den Benutzer des Containers) zum Eigentümer von %2.</translation>
    </message>
    <message>
        <source>Only members of the group %1 may talk to the Docker daemon</source>
        <translation>Nur Mitglieder der Gruppe %1 dürfen mit dem Docker-Daemon sprechen</translation>
    </message>
    <message>
        <source>The Docker socket %1 belongs to %2:%3 with mode %4. Membership of %3 is what docker commands need, and it is equivalent to root on this machine: anyone in it can mount / into a container. Rootless Docker or Podman avoid that.</source>
        <translation>Der Docker-Socket %1 gehört %2:%3 mit dem Modus %4. Docker-Befehle brauchen die Mitgliedschaft in %3, und die ist auf diesem Rechner gleichbedeutend mit root: Jedes Mitglied kann / in einen Container einhängen. Rootless Docker oder Podman vermeiden das.</translation>
    </message>
    <message>
        <source>Join the group %1 (root-equivalent)</source>
        <translation>Der Gruppe %1 beitreten (entspricht root)</translation>
    </message>
    <message>
        <source>Adds you to %1. It takes effect after you log in again (or in `newgrp %1`). Members of %1 can become root through Docker.</source>
        <translation>Fügt Sie %1 hinzu. Das wirkt nach der nächsten Anmeldung (oder in `newgrp %1`). Mitglieder von %1 können über Docker root werden.</translation>
    </message>
    <message>
        <source>Use rootless Docker or Podman instead</source>
        <translation>Stattdessen Rootless Docker oder Podman verwenden</translation>
    </message>
    <message>
        <source>Runs containers as you, without a root-equivalent group (dockerd-rootless-setuptool.sh install, or podman, which needs no daemon).</source>
        <translation>Startet Container unter Ihrem Konto, ohne eine root-gleiche Gruppe (dockerd-rootless-setuptool.sh install, oder Podman, das keinen Daemon braucht).</translation>
    </message>
    <message>
        <source>It works now: the error came from another time, user or machine</source>
        <translation>Jetzt geht es: Der Fehler stammt von einer anderen Zeit, einem anderen Benutzer oder Rechner</translation>
    </message>
    <message>
        <source>The kernel lets you do this right now. The error was raised by another user (a service, a cron job, sudo), on another machine or in a container with other mounts, or while a program held the file and has since closed it. Check who ran the program that failed.</source>
        <translation>Der Kernel erlaubt Ihnen das gerade. Der Fehler trat bei einem anderen Benutzer auf (einem Dienst, einem Cron-Job, sudo), auf einem anderen Rechner oder in einem Container mit anderen Mounts, oder während ein Programm die Datei hielt, das sie inzwischen geschlossen hat. Prüfen Sie, wer das fehlgeschlagene Programm ausgeführt hat.</translation>
    </message>
    <message>
        <source>%1 entries in %2 belong to another user</source>
        <translation>%1 Einträge in %2 gehören einem anderen Benutzer</translation>
    </message>
    <message>
        <source>git can only add objects and replace files it may write. Inside %1, %2 entries are owned by someone else, typically left by running git with sudo once. Give them back to %3, and run git without sudo from then on.</source>
        <translation>git kann nur Objekte hinzufügen und Dateien ersetzen, die es schreiben darf. In %1 gehören %2 Einträge jemand anderem, meist Überbleibsel eines einmaligen git-Aufrufs mit sudo. Geben Sie sie %3 zurück und führen Sie git danach ohne sudo aus.</translation>
    </message>
    <message>
        <source>Give the repository&apos;s files back to %1</source>
        <translation>Die Dateien des Repositorys %1 zurückgeben</translation>
    </message>
    <message>
        <source>Makes %1 the owner of everything inside %2 (only inside it).</source>
        <translation>Macht %1 zum Eigentümer von allem in %2 (nur darin).</translation>
    </message>
    <message>
        <source>%1 tried to install into a system folder</source>
        <translation>%1 wollte in einen Systemordner installieren</translation>
    </message>
    <message>
        <source>%1 belongs to the system. Do not use sudo npm: it leaves root-owned files behind. Install Node through nvm, or give npm a prefix of your own.</source>
        <translation>%1 gehört dem System. Verwenden Sie nicht sudo npm: Es hinterlässt Dateien, die root gehören. Installieren Sie Node über nvm, oder geben Sie npm ein eigenes Präfix.</translation>
    </message>
    <message>
        <source>%1 belongs to the system&apos;s Python, which is marked externally managed (PEP 668): packages there come from apt. Use a virtual environment (python3 -m venv), or pipx for applications.</source>
        <translation>%1 gehört zum Python des Systems, das als extern verwaltet markiert ist (PEP 668): Pakete dort kommen von apt. Verwenden Sie eine virtuelle Umgebung (python3 -m venv) oder pipx für Anwendungen.</translation>
    </message>
    <message>
        <source>%1 belongs to the system&apos;s Python. Do not use sudo pip: it fights with apt. Use a virtual environment (python3 -m venv), pipx, or pip install --user.</source>
        <translation>%1 gehört zum Python des Systems. Verwenden Sie nicht sudo pip: Es gerät mit apt in Konflikt. Verwenden Sie eine virtuelle Umgebung (python3 -m venv), pipx oder pip install --user.</translation>
    </message>
    <message>
        <source>%1 belongs to the system&apos;s Ruby. Do not use sudo gem: install gems for yourself with gem install --user-install, or use a Ruby version manager.</source>
        <translation>%1 gehört zum Ruby des Systems. Verwenden Sie nicht sudo gem: Installieren Sie Gems für sich mit gem install --user-install, oder verwenden Sie einen Ruby-Versionsmanager.</translation>
    </message>
    <message>
        <source>Install global packages under your home folder</source>
        <translation>Globale Pakete unter Ihrem Home-Ordner installieren</translation>
    </message>
    <message>
        <source>Makes npm install -g use ~/.npm-global; add ~/.npm-global/bin to your PATH.</source>
        <translation>Lässt npm install -g ~/.npm-global verwenden; nehmen Sie ~/.npm-global/bin in Ihren PATH auf.</translation>
    </message>
    <message>
        <source>Use a virtual environment</source>
        <translation>Eine virtuelle Umgebung verwenden</translation>
    </message>
    <message>
        <source>Creates .venv in the current folder; install packages there with .venv/bin/pip.</source>
        <translation>Legt .venv im aktuellen Ordner an; installieren Sie Pakete dort mit .venv/bin/pip.</translation>
    </message>
    <message>
        <source>Install the gem for yourself</source>
        <translation>Das Gem für sich selbst installieren</translation>
    </message>
    <message>
        <source>Installs into ~/.local/share/gem; add its bin folder to your PATH.</source>
        <translation>Installiert nach ~/.local/share/gem; nehmen Sie dessen bin-Ordner in Ihren PATH auf.</translation>
    </message>
    <message>
        <source>The web server does not run as you</source>
        <translation>Der Webserver läuft nicht unter Ihrem Konto</translation>
    </message>
    <message>
        <source>This looks like a web server&apos;s error. It runs as its own user (%1 on Debian and Ubuntu; nginx or apache elsewhere), so what you may do says little about what it may do. Check %2 for that user: the usual fix is a group or ACL grant on the one folder that blocks it, never chmod 777.</source>
        <translation>Das sieht nach dem Fehler eines Webservers aus. Er läuft unter einem eigenen Benutzer (%1 unter Debian und Ubuntu, anderswo nginx oder apache), daher sagt das, was Sie dürfen, wenig darüber, was er darf. Prüfen Sie %2 für diesen Benutzer: Die übliche Lösung ist eine Gruppen- oder ACL-Freigabe auf dem einen Ordner, der ihn blockiert, niemals chmod 777.</translation>
    </message>
    <message>
        <source>Check for %1</source>
        <translation>Für %1 prüfen</translation>
    </message>
    <message>
        <source>Diagnoses the same path for the user %1.</source>
        <translation>Untersucht denselben Pfad für den Benutzer %1.</translation>
    </message>
    <message>
        <source>git refuses %1 because it belongs to %2</source>
        <translation>git verweigert %1, weil es %2 gehört</translation>
    </message>
    <message>
        <source>Since version 2.35.2 git will not work in a repository owned by another user, because its hooks and configuration could run code as you. If you trust %1, mark the folder safe for git; if the repository should be yours, give it back to you.</source>
        <translation>Seit Version 2.35.2 arbeitet git nicht in einem Repository, das einem anderen Benutzer gehört, weil dessen Hooks und Konfiguration Code unter Ihrem Konto ausführen könnten. Wenn Sie %1 vertrauen, markieren Sie den Ordner für git als sicher; soll das Repository Ihnen gehören, übernehmen Sie es wieder.</translation>
    </message>
    <message>
        <source>Adds %1 to safe.directory in your git configuration; nothing else changes.</source>
        <translation>Fügt %1 in Ihrer git-Konfiguration zu safe.directory hinzu; sonst ändert sich nichts.</translation>
    </message>
    <message>
        <source>sshd does not trust %1: others can write it</source>
        <translation>sshd vertraut %1 nicht: Andere können es beschreiben</translation>
    </message>
    <message>
        <source>sshd (StrictModes) ignores your authorized_keys when your home folder, ~/.ssh or the file can be written by anyone but you. It wants ~/.ssh at 700, authorized_keys at 600 and no group or other write permission on your home folder.</source>
        <translation>sshd (StrictModes) ignoriert Ihre authorized_keys, wenn Ihr Home-Ordner, ~/.ssh oder die Datei von jemand anderem als Ihnen beschrieben werden kann. Es verlangt ~/.ssh mit 700, authorized_keys mit 600 und kein Schreibrecht für Gruppe oder andere auf Ihrem Home-Ordner.</translation>
    </message>
    <message>
        <source>Make ~/.ssh private (700)</source>
        <translation>~/.ssh privat machen (700)</translation>
    </message>
    <message>
        <source>Make the file private (600)</source>
        <translation>Die Datei privat machen (600)</translation>
    </message>
    <message>
        <source>Take away group and other write</source>
        <translation>Schreibrecht für Gruppe und andere entziehen</translation>
    </message>
    <message>
        <source>A container left %1 owned by root</source>
        <translation>Ein Container hat %1 root gehörend hinterlassen</translation>
    </message>
    <message>
        <source>%1 belongs to root on this machine: a container running as root wrote it through a bind mount. Run the container as you (docker run --user &quot;$(id -u):$(id -g)&quot;), let Podman map the volume (:U), and give the existing files back to you once.</source>
        <translation>%1 gehört auf diesem Rechner root: Ein Container, der als root lief, hat die Datei über einen Bind-Mount geschrieben. Starten Sie den Container als Sie selbst (docker run --user &quot;$(id -u):$(id -g)&quot;), lassen Sie Podman das Volume abbilden (:U) und geben Sie sich die vorhandenen Dateien einmal zurück.</translation>
    </message>
    <message>
        <source>Run the container as you</source>
        <translation>Den Container als Sie selbst ausführen</translation>
    </message>
    <message>
        <source>New files in the mounted folder will then be yours.</source>
        <translation>Neue Dateien im eingebundenen Ordner gehören dann Ihnen.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>write to</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Auflisten</translation>
    </message>
    <message>
        <source>enter</source>
        <translation>Betreten</translation>
    </message>
    <message>
        <source>connect to</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>change the permissions of</source>
        <translation>Ändern der Berechtigungen</translation>
    </message>
    <message>
        <source>change the owner of</source>
        <translation>Ändern des Besitzers</translation>
    </message>
    <message>
        <source>use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>The AppArmor profile %1 denies %2</source>
        <translation>Das AppArmor-Profil %1 verweigert %2</translation>
    </message>
    <message>
        <source>Allow the path in the profile&apos;s local rules (administrator)</source>
        <translation>Den Pfad in den lokalen Regeln des Profils erlauben (Administrator)</translation>
    </message>
    <message>
        <source>Add the line &quot;%1&quot; to %2, then reload the profile with the command shown. WhyDenied does not change security policy.</source>
        <translation>Fügen Sie die Zeile „%1“ zu %2 hinzu und laden Sie das Profil dann mit dem gezeigten Befehl neu. WhyDenied ändert keine Sicherheitsrichtlinie.</translation>
    </message>
    <message>
        <source>Connect the snap&apos;s removable-media interface</source>
        <translation>Die Schnittstelle removable-media des Snaps verbinden</translation>
    </message>
    <message>
        <source>Lets the %1 snap read and write under /media, /mnt and /run/media.</source>
        <translation>Erlaubt dem Snap %1, unter /media, /mnt und /run/media zu lesen und zu schreiben.</translation>
    </message>
    <message>
        <source>Copy it where the snap can read it</source>
        <translation>Dorthin kopieren, wo der Snap sie lesen kann</translation>
    </message>
    <message>
        <source>Copies %1 into %2, which the snap may read.</source>
        <translation>Kopiert %1 nach %2, das der Snap lesen darf.</translation>
    </message>
    <message>
        <source>The %1 snap is confined</source>
        <translation>Der Snap %1 ist eingeschränkt</translation>
    </message>
    <message>
        <source>The %1 snap is confined by AppArmor: it reads only its own folders (~/snap/%1), your home through the home interface and removable media when its removable-media interface is connected. %2 is outside them (a snap also has its own /tmp).</source>
        <translation>Der Snap %1 ist durch AppArmor eingeschränkt: Er liest nur seine eigenen Ordner (~/snap/%1), Ihr Home-Verzeichnis über die Schnittstelle home und Wechselmedien, wenn seine Schnittstelle removable-media verbunden ist. %2 liegt außerhalb davon (ein Snap hat außerdem sein eigenes /tmp).</translation>
    </message>
    <message>
        <source>The Flatpak %1 is confined</source>
        <translation>Das Flatpak %1 ist eingeschränkt</translation>
    </message>
    <message>
        <source>The Flatpak %1 sees only the folders its permissions grant. Give it %2 with flatpak override, or open the file through the file chooser (the portal).</source>
        <translation>Das Flatpak %1 sieht nur die Ordner, die seine Berechtigungen freigeben. Geben Sie ihm %2 mit flatpak override, oder öffnen Sie die Datei über den Dateidialog (das Portal).</translation>
    </message>
    <message>
        <source>Give the Flatpak access to the folder</source>
        <translation>Dem Flatpak Zugriff auf den Ordner geben</translation>
    </message>
    <message>
        <source>Lets %1 read and write %2 from now on (flatpak override --user).</source>
        <translation>Erlaubt %1 ab jetzt, %2 zu lesen und zu schreiben (flatpak override --user).</translation>
    </message>
    <message>
        <source>%1 runs in a sandbox</source>
        <translation>%1 läuft in einer Sandbox</translation>
    </message>
    <message>
        <source>%1 is sandboxed (%2). A sandbox has its own rules that may deny what the file&apos;s permissions allow, and they cannot be read from outside the process: a check made outside the sandbox cannot say whether it may %3 %4.</source>
        <translation>%1 läuft in einer Sandbox (%2). Eine Sandbox hat eigene Regeln, die verweigern können, was die Berechtigungen der Datei erlauben, und sie lassen sich von außerhalb des Prozesses nicht lesen: Eine Prüfung außerhalb der Sandbox kann nicht sagen, ob er %4 darf (%3).</translation>
    </message>
    <message>
        <source>SELinux denies %1 %2 on %3</source>
        <translation>SELinux verweigert %1 %2 auf %3</translation>
    </message>
    <message>
        <source>The policy has a switch for this: the boolean %1 is off. Turning it on allows %2 to do this wherever it applies, so turn it on only if the service should.</source>
        <translation>Die Richtlinie hat dafür einen Schalter: Der boolesche Wert %1 ist aus. Einschalten erlaubt %2 das überall, wo er gilt; schalten Sie ihn also nur ein, wenn der Dienst das soll.</translation>
    </message>
    <message>
        <source>Turn on the SELinux boolean %1 (administrator)</source>
        <translation>Den SELinux-Schalter %1 einschalten (Administrator)</translation>
    </message>
    <message>
        <source>%1 is labelled %2, which files there do not have: a file moved with mv keeps the label of the place it was made; restorecon gives it the default one.</source>
        <translation>%1 hat das Label %2, das Dateien dort nicht haben: Eine mit mv verschobene Datei behält das Label des Ortes, an dem sie entstand; restorecon gibt ihr das vorgesehene.</translation>
    </message>
    <message>
        <source>%1 is labelled %2, which is not the label files there should have (%3). A file moved with mv keeps the label of the place it was made; restorecon gives it the default one.</source>
        <translation>%1 hat das Label %2, nicht das Label, das Dateien dort haben sollten (%3). Eine mit mv verschobene Datei behält das Label des Ortes, an dem sie entstand; restorecon gibt ihr das vorgesehene.</translation>
    </message>
    <message>
        <source>%1 is in a place the policy does not know as %2&apos;s (label %3). Tell SELinux what the folder holds with semanage fcontext, then relabel it.</source>
        <translation>%1 liegt an einem Ort, den die Richtlinie nicht als Ort von %2 kennt (Label %3). Teilen Sie SELinux mit semanage fcontext mit, was der Ordner enthält, und labeln Sie ihn dann neu.</translation>
    </message>
    <message>
        <source>Label the folder as %1 (administrator)</source>
        <translation>Den Ordner als %1 labeln (Administrator)</translation>
    </message>
    <message>
        <source>No label or boolean explains it: the policy has no rule letting %1 %2 a %3 labelled %4. A local policy module (audit2allow) would add one, but it widens what the program may do: make sure it should do this at all, and never load a module you have not read.</source>
        <translation>Weder ein Label noch ein Schalter erklärt es: Die Richtlinie hat keine Regel, die %1 %2 auf ein %3 mit dem Label %4 erlaubt. Ein lokales Richtlinienmodul (audit2allow) würde eine hinzufügen, erweitert aber, was das Programm darf: Prüfen Sie, ob es das überhaupt tun soll, und laden Sie nie ein Modul, das Sie nicht gelesen haben.</translation>
    </message>
    <message>
        <source>Explain the denial with audit2allow -w (administrator)</source>
        <translation>Die Verweigerung mit audit2allow -w erklären lassen (Administrator)</translation>
    </message>
    <message>
        <source>The profile %1 (mode: %2) lets its program use only the paths it lists; %3 asked for &quot;%4&quot; on %5 and was denied &quot;%6&quot;. Add the line &quot;%7&quot; to %8 and reload the profile; do not disable the profile.</source>
        <translation>Das Profil %1 (Modus: %2) erlaubt seinem Programm nur die Pfade, die es aufführt; %3 verlangte „%4“ auf %5, verweigert wurde „%6“. Fügen Sie die Zeile „%7“ zu %8 hinzu und laden Sie das Profil neu; deaktivieren Sie das Profil nicht.</translation>
    </message>
    <message>
        <source>create files in</source>
        <translation>Anlegen von Dateien darin</translation>
    </message>
    <message>
        <source>You can %1 and %2 %3 — the error must come from somewhere else</source>
        <translation>Zugriff auf %3 möglich (%1, %2) – der Fehler muss eine andere Ursache haben</translation>
    </message>
    <message>
        <source>%1 can %2 and %3 %4</source>
        <translation>%1: Zugriff auf %4 möglich (%2, %3)</translation>
    </message>
    <message>
        <source>You can %1, %2 and %3 %4 — the error must come from somewhere else</source>
        <translation>Zugriff auf %4 möglich (%1, %2, %3) – der Fehler muss eine andere Ursache haben</translation>
    </message>
    <message>
        <source>%1 can %2, %3 and %4 %5</source>
        <translation>%1: Zugriff auf %5 möglich (%2, %3, %4)</translation>
    </message>
    <message>
        <source>You cannot %1 %2 or %3 it</source>
        <translation>Kein Zugriff auf %2 (%1, %3)</translation>
    </message>
    <message>
        <source>%1 cannot %2 %3 or %4 it</source>
        <translation>%1: kein Zugriff auf %3 (%2, %4)</translation>
    </message>
    <message>
        <source>You cannot %1 %2, %3 it or %4 it</source>
        <translation>Kein Zugriff auf %2 (%1, %3, %4)</translation>
    </message>
    <message>
        <source>%1 cannot %2 %3, %4 it or %5 it</source>
        <translation>%1: kein Zugriff auf %3 (%2, %4, %5)</translation>
    </message>
    <message>
        <source>You can %1 %2, but you cannot %3 it</source>
        <translation>%2: %1 möglich, %3 nicht</translation>
    </message>
    <message>
        <source>%1 can %2 %3, but cannot %4 it</source>
        <translation>%1 – %3: %2 möglich, %4 nicht</translation>
    </message>
    <message>
        <source>You can %1 %2, but you cannot %3 it or %4 it</source>
        <translation>%2: %1 möglich, %3 und %4 nicht</translation>
    </message>
    <message>
        <source>%1 can %2 %3, but cannot %4 it or %5 it</source>
        <translation>%1 – %3: %2 möglich, %4 und %5 nicht</translation>
    </message>
    <message>
        <source>You can %1 %2, but you cannot %3 it, %4 it or %5 it</source>
        <translation>%2: %1 möglich, %3, %4 und %5 nicht</translation>
    </message>
    <message>
        <source>%1 can %2 %3, but cannot %4 it, %5 it or %6 it</source>
        <translation>%1 – %3: %2 möglich, %4, %5 und %6 nicht</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>It does not exist yet, so creating it was checked.</source>
        <translation>Es existiert noch nicht, also wurde das Anlegen geprüft.</translation>
    </message>
    <message>
        <source>path resolution</source>
        <translation>Auflösen des Pfads</translation>
    </message>
    <message>
        <source>sticky directory rule</source>
        <translation>Regel des Sticky-Ordners</translation>
    </message>
    <message>
        <source>immutable/append-only flag</source>
        <translation>Attribut „unveränderlich“ oder „nur anhängen“</translation>
    </message>
    <message>
        <source>only the owner may chmod</source>
        <translation>nur der Besitzer darf die Rechte ändern (chmod)</translation>
    </message>
    <message>
        <source>changing the owner needs CAP_CHOWN</source>
        <translation>den Besitzer zu ändern erfordert CAP_CHOWN</translation>
    </message>
    <message>
        <source>read-only mount</source>
        <translation>schreibgeschützt eingehängt</translation>
    </message>
    <message>
        <source>open(O_WRONLY) of a directory</source>
        <translation>open(O_WRONLY) eines Ordners</translation>
    </message>
    <message>
        <source>execve() of a directory</source>
        <translation>execve() eines Ordners</translation>
    </message>
    <message>
        <source>The process runs under a seccomp filter (%1): it limits which system calls it may make; file access is still as checked here.</source>
        <translation>Der Prozess läuft unter einem seccomp-Filter (%1): Er begrenzt, welche Systemaufrufe er machen darf; der Dateizugriff ist trotzdem so, wie hier geprüft.</translation>
    </message>
    <message>
        <source>Only the first %1 entries of %2 were checked for other owners.</source>
        <translation>Nur die ersten %1 Einträge von %2 wurden auf andere Besitzer geprüft.</translation>
    </message>
    <message>
        <source>Only root can ask the kernel as another user; this verdict is computed from the facts.</source>
        <translation>Nur root kann den Kernel als anderer Benutzer fragen; dieses Ergebnis ist aus den Fakten berechnet.</translation>
    </message>
    <message>
        <source>open(O_WRONLY) on %1 (refused to anyone)</source>
        <translation>open(O_WRONLY) auf %1 (für alle verweigert)</translation>
    </message>
    <message>
        <source>Could not switch to the subject to ask the kernel; this verdict is computed.</source>
        <translation>Der Wechsel zum geprüften Konto war nicht möglich, um den Kernel zu fragen; dieses Ergebnis ist berechnet.</translation>
    </message>
    <message>
        <source>The path changed while it was being checked; these facts are from a second look.</source>
        <translation>Der Pfad hat sich während der Prüfung geändert; diese Fakten stammen aus einem zweiten Blick.</translation>
    </message>
    <message>
        <source>path length</source>
        <translation>Länge des Pfads</translation>
    </message>
    <message>
        <source>uid %1 has no account here; its primary group is assumed to be gid %1 and it has no other groups.</source>
        <translation>uid %1 hat hier kein Konto; als Hauptgruppe wird gid %1 angenommen, ohne weitere Gruppen.</translation>
    </message>
    <message>
        <source>The process has its own mount namespace: paths are checked as this system sees them.</source>
        <translation>Der Prozess hat einen eigenen Mount-Namensraum: Pfade werden so geprüft, wie dieses System sie sieht.</translation>
    </message>
    <message>
        <source>The process has its own mount namespace and root %1: paths are checked as this system sees them.</source>
        <translation>Der Prozess hat einen eigenen Mount-Namensraum und das Wurzelverzeichnis %1: Pfade werden so geprüft, wie dieses System sie sieht.</translation>
    </message>
    <message>
        <source>The file is a cloud placeholder; it was not opened, to avoid downloading it.</source>
        <translation>Die Datei ist ein Cloud-Platzhalter; sie wurde nicht geöffnet, um sie nicht herunterzuladen.</translation>
    </message>
    <message>
        <source>Only drive (C:\…), UNC (\\server\share\…) and \\?\ paths are examined.</source>
        <translation>Nur Laufwerkspfade (C:\…), UNC-Pfade (\\server\share\…) und \\?\-Pfade werden untersucht.</translation>
    </message>
    <message>
        <source>%1 could not be inspected</source>
        <translation>%1 konnte nicht untersucht werden</translation>
    </message>
    <message>
        <source>no search permission on %1</source>
        <translation>kein Durchsuchrecht auf %1</translation>
    </message>
    <message>
        <source>read-only mount %1</source>
        <translation>schreibgeschützt eingehängt: %1</translation>
    </message>
    <message>
        <source>immutable flag on %1</source>
        <translation>Attribut „unveränderlich“ auf %1</translation>
    </message>
    <message>
        <source>no containing folder</source>
        <translation>kein übergeordneter Ordner</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>noexec mount %1</source>
        <translation>mit noexec eingehängt: %1</translation>
    </message>
    <message>
        <source>append-only flag: only appending is allowed</source>
        <translation>Attribut „nur anhängen“: nur Anhängen ist erlaubt</translation>
    </message>
    <message>
        <source>Give the owner %1 %2 on it</source>
        <translation>Dem Besitzer %1 %2 darauf geben</translation>
    </message>
    <message>
        <source>Give everyone %1 on it</source>
        <translation>Allen %1 darauf geben</translation>
    </message>
    <message>
        <source>%1 at %2: the server decides</source>
        <translation>%1 auf %2: der Server entscheidet</translation>
    </message>
    <message>
        <source>journald did not answer within 5 s; its audit records were not read.</source>
        <translation>journald hat nicht innerhalb von 5 s geantwortet; seine Audit-Einträge wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>journald shows the system&apos;s audit records only to root and the groups adm and systemd-journal. To read them: %1</source>
        <translation>journald zeigt die Audit-Einträge des Systems nur root und den Gruppen adm und systemd-journal. So lesen Sie sie: %1</translation>
    </message>
    <message>
        <source>%1 is readable only by root. To read it: %2</source>
        <translation>%1 kann nur root lesen. So lesen Sie es: %2</translation>
    </message>
    <message>
        <source>Gives %1 the label the SELinux policy has for that place, as restorecon -v does; the label it has now is recorded, so undo can put it back.</source>
        <translation>Gibt %1 das Label, das die SELinux-Richtlinie für diesen Ort vorsieht, wie restorecon -v es tut; das jetzige Label wird festgehalten, damit Rückgängig es wiederherstellen kann.</translation>
    </message>
    <message>
        <source>needs %1, the ACL grants %2</source>
        <translation>braucht %1, die ACL gewährt %2</translation>
    </message>
    <message>
        <source>needs %1, owner has %2</source>
        <translation>braucht %1, Besitzer hat %2</translation>
    </message>
    <message>
        <source>needs %1, group has %2</source>
        <translation>braucht %1, Gruppe hat %2</translation>
    </message>
    <message>
        <source>needs %1, group %2 is not active in this session</source>
        <translation>braucht %1, Gruppe %2 ist in dieser Sitzung nicht aktiv</translation>
    </message>
    <message>
        <source>needs %1, others have %2</source>
        <translation>braucht %1, andere haben %2</translation>
    </message>
    <message>
        <source>the filesystem is mounted read-only</source>
        <translation>das Dateisystem ist schreibgeschützt eingehängt</translation>
    </message>
    <message>
        <source>immutable flag (chattr +i)</source>
        <translation>Unveränderlich-Attribut (chattr +i)</translation>
    </message>
    <message>
        <source>no search (x) permission: nothing inside can be reached</source>
        <translation>kein Durchsuchrecht (x): nichts darin ist erreichbar</translation>
    </message>
    <message>
        <source>append-only flag (chattr +a): only appending is allowed</source>
        <translation>Nur-Anhängen-Attribut (chattr +a): nur Anhängen ist erlaubt</translation>
    </message>
    <message>
        <source>the kernel refuses writing (EPERM): an attribute forbids it</source>
        <translation>der Kernel verweigert das Schreiben (EPERM): ein Attribut verbietet es</translation>
    </message>
    <message>
        <source>the kernel denies (errno %1) though the bits, ACL and flags allow; a security module may decide</source>
        <translation>der Kernel verweigert (errno %1), obwohl Rechte, ACL und Attribute es erlauben; womöglich entscheidet ein Sicherheitsmodul</translation>
    </message>
    <message>
        <source>its folder is immutable (chattr +i)</source>
        <translation>sein Ordner ist unveränderlich (chattr +i)</translation>
    </message>
    <message>
        <source>its folder lacks write+search for you (mode %1)</source>
        <translation>sein Ordner erlaubt Ihnen kein Schreiben+Durchsuchen (Modus %1)</translation>
    </message>
    <message>
        <source>sticky folder: only the owner of the entry or of the folder may remove it</source>
        <translation>Sticky-Ordner: nur der Besitzer des Eintrags oder des Ordners darf ihn entfernen</translation>
    </message>
    <message>
        <source>append-only flag (chattr +a)</source>
        <translation>Nur-Anhängen-Attribut (chattr +a)</translation>
    </message>
    <message>
        <source>cannot start pkexec (is it installed?)</source>
        <translation>pkexec kann nicht gestartet werden (ist es installiert?)</translation>
    </message>
    <message>
        <source>no answer from the administrator prompt or the helper in time</source>
        <translation>keine rechtzeitige Antwort von der Administrator-Abfrage oder dem Hilfsprogramm</translation>
    </message>
    <message>
        <source>the administrator prompt was dismissed</source>
        <translation>die Administrator-Abfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>pkexec is not installed (Debian and Ubuntu: apt install pkexec)</source>
        <translation>pkexec ist nicht installiert (Debian und Ubuntu: apt install pkexec)</translation>
    </message>
    <message>
        <source>no password prompt could be shown: no polkit authentication agent is running in this session (log in to a desktop session, or run the shown command in a terminal with sudo)</source>
        <translation>es konnte keine Passwortabfrage angezeigt werden: in dieser Sitzung läuft kein polkit-Authentifizierungsagent (melden Sie sich an einer Desktop-Sitzung an, oder führen Sie den angezeigten Befehl in einem Terminal mit sudo aus)</translation>
    </message>
    <message>
        <source>not authorised: the administrator password was refused, or this account may not do this</source>
        <translation>nicht berechtigt: das Administratorpasswort wurde abgelehnt, oder dieses Konto darf das nicht</translation>
    </message>
    <message>
        <source>the privileged helper could not be started (reinstall WhyDenied)</source>
        <translation>das privilegierte Hilfsprogramm konnte nicht gestartet werden (installieren Sie WhyDenied neu)</translation>
    </message>
    <message>
        <source>pkexec could not run the helper</source>
        <translation>pkexec konnte das Hilfsprogramm nicht ausführen</translation>
    </message>
    <message>
        <source>pkexec could not run the helper: %1</source>
        <translation>pkexec konnte das Hilfsprogramm nicht ausführen: %1</translation>
    </message>
    <message>
        <source>the helper failed (status %1)</source>
        <translation>das Hilfsprogramm ist fehlgeschlagen (Status %1)</translation>
    </message>
    <message>
        <source>the helper refused: %1</source>
        <translation>das Hilfsprogramm hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>the privileged helper is not installed (%1 is missing; reinstall WhyDenied)</source>
        <translation>das privilegierte Hilfsprogramm ist nicht installiert (%1 fehlt; installieren Sie WhyDenied neu)</translation>
    </message>
    <message>
        <source>the helper&apos;s answer could not be read</source>
        <translation>die Antwort des Hilfsprogramms war nicht lesbar</translation>
    </message>
    <message>
        <source>cannot create a private folder for the request: %1</source>
        <translation>kein privater Ordner für die Anfrage anlegbar: %1</translation>
    </message>
    <message>
        <source>cannot write the request: %1</source>
        <translation>die Anfrage kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the helper&apos;s path is not absolute: %1</source>
        <translation>der Pfad des Hilfsprogramms ist nicht absolut: %1</translation>
    </message>
    <message>
        <source>cannot start osascript</source>
        <translation>osascript kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>an answer came from another program than the helper; it was ignored</source>
        <translation>eine Antwort kam von einem anderen Programm als dem Hilfsprogramm; sie wurde ignoriert</translation>
    </message>
    <message>
        <source>cannot make a pipe for the helper&apos;s answer (%1)</source>
        <translation>keine Pipe für die Antwort des Hilfsprogramms anlegbar (%1)</translation>
    </message>
    <message>
        <source>cannot wait for the helper&apos;s answer (%1)</source>
        <translation>auf die Antwort des Hilfsprogramms kann nicht gewartet werden (%1)</translation>
    </message>
    <message>
        <source>not authorised (the administrator prompt was declined)</source>
        <translation>nicht berechtigt (die Administrator-Abfrage wurde abgelehnt)</translation>
    </message>
    <message>
        <source>cannot start %1 (%2)</source>
        <translation>%1 kann nicht gestartet werden (%2)</translation>
    </message>
    <message>
        <source>the helper was started without a process handle</source>
        <translation>das Hilfsprogramm wurde ohne Prozess-Handle gestartet</translation>
    </message>
    <message>
        <source>%1 changed since the diagnosis: it is no longer the same file or folder</source>
        <translation>%1 hat sich seit der Diagnose geändert: es ist nicht mehr dieselbe Datei bzw. derselbe Ordner</translation>
    </message>
    <message>
        <source>%1 was replaced since the fix</source>
        <translation>%1 wurde seit der Korrektur ersetzt</translation>
    </message>
    <message>
        <source>%1 is a system location; the helper changes nothing there</source>
        <translation>%1 ist ein Systemort; das Hilfsprogramm ändert dort nichts</translation>
    </message>
    <message>
        <source>This fix is a command for %1; nothing was changed here.</source>
        <translation>Diese Lösung ist ein Befehl für %1; hier wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is a system location; WhyDenied changes it only when you confirm that explicitly. Nothing was changed.</source>
        <translation>%1 ist ein Systemort; WhyDenied ändert ihn nur, wenn Sie das ausdrücklich bestätigen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>WhyDenied is installed for your account only (%1), so it does not start its administrator helper. Nothing was changed.</source>
        <translation>WhyDenied ist nur für Ihr Konto installiert (%1) und startet deshalb seinen Administrator-Helfer nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>The change failed part-way: %1</source>
        <translation>Die Änderung ist auf halbem Weg fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The change was made but could not be recorded (%1); undo it by hand: %2</source>
        <translation>Die Änderung wurde vorgenommen, konnte aber nicht aufgezeichnet werden (%1); machen Sie sie von Hand rückgängig: %2</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Angewendet.</translation>
    </message>
    <message>
        <source>Fixed: the copy is at %1, and you can %2 it.</source>
        <translation>Behoben: Die Kopie liegt unter %1, und Sie können sie %2.</translation>
    </message>
    <message>
        <source>Fixed: you can now %1 %2.</source>
        <translation>Behoben: Sie können %2 jetzt %1.</translation>
    </message>
    <message>
        <source>Applied, but it is still denied.</source>
        <translation>Angewendet, aber es wird weiterhin verweigert.</translation>
    </message>
    <message>
        <source>Applied, but it is still denied: %1 (%2).</source>
        <translation>Angewendet, aber es wird weiterhin verweigert: %1 (%2).</translation>
    </message>
    <message>
        <source>No fix has been recorded in %1; nothing to undo.</source>
        <translation>In %1 ist keine Korrektur aufgezeichnet; nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>%1; nothing was changed.</source>
        <translation>%1; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The fix %1 (%2) was already undone at %3; nothing was changed.</source>
        <translation>Die Korrektur %1 (%2) wurde bereits am %3 rückgängig gemacht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The fix %1 was made for %2, not for you; nothing was changed.</source>
        <translation>Die Korrektur %1 wurde für %2 vorgenommen, nicht für Sie; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The fix %1 was made by uid %2; nothing was changed.</source>
        <translation>Die Korrektur %1 wurde von uid %2 vorgenommen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>WhyDenied is installed for your account only (%1), so it does not start its administrator helper. Nothing was changed; run this in an administrator terminal instead: %2</source>
        <translation>WhyDenied ist nur für Ihr Konto installiert (%1) und startet deshalb sein Administrator-Hilfsprogramm nicht. Es wurde nichts geändert; führen Sie stattdessen in einem Administrator-Terminal aus: %2</translation>
    </message>
    <message>
        <source>Undone: %1 is back as it was.</source>
        <translation>Rückgängig gemacht: %1 ist wieder wie vorher.</translation>
    </message>
    <message>
        <source>Undone: %1 is back to %2; its setuid/setgid bits were not given back (an undo never makes a program privileged again). An administrator can run: %3</source>
        <translation>Rückgängig gemacht: %1 ist wieder bei %2; seine setuid/setgid-Bits wurden nicht zurückgegeben (ein Rückgängigmachen macht ein Programm nie wieder privilegiert). Ein Administrator kann ausführen: %3</translation>
    </message>
    <message>
        <source>Undo failed part-way: %1</source>
        <translation>Rückgängigmachen ist auf halbem Weg fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Nicht rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Undone: the copy %1 was removed.</source>
        <translation>Rückgängig gemacht: die Kopie %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Undone: %1 is back to %2.</source>
        <translation>Rückgängig gemacht: %1 ist wieder bei %2.</translation>
    </message>
    <message>
        <source>Undone: %1 is back to %2. %3.</source>
        <translation>Rückgängig gemacht: %1 ist wieder bei %2. %3.</translation>
    </message>
    <message>
        <source>%1 (But the journal could not be updated: %2.)</source>
        <translation>%1 (Das Journal konnte aber nicht aktualisiert werden: %2.)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>attributes none</source>
        <translation>keine Attribute</translation>
    </message>
    <message>
        <source>attributes %1</source>
        <translation>Attribute %1</translation>
    </message>
    <message>
        <source>security %1</source>
        <translation>Sicherheit %1</translation>
    </message>
    <message>
        <source>mode %1, owner %2</source>
        <translation>Modus %1, Besitzer %2</translation>
    </message>
    <message>
        <source>ACL %1</source>
        <translation>ACL %1</translation>
    </message>
    <message>
        <source>flags %1</source>
        <translation>Attribute %1</translation>
    </message>
    <message>
        <source>No fix &apos;%1&apos; was proposed for this diagnosis (none was).</source>
        <translation>Für diese Diagnose wurde keine Lösung &apos;%1&apos; vorgeschlagen (gar keine).</translation>
    </message>
    <message>
        <source>No fix &apos;%1&apos; was proposed for this diagnosis (proposed: %2).</source>
        <translation>Für diese Diagnose wurde keine Lösung &apos;%1&apos; vorgeschlagen (vorgeschlagen: %2).</translation>
    </message>
    <message>
        <source>This diagnosis was made for someone else; fixes are applied for your own access only.</source>
        <translation>Diese Diagnose gilt für jemand anderen; Lösungen werden nur für Ihren eigenen Zugriff angewendet.</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; is shown for an administrator to run; WhyDenied does not apply it: %2</source>
        <translation>Die Lösung &apos;%1&apos; ist für einen Administrator zum Ausführen gedacht; WhyDenied wendet sie nicht an: %2</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; is not one the engine knows how to apply: %2</source>
        <translation>Die Lösung &apos;%1&apos; kann WhyDenied nicht selbst anwenden: %2</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; is a command for another system than the one diagnosed: %2</source>
        <translation>Die Lösung &apos;%1&apos; ist ein Befehl für ein anderes System als das diagnostizierte: %2</translation>
    </message>
    <message>
        <source>Refusing chmod %1: WhyDenied never makes anything writable for everyone.</source>
        <translation>chmod %1 abgelehnt: WhyDenied macht nie etwas für alle beschreibbar.</translation>
    </message>
    <message>
        <source>Unrecognised ACL entry %1.</source>
        <translation>Unbekannter ACL-Eintrag %1.</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; is not one the engine knows how to apply (%2): %3</source>
        <translation>Die Lösung &apos;%1&apos; kann WhyDenied nicht selbst anwenden (%2): %3</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; would add someone other than you to a group.</source>
        <translation>Die Lösung &apos;%1&apos; würde jemand anderen als Sie zu einer Gruppe hinzufügen.</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; names the group %2, which no inspected part of the diagnosed path has.</source>
        <translation>Die Lösung &apos;%1&apos; nennt die Gruppe %2, die kein untersuchter Teil des diagnostizierten Pfads hat.</translation>
    </message>
    <message>
        <source>The fix names %1, which is not an inspected part of the diagnosed path.</source>
        <translation>Die Lösung nennt %1, das kein untersuchter Teil des diagnostizierten Pfads ist.</translation>
    </message>
    <message>
        <source>A copy needs a regular file and an absolute destination.</source>
        <translation>Eine Kopie braucht eine normale Datei und ein absolutes Ziel.</translation>
    </message>
    <message>
        <source>The plan has no steps; nothing was changed.</source>
        <translation>Der Plan hat keine Schritte; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The plan includes a step WhyDenied does not apply (%1); nothing was changed.</source>
        <translation>Der Plan enthält einen Schritt, den WhyDenied nicht anwendet (%1); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The plan is for another system; nothing was changed.</source>
        <translation>Der Plan ist für ein anderes System; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This plan grants access to another account; only root applies it (the helper grants only to the person asking). Nothing was changed.</source>
        <translation>Dieser Plan gewährt einem anderen Konto Zugriff; nur root wendet ihn an (das Hilfsprogramm gewährt nur der anfragenden Person). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 Undo what was done with: %2</source>
        <translation>%1 Machen Sie das Erledigte rückgängig mit: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was left changed.</source>
        <translation>%1 Es blieb nichts geändert.</translation>
    </message>
    <message>
        <source>Step failed: %1.</source>
        <translation>Schritt fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The plan does not fit the helper&apos;s request form (%1).</source>
        <translation>Der Plan passt nicht in die Anfrageform des Hilfsprogramms (%1).</translation>
    </message>
    <message>
        <source>Nothing was changed by the helper: %1.</source>
        <translation>Das Hilfsprogramm hat nichts geändert: %1.</translation>
    </message>
    <message>
        <source>Privileged plan steps go through the helper on Linux only.</source>
        <translation>Privilegierte Planschritte laufen nur unter Linux über das Hilfsprogramm.</translation>
    </message>
    <message>
        <source>The plan was applied but could not be recorded (%1); undo each step by its journal id.</source>
        <translation>Der Plan wurde angewendet, konnte aber nicht aufgezeichnet werden (%1); machen Sie jeden Schritt über seine Journal-ID rückgängig.</translation>
    </message>
    <message numerus="yes">
        <source>Fixed: all %n steps applied, and the kernel now allows it.</source>
        <translation>
            <numerusform>Behoben: Der Schritt wurde angewendet, und der Kernel erlaubt es jetzt.</numerusform>
            <numerusform>Behoben: Alle %n Schritte wurden angewendet, und der Kernel erlaubt es jetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied all %n steps, but the kernel still denies it.</source>
        <translation>
            <numerusform>Der Schritt wurde angewendet, aber der Kernel verweigert es weiterhin.</numerusform>
            <numerusform>Alle %n Schritte wurden angewendet, aber der Kernel verweigert es weiterhin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied all %n steps.</source>
        <translation>
            <numerusform>Der Schritt wurde angewendet.</numerusform>
            <numerusform>Alle %n Schritte wurden angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan %1 was already undone; nothing was changed.</source>
        <translation>Der Plan %1 wurde bereits rückgängig gemacht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The plan %1 was applied by uid %2; nothing was changed.</source>
        <translation>Der Plan %1 wurde von uid %2 angewendet; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The helper did not undo its part: %1.</source>
        <translation>Das Hilfsprogramm hat seinen Teil nicht rückgängig gemacht: %1.</translation>
    </message>
    <message>
        <source>Not every step was undone: %1</source>
        <translation>Nicht jeder Schritt wurde rückgängig gemacht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Undone: all %n steps of the plan %1 were reverted.</source>
        <translation>
            <numerusform>Rückgängig gemacht: Der Schritt des Plans %1 wurde zurückgenommen.</numerusform>
            <numerusform>Rückgängig gemacht: Alle %n Schritte des Plans %1 wurden zurückgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>ACL entry denying delete</source>
        <translation>ACL-Eintrag, der das Löschen verweigert</translation>
    </message>
    <message>
        <source>changing the owner needs root</source>
        <translation>den Besitzer zu ändern erfordert root</translation>
    </message>
    <message>
        <source>the folder is missing</source>
        <translation>der Ordner fehlt</translation>
    </message>
    <message>
        <source>the read-only attribute forbids deleting</source>
        <translation>das Schreibschutz-Attribut verbietet das Löschen</translation>
    </message>
    <message>
        <source>not opened: a cloud placeholder that downloads when opened</source>
        <translation>nicht geöffnet: ein Cloud-Platzhalter, der beim Öffnen heruntergeladen wird</translation>
    </message>
    <message>
        <source>a folder opened as a file (no FILE_FLAG_BACKUP_SEMANTICS)</source>
        <translation>ein Ordner, als Datei geöffnet (ohne FILE_FLAG_BACKUP_SEMANTICS)</translation>
    </message>
    <message>
        <source>path form</source>
        <translation>Form des Pfads</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the changes were made but the record in %1 may be incomplete</source>
        <translation>die Änderungen wurden vorgenommen, aber die Aufzeichnung in %1 ist womöglich unvollständig</translation>
    </message>
    <message>
        <source>%1 is a system location; WhyDenied changes it in bulk only when run as root. Nothing was changed.</source>
        <translation>%1 ist ein Systemort; WhyDenied ändert ihn nur als root in großen Mengen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the batch was made by uid %1; nothing was changed</source>
        <translation>der Stapel wurde von uid %1 angelegt; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>this batch was already undone; nothing was changed</source>
        <translation>dieser Stapel wurde bereits rückgängig gemacht; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>no batch %1 in %2</source>
        <translation>kein Stapel %1 in %2</translation>
    </message>
    <message>
        <source>the audit checks read, write, list, traverse, execute or delete, not %1</source>
        <translation>die Prüfung umfasst Lesen, Schreiben, Auflisten, Durchsuchen, Ausführen oder Löschen, nicht %1</translation>
    </message>
    <message>
        <source>unknown subject %1</source>
        <translation>unbekanntes Subjekt %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot inspect %1: %2</source>
        <translation>%1 kann nicht untersucht werden: %2</translation>
    </message>
    <message>
        <source>the folder audit is not available on this platform yet</source>
        <translation>die Ordnerprüfung gibt es auf dieser Plattform noch nicht</translation>
    </message>
    <message>
        <source>Applying fixes is not supported on this platform yet; run the command shown.</source>
        <translation>Lösungen anzuwenden wird auf dieser Plattform noch nicht unterstützt; führen Sie den angezeigten Befehl aus.</translation>
    </message>
    <message>
        <source>the administrator prompt failed</source>
        <translation>die Administrator-Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>not authorised (the administrator prompt was cancelled or the password was refused)</source>
        <translation>nicht berechtigt (die Administrator-Abfrage wurde abgebrochen oder das Passwort abgelehnt)</translation>
    </message>
    <message>
        <source>%1 is now a symbolic link; refusing to follow it</source>
        <translation>%1 ist jetzt ein symbolischer Link; ihm wird nicht gefolgt</translation>
    </message>
    <message>
        <source>%1 is no longer a folder</source>
        <translation>%1 ist kein Ordner mehr</translation>
    </message>
    <message>
        <source>%1 has %2 names (hard links); an administrator&apos;s fix would change all of them, so nothing was changed</source>
        <translation>%1 hat %2 Namen (harte Links); eine Korrektur als Administrator würde alle ändern, daher wurde nichts geändert</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <source>The helper&apos;s answer could not be read.</source>
        <translation>Die Antwort des Helfers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 (recorded as %2)</source>
        <translation>%1 (aufgezeichnet als %2)</translation>
    </message>
    <message>
        <source>WhyDenied is installed for your account only (%1), so it does not start its administrator helper: a program in a folder you can change could be replaced while the prompt waits. Nothing was changed; run this in an administrator terminal instead: %2</source>
        <translation>WhyDenied ist nur für Ihr Konto installiert (%1) und startet deshalb sein Administrator-Hilfsprogramm nicht: ein Programm in einem Ordner, den Sie ändern können, könnte ersetzt werden, während die Abfrage wartet. Es wurde nichts geändert; führen Sie stattdessen in einem Administrator-Terminal aus: %2</translation>
    </message>
    <message>
        <source>The kernel log is readable only by root here (dmesg_restrict). To read it: %1</source>
        <translation>Das Kernel-Protokoll kann hier nur root lesen (dmesg_restrict). So lesen Sie es: %1</translation>
    </message>
    <message>
        <source>The path is longer than the system allows (PATH_MAX).</source>
        <translation>Der Pfad ist länger, als das System erlaubt (PATH_MAX).</translation>
    </message>
    <message>
        <source>No path given.</source>
        <translation>Kein Pfad angegeben.</translation>
    </message>
    <message>
        <source>The path contains a NUL byte, which no file name can.</source>
        <translation>Der Pfad enthält ein NUL-Byte, das kein Dateiname enthalten kann.</translation>
    </message>
    <message>
        <source>no user named &apos;%1&apos;</source>
        <translation>kein Benutzer namens „%1“</translation>
    </message>
    <message>
        <source>no process %1 (or it cannot be inspected)</source>
        <translation>kein Prozess %1 (oder er lässt sich nicht untersuchen)</translation>
    </message>
    <message>
        <source>cannot read the credentials of process %1</source>
        <translation>die Anmeldedaten von Prozess %1 lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot ask systemd about service %1 (systemctl did not answer)</source>
        <translation>systemd lässt sich nicht nach Dienst %1 fragen (systemctl hat nicht geantwortet)</translation>
    </message>
    <message>
        <source>cannot ask systemd about service %1</source>
        <translation>systemd lässt sich nicht nach Dienst %1 fragen</translation>
    </message>
    <message>
        <source>cannot ask systemd about service %1 (no systemctl here)</source>
        <translation>systemd lässt sich nicht nach Dienst %1 fragen (hier gibt es kein systemctl)</translation>
    </message>
    <message>
        <source>no service named %1</source>
        <translation>kein Dienst namens %1</translation>
    </message>
    <message>
        <source>service %1 uses DynamicUser= and is not running: its uid is only chosen at start</source>
        <translation>Dienst %1 verwendet DynamicUser= und läuft nicht: seine UID wird erst beim Start gewählt</translation>
    </message>
    <message>
        <source>Checking for another user or process is not supported on macOS yet.</source>
        <translation>Die Prüfung für einen anderen Benutzer oder Prozess wird unter macOS noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>uid: needs a number, as in uid:33</source>
        <translation>uid: braucht eine Zahl, etwa uid:33</translation>
    </message>
    <message>
        <source>pid: needs a process id, as in pid:1234</source>
        <translation>pid: braucht eine Prozessnummer, etwa pid:1234</translation>
    </message>
    <message>
        <source>service: needs a unit name, as in service:nginx</source>
        <translation>service: braucht einen Unit-Namen, etwa service:nginx</translation>
    </message>
    <message>
        <source>unknown subject &apos;%1:&apos; (use a user name, uid:N, pid:N or service:NAME)</source>
        <translation>unbekanntes Subjekt „%1:“ (verwenden Sie einen Benutzernamen, uid:N, pid:N oder service:NAME)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user name (use a user name, uid:N, pid:N or service:NAME)</source>
        <translation>„%1“ ist kein Benutzername (verwenden Sie einen Benutzernamen, uid:N, pid:N oder service:NAME)</translation>
    </message>
</context>
</TS>
