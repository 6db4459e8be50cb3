<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Evidence</name>
    <message>
        <source>acl</source>
        <translation>ACL</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>attributs</translation>
    </message>
    <message>
        <source>checked for</source>
        <translation>vérifié pour</translation>
    </message>
    <message>
        <source>container user</source>
        <translation>utilisateur du conteneur</translation>
    </message>
    <message>
        <source>deciding entry</source>
        <translation>entrée décisive</translation>
    </message>
    <message>
        <source>effective rights</source>
        <translation>droits effectifs</translation>
    </message>
    <message>
        <source>entry owner</source>
        <translation>propriétaire de l’entrée</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <source>full disk access</source>
        <translation>accès complet au disque</translation>
    </message>
    <message>
        <source>full disk access probe</source>
        <translation>test de l’accès complet au disque</translation>
    </message>
    <message>
        <source>granting entry</source>
        <translation>entrée qui accorde</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>holders</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>hérité</translation>
    </message>
    <message>
        <source>kernel check</source>
        <translation>vérification du noyau</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>mount</source>
        <translation>montage</translation>
    </message>
    <message>
        <source>nearest existing</source>
        <translation>chemin existant le plus proche</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>requis</translation>
    </message>
    <message>
        <source>node</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>not inspected</source>
        <translation>non examiné</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>owned by another user</source>
        <translation>appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>owner inside</source>
        <translation>propriétaire dans le conteneur</translation>
    </message>
    <message>
        <source>owner on the host</source>
        <translation>propriétaire sur l’hôte</translation>
    </message>
    <message>
        <source>owner sid</source>
        <translation>SID du propriétaire</translation>
    </message>
    <message>
        <source>package manager</source>
        <translation>gestionnaire de paquets</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>process label</source>
        <translation>étiquette du processus</translation>
    </message>
    <message>
        <source>program in the message</source>
        <translation>programme dans le message</translation>
    </message>
    <message>
        <source>protected folder</source>
        <translation>dossier protégé</translation>
    </message>
    <message>
        <source>protected location</source>
        <translation>emplacement protégé</translation>
    </message>
    <message>
        <source>responsible app</source>
        <translation>app responsable</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>exclu</translation>
    </message>
    <message>
        <source>selinux label</source>
        <translation>étiquette SELinux</translation>
    </message>
    <message>
        <source>session groups</source>
        <translation>groupes de la session</translation>
    </message>
    <message>
        <source>system integrity protection</source>
        <translation>protection de l’intégrité du système</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>wanted</source>
        <translation>souhaité</translation>
    </message>
    <message>
        <source>xattr</source>
        <translation>attribut étendu</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>running as</source>
        <translation>exécuté par</translation>
    </message>
    <message>
        <source>default label</source>
        <translation>étiquette par défaut</translation>
    </message>
    <message>
        <source>no new privileges</source>
        <translation>pas de nouveaux privilèges (no_new_privs)</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>bac à sable</translation>
    </message>
    <message>
        <source>seccomp mode</source>
        <translation>mode seccomp</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>enregistré</translation>
    </message>
</context>
<context>
    <name>EvidenceValue</name>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>symlink</source>
        <translation>lien symbolique</translation>
    </message>
    <message>
        <source>fifo</source>
        <translation>FIFO (tube nommé)</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>socket</translation>
    </message>
    <message>
        <source>chardev</source>
        <translation>périphérique caractère</translation>
    </message>
    <message>
        <source>blockdev</source>
        <translation>périphérique bloc</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>immutable</source>
        <translation>immuable</translation>
    </message>
    <message>
        <source>append-only</source>
        <translation>ajout seul</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>reparse point</source>
        <translation>point d’analyse</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>recall on open</source>
        <translation>rappel à l’ouverture</translation>
    </message>
    <message>
        <source>recall on data access</source>
        <translation>rappel à l’accès aux données</translation>
    </message>
    <message>
        <source>yes: it came from a parent folder</source>
        <translation>oui : elle vient d’un dossier parent</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>read</source>
        <translation>lire</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écrire</translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>renommer</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>exécuter</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lister</translation>
    </message>
    <message>
        <source>traverse</source>
        <translation>traverser</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>se connecter</translation>
    </message>
    <message>
        <source>change permissions</source>
        <translation>modifier les permissions</translation>
    </message>
    <message>
        <source>change owner</source>
        <translation>changer le propriétaire</translation>
    </message>
    <message>
        <source>use</source>
        <translation>utiliser</translation>
    </message>
    <message>
        <source>every plausible operation</source>
        <translation>toute opération plausible</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explains why a file or folder gives &quot;Permission denied&quot;.</source>
        <translation>Explique pourquoi un fichier ou un dossier affiche « Permission non accordée ».</translation>
    </message>
    <message>
        <source>The file or folder to check.</source>
        <translation>Le fichier ou le dossier à vérifier.</translation>
    </message>
    <message>
        <source>Use a dark palette.</source>
        <translation>Utiliser une palette sombre.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (de, en, es, fr, ja).</source>
        <translation>Utiliser cette langue au lieu de celle du système (de, en, es, fr, ja).</translation>
    </message>
    <message>
        <source>What was attempted: any (every plausible operation), read, write, create, delete, rename, execute, list, traverse or connect.</source>
        <translation>Ce qui a été tenté : any (toute opération plausible), read, write, create, delete, rename, execute, list, traverse ou connect.</translation>
    </message>
    <message>
        <source>Once the first answer is on screen, write what the window shows (headline, cause ids, fix ids, holders) to FILE as JSON.</source>
        <translation>Dès que la première réponse s’affiche, écrit ce que montre la fenêtre (titre, identifiants des causes, des correctifs, processus bloquants) dans FILE au format JSON.</translation>
    </message>
    <message>
        <source>Quit once --dump-view has written its file.</source>
        <translation>Quitter une fois que --dump-view a écrit son fichier.</translation>
    </message>
</context>
<context>
    <name>wdgui::AuditFilesModel</name>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Owner (uid)</source>
        <translation>Propriétaire (uid)</translation>
    </message>
</context>
<context>
    <name>wdgui::AuditModel</name>
    <message>
        <source>Owned by another user</source>
        <translation>Appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>Yours, but without the permission</source>
        <translation>À vous, mais sans la permission</translation>
    </message>
    <message>
        <source>Your group lacks the permission</source>
        <translation>Votre groupe n’a pas la permission</translation>
    </message>
    <message>
        <source>Folders without search permission</source>
        <translation>Dossiers sans permission de traversée</translation>
    </message>
    <message>
        <source>In folders you cannot change</source>
        <translation>Dans des dossiers que vous ne pouvez pas modifier</translation>
    </message>
    <message>
        <source>In a sticky folder, owned by others</source>
        <translation>Dans un dossier sticky, appartenant à d’autres</translation>
    </message>
    <message>
        <source>Immutable</source>
        <translation>Immuable</translation>
    </message>
    <message>
        <source>Append-only</source>
        <translation>Ajout seul</translation>
    </message>
    <message>
        <source>An ACL denies it</source>
        <translation>Une ACL le refuse</translation>
    </message>
    <message>
        <source>On a read-only filesystem</source>
        <translation>Sur un système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>Group membership not active yet</source>
        <translation>Appartenance au groupe pas encore active</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Par exemple</translation>
    </message>
</context>
<context>
    <name>wdgui::AuditView</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Fix all in this group…</source>
        <translation>Tout corriger dans ce groupe…</translation>
    </message>
    <message>
        <source>Auditing %1 for %2…</source>
        <translation>Audit de %1 pour %2…</translation>
    </message>
    <message>
        <source>%1 changed · %2</source>
        <translation>%1 modifiés · %2</translation>
    </message>
    <message>
        <source>%1 entries scanned · %2 per second · %3 denied</source>
        <translation>%1 entrées parcourues · %2 par seconde · %3 refusées</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source> (cancelled: the counts cover what was seen)</source>
        <translation> (annulé : les nombres couvrent ce qui a été vu)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Fix all in this group</source>
        <translation>Tout corriger dans ce groupe</translation>
    </message>
    <message>
        <source>%1.

The same as: %2
(only the %3 entries of this group are changed; undo is recorded)</source>
        <translation>%1.

Équivaut à : %2
(seules les %3 entrées de ce groupe sont modifiées ; l’annulation est enregistrée)</translation>
    </message>
    <message>
        <source>Fixing: %1…</source>
        <translation>Correction : %1…</translation>
    </message>
    <message>
        <source>Changed %1 entries (%2 failed); audited again: %3 denied. Undo: whydenied-cli undo %4</source>
        <translation>%1 entrées modifiées (%2 échecs) ; nouvel audit : %3 refusées. Annuler : whydenied-cli undo %4</translation>
    </message>
    <message>
        <source>%1 in %2, %3 denied, %4 s%5</source>
        <translation>%1 dans %2, %3 refusées, %4 s%5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folders</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo this fix</source>
        <translation>Annuler cette correction</translation>
    </message>
    <message>
        <source>Put back every entry the last bulk fix changed, where it is still as the fix left it</source>
        <translation>Rétablir chaque entrée modifiée par la dernière correction groupée, si elle est encore telle que la correction l’a laissée</translation>
    </message>
    <message>
        <source>Undoing %1…</source>
        <translation>Annulation de %1…</translation>
    </message>
    <message>
        <source>Restored %1 entries; %2 left alone.</source>
        <translation>%1 entrées rétablies ; %2 laissées telles quelles.</translation>
    </message>
    <message>
        <source>Filter the entries of this group</source>
        <translation>Filtrer les entrées de ce groupe</translation>
    </message>
    <message>
        <source>Entries of the selected group</source>
        <translation>Entrées du groupe choisi</translation>
    </message>
    <message>
        <source>The first %1 of %2 entries are listed.</source>
        <translation>Les %1 premières entrées sur %2 sont listées.</translation>
    </message>
</context>
<context>
    <name>wdgui::CauseCard</name>
    <message>
        <source>almost certainly (%1%)</source>
        <translation>presque certain (%1 %)</translation>
    </message>
    <message>
        <source>likely (%1%)</source>
        <translation>probable (%1 %)</translation>
    </message>
    <message>
        <source>possible (%1%)</source>
        <translation>possible (%1 %)</translation>
    </message>
    <message>
        <source>Cause %1: %2</source>
        <translation>Cause %1 : %2</translation>
    </message>
    <message>
        <source>Cause id: %1</source>
        <translation>Identifiant de la cause : %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>for an administrator</source>
        <translation>pour un administrateur</translation>
    </message>
    <message>
        <source>needs an administrator password</source>
        <translation>nécessite un mot de passe administrateur</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Commande équivalente</translation>
    </message>
    <message>
        <source>The equivalent command, to run yourself in a terminal</source>
        <translation>La commande équivalente, à exécuter vous-même dans un terminal</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the command %1</source>
        <translation>Copier la commande %1</translation>
    </message>
    <message>
        <source>For an administrator: copy the command and run it yourself</source>
        <translation>Pour un administrateur : copiez la commande et exécutez-la vous-même</translation>
    </message>
    <message>
        <source>Shows exactly what will change, and asks before doing it</source>
        <translation>Montre exactement ce qui va changer, et demande avant de le faire</translation>
    </message>
    <message>
        <source>WhyDenied cannot do this for you: copy the command and run it yourself</source>
        <translation>WhyDenied ne peut pas le faire pour vous : copiez la commande et exécutez-la vous-même</translation>
    </message>
    <message>
        <source>This copy of WhyDenied is installed for you alone, so it does not ask for administrator rights: copy the command and run it in an administrator terminal</source>
        <translation>Cette copie de WhyDenied est installée pour vous seul·e et ne demande donc pas de droits d’administrateur : copiez la commande et exécutez-la dans un terminal administrateur</translation>
    </message>
</context>
<context>
    <name>wdgui::DropZone</name>
    <message>
        <source>Drop zone</source>
        <translation>Zone de dépôt</translation>
    </message>
    <message>
        <source>Drop a file, a folder or an error message here, or press Enter to choose a file</source>
        <translation>Déposez ici un fichier, un dossier ou un message d’erreur, ou appuyez sur Entrée pour choisir un fichier</translation>
    </message>
    <message>
        <source>Drop a file, a folder or an error message here</source>
        <translation>Déposez ici un fichier, un dossier ou un message d’erreur</translation>
    </message>
    <message>
        <source>or paste the error text with Ctrl+V, or choose a file with Ctrl+O</source>
        <translation>ou collez le texte de l’erreur avec Ctrl+V, ou choisissez un fichier avec Ctrl+O</translation>
    </message>
    <message>
        <source>Release to find out why</source>
        <translation>Relâchez pour savoir pourquoi</translation>
    </message>
</context>
<context>
    <name>wdgui::FixDialog</name>
    <message>
        <source>Apply a fix</source>
        <translation>Appliquer une correction</translation>
    </message>
    <message>
        <source>The equivalent command:</source>
        <translation>La commande équivalente :</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Commande équivalente</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>To undo it: %1</source>
        <translation>Pour l’annuler : %1</translation>
    </message>
    <message>
        <source>Needs an administrator: you will be asked for a password.</source>
        <translation>Nécessite un administrateur : un mot de passe vous sera demandé.</translation>
    </message>
    <message>
        <source>Runs as you; no password needed.</source>
        <translation>S’exécute sous votre compte ; aucun mot de passe nécessaire.</translation>
    </message>
    <message>
        <source>%1 is a system location. I understand and want to change it.</source>
        <translation>%1 est un emplacement système. Je comprends et je veux le modifier.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler la correction</translation>
    </message>
    <message>
        <source>Waiting for the administrator password…</source>
        <translation>En attente du mot de passe administrateur…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>Fixed — your copy is %1, and you can %2 it.</source>
        <translation>Corrigé — vous pouvez maintenant %2 votre copie, %1.</translation>
    </message>
    <message>
        <source>Fixed — you can now %1 %2.</source>
        <translation>Corrigé — vous pouvez maintenant %1 %2.</translation>
    </message>
    <message>
        <source>Applied, but %1 is still denied: %2</source>
        <translation>Appliqué, mais %1 est toujours refusé : %2</translation>
    </message>
    <message>
        <source>Applied, but %1 is still denied.</source>
        <translation>Appliqué, mais %1 est toujours refusé.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Undone — %1 is back as it was.</source>
        <translation>Annulé — %1 est revenu à son état d’origine.</translation>
    </message>
    <message>
        <source>Already undone; nothing was changed.</source>
        <translation>Déjà annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Undone — %1 is back, but without its setuid/setgid bits: WhyDenied never gives them back.</source>
        <translation>Annulé — %1 est rétabli, mais sans ses bits setuid/setgid : WhyDenied ne les rend jamais.</translation>
    </message>
</context>
<context>
    <name>wdgui::HoldersModel</name>
    <message>
        <source>reading</source>
        <translation>en lecture</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>en écriture</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>mapped in memory</source>
        <translation>projeté en mémoire</translation>
    </message>
    <message>
        <source>current folder</source>
        <translation>dossier courant</translation>
    </message>
    <message>
        <source>root folder</source>
        <translation>dossier racine</translation>
    </message>
    <message>
        <source>running it</source>
        <translation>l’exécute</translation>
    </message>
    <message>
        <source>locked (flock)</source>
        <translation>verrouillé (flock)</translation>
    </message>
    <message>
        <source>locked (record lock)</source>
        <translation>verrouillé (verrou de plage)</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>utilisé</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>How it holds it</source>
        <translation>Comment il le tient</translation>
    </message>
</context>
<context>
    <name>wdgui::HoldersPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>E&amp;nd process…</source>
        <translation>Terminer le pro&amp;cessus…</translation>
    </message>
    <message>
        <source>Reveal in system &amp;monitor</source>
        <translation>Afficher dans le &amp;moniteur système</translation>
    </message>
    <message>
        <source>Programs using the file</source>
        <translation>Programmes qui utilisent le fichier</translation>
    </message>
    <message>
        <source>Ask the selected program to quit</source>
        <translation>Demander au programme sélectionné de se fermer</translation>
    </message>
    <message>
        <source>Looking for programs that use %1…</source>
        <translation>Recherche des programmes qui utilisent %1…</translation>
    </message>
    <message>
        <source>No program is using %1 or anything in it.</source>
        <translation>Aucun programme n’utilise %1 ni rien de ce qu’il contient.</translation>
    </message>
    <message>
        <source>No program is using %1.</source>
        <translation>Aucun programme n’utilise %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) using %1 or something in it:</source>
        <translation>
            <numerusform>%n programme utilise %1 ou quelque chose qu’il contient :</numerusform>
            <numerusform>%n programmes utilisent %1 ou quelque chose qu’il contient :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) using %1:</source>
        <translation>
            <numerusform>%n programme utilise %1 :</numerusform>
            <numerusform>%n programmes utilisent %1 :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) of other users could not be inspected; an administrator can see them.</source>
        <translation>
            <numerusform>%n processus d’un autre utilisateur n’a pas pu être examiné ; un administrateur peut le voir.</numerusform>
            <numerusform>%n processus d’autres utilisateurs n’ont pas pu être examinés ; un administrateur peut les voir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot end %1</source>
        <translation>Impossible de terminer %1</translation>
    </message>
    <message>
        <source>End %1 (process %2 of %3)? It is asked to quit and may save its work, or it may lose unsaved changes.</source>
        <translation>Terminer %1 (processus %2 de %3) ? Il lui est demandé de se fermer : il peut enregistrer son travail, ou perdre les modifications non enregistrées.</translation>
    </message>
    <message>
        <source>End %1?</source>
        <translation>Terminer %1 ?</translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation>%1 est toujours en cours d’exécution</translation>
    </message>
    <message>
        <source>%1 did not quit when asked. Force it to quit? It cannot save anything then.</source>
        <translation>%1 ne s’est pas fermé à la demande. Le forcer à quitter ? Il ne pourra alors rien enregistrer.</translation>
    </message>
    <message>
        <source>The system refused to signal it: %1</source>
        <translation>Le système a refusé de lui envoyer le signal : %1</translation>
    </message>
    <message>
        <source>Look as &amp;administrator…</source>
        <translation>Regarder en tant qu’admi&amp;nistrateur…</translation>
    </message>
    <message>
        <source>Also look at other users&apos; programs (asks for an administrator password)</source>
        <translation>Regarder aussi les programmes des autres utilisateurs (demande un mot de passe administrateur)</translation>
    </message>
    <message>
        <source>&amp;Close this handle…</source>
        <translation>Fermer ce &amp;handle…</translation>
    </message>
    <message>
        <source>Replace or delete at next re&amp;start</source>
        <translation>&amp;Remplacer ou supprimer au prochain redémarrage</translation>
    </message>
    <message>
        <source>Close the program&apos;s handle on the file without ending the program (it may lose unsaved data)</source>
        <translation>Fermer le handle du programme sur le fichier sans arrêter le programme (il peut perdre des données non enregistrées)</translation>
    </message>
    <message>
        <source>When nothing else releases the file: Windows deletes or replaces it while it restarts</source>
        <translation>Quand rien d&apos;autre ne libère le fichier : Windows le supprime ou le remplace pendant le redémarrage</translation>
    </message>
    <message>
        <source>&amp;Delete it at the next restart…</source>
        <translation>&amp;Supprimer au prochain redémarrage…</translation>
    </message>
    <message>
        <source>&amp;Replace it with another file at the next restart…</source>
        <translation>&amp;Remplacer par un autre fichier au prochain redémarrage…</translation>
    </message>
    <message>
        <source>Take back the change scheduled for the next restart</source>
        <translation>Annuler la modification prévue pour le prochain redémarrage</translation>
    </message>
    <message>
        <source>The file that takes its place</source>
        <translation>Le fichier qui prend sa place</translation>
    </message>
    <message>
        <source>Close the handle of %1 (process %2) on %3, without ending %1?

%1 is not told. It may fail, or lose unsaved data, the next time it uses the file. This cannot be undone. Ending the program is the safer way when it can save its work first.

An administrator&apos;s approval is needed.</source>
        <translation>Fermer le handle de %1 (processus %2) sur %3, sans arrêter %1 ?

%1 n&apos;en est pas averti. Il peut échouer, ou perdre des données non enregistrées, la prochaine fois qu&apos;il utilise le fichier. C&apos;est irréversible. Arrêter le programme est plus sûr quand il peut d&apos;abord enregistrer son travail.

L&apos;accord d&apos;un administrateur est nécessaire.</translation>
    </message>
    <message>
        <source>Close the handle of %1?</source>
        <translation>Fermer le handle de %1 ?</translation>
    </message>
    <message>
        <source>Close the handle of %1</source>
        <translation>Fermer le handle de %1</translation>
    </message>
    <message>
        <source>Delete %1 when Windows next restarts?

Use this when neither ending the program nor closing its handle releases the file. Until the restart the file stays as it is, and this can be taken back. An administrator&apos;s approval is needed.</source>
        <translation>Supprimer %1 au prochain redémarrage de Windows ?

À utiliser quand ni l&apos;arrêt du programme ni la fermeture de son handle ne libèrent le fichier. Jusqu&apos;au redémarrage le fichier reste tel quel, et cela peut être annulé. L&apos;accord d&apos;un administrateur est nécessaire.</translation>
    </message>
    <message>
        <source>Replace %1 with %2 when Windows next restarts?

Use this when neither ending the program nor closing its handle releases the file. %2 is moved into its place; until the restart both stay as they are, and this can be taken back. An administrator&apos;s approval is needed.</source>
        <translation>Remplacer %1 par %2 au prochain redémarrage de Windows ?

À utiliser quand ni l&apos;arrêt du programme ni la fermeture de son handle ne libèrent le fichier. %2 est déplacé à sa place ; jusqu&apos;au redémarrage les deux restent tels quels, et cela peut être annulé. L&apos;accord d&apos;un administrateur est nécessaire.</translation>
    </message>
    <message>
        <source>Change %1 at the next restart?</source>
        <translation>Modifier %1 au prochain redémarrage ?</translation>
    </message>
    <message>
        <source>At the next restart</source>
        <translation>Au prochain redémarrage</translation>
    </message>
    <message>
        <source>Keep &amp;it at restart</source>
        <translation>Con&amp;server au redémarrage</translation>
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
        <translation>Le système de fichiers n’a toujours pas répondu. Un partage réseau ne répond peut-être pas ; Annuler arrête l’attente.</translation>
    </message>
    <message>
        <source>Error te&amp;xt</source>
        <translation>Texte de l’&amp;erreur</translation>
    </message>
    <message>
        <source>Paste an error message here, for example:
PermissionError: [Errno 13] Permission denied: &apos;/srv/report.csv&apos;</source>
        <translation>Collez ici un message d’erreur, par exemple :
PermissionError: [Errno 13] Permission denied: &apos;/srv/report.csv&apos;</translation>
    </message>
    <message>
        <source>Error text</source>
        <translation>Texte de l’erreur</translation>
    </message>
    <message>
        <source>Paste the error message; the paths in it are checked</source>
        <translation>Collez le message d’erreur ; les chemins qu’il contient sont vérifiés</translation>
    </message>
    <message>
        <source>Found several &amp;paths; choose one to check:</source>
        <translation>&amp;Plusieurs chemins trouvés ; choisissez celui à vérifier :</translation>
    </message>
    <message>
        <source>Paths found</source>
        <translation>Chemins trouvés</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Opération :</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>What the program tried to do; changing it checks again</source>
        <translation>Ce que le programme a tenté de faire ; la modifier relance la vérification</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Choose a file to check (Ctrl+O)</source>
        <translation>Choisir un fichier à vérifier (Ctrl+O)</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Copy the diagnosis as Markdown, for a support ticket</source>
        <translation>Copier le diagnostic en Markdown, pour une demande d’assistance</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <source>Stop waiting for this check (Esc)</source>
        <translation>Ne plus attendre cette vérification (Échap)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Checked path</source>
        <translation>Chemin vérifié</translation>
    </message>
    <message>
        <source>The kernel&apos;s answer</source>
        <translation>La réponse du noyau</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Causes probables</translation>
    </message>
    <message>
        <source>Path, component by component</source>
        <translation>Chemin, élément par élément</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Récents</translation>
    </message>
    <message>
        <source>Cop&amp;y report</source>
        <translation>Cop&amp;ier le rapport</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
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
        <source>&amp;Paste error text</source>
        <translation>&amp;Coller le texte de l’erreur</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About WhyDenied</source>
        <translation>À &amp;propos de WhyDenied</translation>
    </message>
    <message>
        <source>About WhyDenied</source>
        <translation>À propos de WhyDenied</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;WhyDenied&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Explains “Permission denied” errors: which component of the path stops you, why, and what would change it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;WhyDenied&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Explique les erreurs « Permission non accordée » : quel élément du chemin vous bloque, pourquoi, et ce qui changerait la situation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No file or folder path was found in this text. Drop the file itself, or choose it with Ctrl+O.</source>
        <translation>Aucun chemin de fichier ou de dossier n’a été trouvé dans ce texte. Déposez le fichier lui-même, ou choisissez-le avec Ctrl+O.</translation>
    </message>
    <message>
        <source>%1 path</source>
        <translation>chemin %1</translation>
    </message>
    <message>
        <source>%1 is a %2 path. It must be diagnosed on the %2 machine where the error happened: run WhyDenied there.</source>
        <translation>%1 est un chemin %2. Il doit être diagnostiqué sur la machine %2 où l’erreur s’est produite : lancez WhyDenied là-bas.</translation>
    </message>
    <message>
        <source>This path is on another computer</source>
        <translation>Ce chemin se trouve sur un autre ordinateur</translation>
    </message>
    <message>
        <source>The error names a relative path; it is checked in %1, which may not be the folder the program ran in.</source>
        <translation>L’erreur indique un chemin relatif ; il est vérifié dans %1, qui n’est peut-être pas le dossier où le programme s’exécutait.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Checking %1…  %2</source>
        <translation>Vérification de %1…  %2</translation>
    </message>
    <message>
        <source>%1 — WhyDenied</source>
        <translation>%1 — WhyDenied</translation>
    </message>
    <message>
        <source>The kernel allows it now (%1).</source>
        <translation>Le noyau l’autorise maintenant (%1).</translation>
    </message>
    <message>
        <source>The kernel answers %1 to %2.</source>
        <translation>Le noyau répond %1 à %2.</translation>
    </message>
    <message>
        <source>Part of the answer is computed, not asked.</source>
        <translation>Une partie de la réponse est calculée, pas demandée au système.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Gave up waiting for %1</source>
        <translation>Abandon de l’attente de %1</translation>
    </message>
    <message>
        <source>The check was cancelled. If the file is on a network share that is not answering, the check may still be stuck in the background; it cannot harm anything.</source>
        <translation>La vérification a été annulée. Si le fichier se trouve sur un partage réseau qui ne répond pas, la vérification peut encore être bloquée en arrière-plan ; elle ne peut rien endommager.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Why was it denied?</source>
        <translation>Pourquoi l’accès a-t-il été refusé ?</translation>
    </message>
    <message>
        <source>Drop the file or folder that gave the error, or paste the error message.</source>
        <translation>Déposez le fichier ou le dossier qui a causé l’erreur, ou collez le message d’erreur.</translation>
    </message>
    <message>
        <source>The likely causes will appear here, most likely first, each with the change that would fix it.</source>
        <translation>Les causes probables apparaîtront ici, la plus probable en premier, chacune avec la modification qui résoudrait le problème.</translation>
    </message>
    <message>
        <source>Command copied to the clipboard</source>
        <translation>Commande copiée dans le presse-papiers</translation>
    </message>
    <message>
        <source>No permission problem here. Check that the program uses this exact path, that it runs as you (not as a service user or in a container), and on this computer.</source>
        <translation>Aucun problème de permission ici. Vérifiez que le programme utilise exactement ce chemin, qu’il s’exécute sous votre compte (pas sous un utilisateur de service ni dans un conteneur), et sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This input could not be checked.</source>
        <translation>Cette saisie n’a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>Choose the file that gave the error</source>
        <translation>Choisissez le fichier qui a causé l’erreur</translation>
    </message>
    <message>
        <source>Choose the folder that gave the error</source>
        <translation>Choisissez le dossier qui a causé l’erreur</translation>
    </message>
    <message>
        <source>Report copied to the clipboard</source>
        <translation>Rapport copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>whydenied-%1.md</source>
        <translation>whydenied-%1.md</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;Texte (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Le rapport n’a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
    <message>
        <source>Audit everything inside…</source>
        <translation>Auditer tout son contenu…</translation>
    </message>
    <message>
        <source>Check every file and folder beneath this folder, grouped by cause</source>
        <translation>Vérifier chaque fichier et dossier sous ce dossier, regroupés par cause</translation>
    </message>
    <message>
        <source>Audit of %1 — WhyDenied</source>
        <translation>Audit de %1 — WhyDenied</translation>
    </message>
    <message>
        <source>Show programs using it</source>
        <translation>Afficher les programmes qui l’utilisent</translation>
    </message>
    <message>
        <source>List the processes that have this file open, mapped or locked</source>
        <translation>Lister les processus qui ont ce fichier ouvert, projeté en mémoire ou verrouillé</translation>
    </message>
    <message>
        <source>Programs using it</source>
        <translation>Programmes qui l’utilisent</translation>
    </message>
    <message>
        <source>(no path)</source>
        <translation>(aucun chemin)</translation>
    </message>
    <message>
        <source>The message names no file or folder.</source>
        <translation>Le message ne nomme aucun fichier ni dossier.</translation>
    </message>
    <message>
        <source>This is not about a file on this computer</source>
        <translation>Il ne s’agit pas d’un fichier de cet ordinateur</translation>
    </message>
    <message>
        <source>Nothing on this computer was checked; the advice below comes from the message.</source>
        <translation>Rien n’a été vérifié sur cet ordinateur ; les conseils ci-dessous viennent du message.</translation>
    </message>
    <message>
        <source>Cannot apply this fix</source>
        <translation>Impossible d’appliquer cette correction</translation>
    </message>
    <message>
        <source>Open &amp;audit log…</source>
        <translation>Ouvrir un journal d’&amp;audit…</translation>
    </message>
    <message>
        <source>Open the audit log that recorded the denial</source>
        <translation>Ouvrir le journal d’audit qui a enregistré le refus</translation>
    </message>
    <message>
        <source>%1 could not be read as an audit log.</source>
        <translation>%1 n’a pas pu être lu comme journal d’audit.</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>Journal d’audit : %1</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Ask the system again (F5), after you changed something yourself</source>
        <translation>Interroger à nouveau le système (F5), après avoir changé quelque chose vous-même</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Au&amp;dit a folder…</source>
        <translation>Audi&amp;ter un dossier…</translation>
    </message>
    <message>
        <source>Audit a folder</source>
        <translation>Auditer un dossier</translation>
    </message>
    <message>
        <source>Anything denied?</source>
        <translation>Quelque chose est-il refusé ?</translation>
    </message>
    <message>
        <source>create inside</source>
        <translation>créer dedans</translation>
    </message>
    <message>
        <source>%1: allowed</source>
        <translation>%1 : autorisé</translation>
    </message>
    <message>
        <source>%1: denied</source>
        <translation>%1 : refusé</translation>
    </message>
    <message>
        <source>%1: denied (%2)</source>
        <translation>%1 : refusé (%2)</translation>
    </message>
    <message>
        <source>%1: unknown</source>
        <translation>%1 : inconnu</translation>
    </message>
    <message>
        <source>Checked: %1.</source>
        <translation>Vérifié : %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Computed from the facts, not asked of the kernel: %1 (%2).</source>
        <translation>Calculé d’après les faits, sans interroger le noyau : %1 (%2).</translation>
    </message>
    <message>
        <source>Computed from the facts, not asked of the kernel: allowed (%1).</source>
        <translation>Calculé d’après les faits, sans interroger le noyau : autorisé (%1).</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Corrigé : %1</translation>
    </message>
    <message>
        <source>Fix all (%1 steps)</source>
        <translation>Tout corriger (%1 étapes)</translation>
    </message>
    <message>
        <source>(administrator)</source>
        <translation>(administrateur)</translation>
    </message>
    <message>
        <source>Fix all</source>
        <translation>Tout corriger</translation>
    </message>
    <message>
        <source>Apply these %1 steps? Those marked (administrator) ask for the password once, together.</source>
        <translation>Appliquer ces %1 étapes ? Celles marquées (administrateur) demandent le mot de passe une seule fois, ensemble.</translation>
    </message>
    <message>
        <source>Undo all</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <source>Read the system audit log as admi&amp;nistrator…</source>
        <translation>Lire le journal d’audit du système en tant qu’admi&amp;nistrateur…</translation>
    </message>
    <message>
        <source>Reading the system audit log…</source>
        <translation>Lecture du journal d’audit du système…</translation>
    </message>
    <message>
        <source>The system audit log was not read: %1</source>
        <translation>Le journal d’audit du système n’a pas été lu : %1</translation>
    </message>
    <message>
        <source>The system audit log has no record of %1</source>
        <translation>Le journal d’audit du système ne contient aucun enregistrement de %1</translation>
    </message>
    <message>
        <source>Audit log: the system&apos;s records of %1</source>
        <translation>Journal d’audit : les enregistrements du système pour %1</translation>
    </message>
</context>
<context>
    <name>wdgui::PathChainModel</name>
    <message>
        <source>access stops here</source>
        <translation>l’accès s’arrête ici</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>cannot be inspected (%1)</source>
        <translation>ne peut pas être examiné (%1)</translation>
    </message>
    <message>
        <source>immutable</source>
        <translation>immuable</translation>
    </message>
    <message>
        <source>append-only</source>
        <translation>ajout seul</translation>
    </message>
    <message>
        <source>has an ACL</source>
        <translation>a une ACL</translation>
    </message>
    <message>
        <source>mount point</source>
        <translation>point de montage</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>wdgui::SubjectSelector</name>
    <message>
        <source>Chec&amp;k for:</source>
        <translation>&amp;Vérifier pour :</translation>
    </message>
    <message>
        <source>Check for</source>
        <translation>Vérifier pour</translation>
    </message>
    <message>
        <source>Whose access to check: yours, another user&apos;s (a web server&apos;s, say), a running program&apos;s or a service&apos;s</source>
        <translation>L’accès de qui vérifier : le vôtre, celui d’un autre utilisateur (un serveur web, par exemple), d’un programme en cours d’exécution ou d’un service</translation>
    </message>
    <message>
        <source>me</source>
        <translation>moi</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <source>a running program</source>
        <translation>un programme en cours d’exécution</translation>
    </message>
    <message>
        <source>a service</source>
        <translation>un service</translation>
    </message>
    <message>
        <source>user name or uid, e.g. www-data</source>
        <translation>nom d’utilisateur ou UID, p. ex. www-data</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>process id, e.g. 1234</source>
        <translation>identifiant de processus, p. ex. 1234</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>Identifiant de processus</translation>
    </message>
    <message>
        <source>service name, e.g. nginx</source>
        <translation>nom du service, p. ex. nginx</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nom du service</translation>
    </message>
</context>
<context>
    <name>whydenied</name>
    <message>
        <source>%1 (pid 1) starts and supervises everything else; ending it would stop the system.</source>
        <translation>%1 (PID 1) démarre et supervise tout le reste ; le terminer arrêterait le système.</translation>
    </message>
    <message>
        <source>%1 (pid %2) is this program itself.</source>
        <translation>%1 (PID %2) est ce programme lui-même.</translation>
    </message>
    <message>
        <source>%1 (pid %2) is part of the kernel and cannot be ended.</source>
        <translation>%1 (PID %2) fait partie du noyau et ne peut pas être terminé.</translation>
    </message>
    <message>
        <source>%1 (pid %2) belongs to %3; only they or an administrator may end it.</source>
        <translation>%1 (PID %2) appartient à %3 ; seul cet utilisateur ou un administrateur peut le terminer.</translation>
    </message>
    <message>
        <source>Process %2 is no longer %1: it has ended and the number now belongs to another program. Refresh the list.</source>
        <translation>Le processus %2 n’est plus %1 : il s’est terminé et ce numéro appartient maintenant à un autre programme. Actualisez la liste.</translation>
    </message>
    <message>
        <source>Ending processes is not supported on this system yet.</source>
        <translation>Terminer des processus n’est pas encore pris en charge sur ce système.</translation>
    </message>
    <message>
        <source>%1 could not be checked</source>
        <translation>%1 n’a pas pu être vérifié</translation>
    </message>
    <message>
        <source>You can %1 %2 — the error must come from somewhere else</source>
        <translation>Accès possible à %2 (%1) — l’erreur doit venir d’ailleurs</translation>
    </message>
    <message>
        <source>You cannot %1 %2</source>
        <translation>Accès impossible à %2 (%1)</translation>
    </message>
    <message>
        <source>Whether you can %1 %2 is unknown</source>
        <translation>Impossible de savoir si l’accès à %2 est possible (%1)</translation>
    </message>
    <message>
        <source>The ACL mask of %1 takes the right away</source>
        <translation>Le masque de l’ACL de %1 retire ce droit</translation>
    </message>
    <message>
        <source>%1 has an access control list. Your entry (%2) would allow it, but the ACL&apos;s mask limits every named entry and group to %3.</source>
        <translation>%1 a une liste de contrôle d’accès (ACL). Votre entrée (%2) l’autoriserait, mais le masque de l’ACL limite chaque entrée nommée et chaque groupe à %3.</translation>
    </message>
    <message>
        <source>An ACL entry on %1 limits you</source>
        <translation>Une entrée de l’ACL de %1 vous limite</translation>
    </message>
    <message>
        <source>%1 has an access control list with an entry that matches you (%2). It does not include %3, and the ACL takes precedence over the ordinary group and other permissions.</source>
        <translation>%1 a une liste de contrôle d’accès (ACL) avec une entrée qui vous concerne (%2). Elle ne comprend pas %3, et l’ACL prime sur les permissions ordinaires du groupe et des autres.</translation>
    </message>
    <message>
        <source>Widen the ACL mask</source>
        <translation>Élargir le masque de l’ACL</translation>
    </message>
    <message>
        <source>Lets the ACL mask of %1 include %2.</source>
        <translation>Fait entrer %2 dans le masque de l’ACL de %1.</translation>
    </message>
    <message>
        <source>%1 is append-only</source>
        <translation>%1 est en ajout seul</translation>
    </message>
    <message>
        <source>%1 carries the append-only attribute (chattr +a): data may be added at the end, but it cannot be overwritten, truncated, deleted or renamed. Log files are often protected this way.</source>
        <translation>%1 porte l’attribut « ajout seul » (chattr +a) : on peut ajouter des données à la fin, mais on ne peut ni l’écraser, ni le tronquer, ni le supprimer, ni le renommer. Les fichiers journaux sont souvent protégés ainsi.</translation>
    </message>
    <message>
        <source>Remove the append-only attribute</source>
        <translation>Retirer l’attribut « ajout seul »</translation>
    </message>
    <message>
        <source>Clears the append-only attribute of %1.</source>
        <translation>Efface l’attribut « ajout seul » de %1.</translation>
    </message>
    <message>
        <source>Only the owner of %1 may change its permissions</source>
        <translation>Seul le propriétaire de %1 peut en modifier les permissions</translation>
    </message>
    <message>
        <source>Changing the owner of %1 needs administrator rights</source>
        <translation>Changer le propriétaire de %1 nécessite les droits d’administrateur</translation>
    </message>
    <message>
        <source>%1 belongs to %2. Only its owner, or an administrator, may change its permissions; no permission bit grants that.</source>
        <translation>%1 appartient à %2. Seul son propriétaire, ou un administrateur, peut en modifier les permissions ; aucun bit de permission ne l’accorde.</translation>
    </message>
    <message>
        <source>Giving a file to another user needs the CAP_CHOWN privilege, which ordinary users do not have, whatever the permissions of %1.</source>
        <translation>Donner un fichier à un autre utilisateur nécessite le privilège CAP_CHOWN, que les utilisateurs ordinaires n’ont pas, quelles que soient les permissions de %1.</translation>
    </message>
    <message>
        <source>%1 is only a placeholder for a file in the cloud</source>
        <translation>%1 n’est qu’un espace réservé pour un fichier dans le cloud</translation>
    </message>
    <message>
        <source>The file&apos;s contents are not on this computer (OneDrive Files On-Demand or a similar sync app). They are downloaded when a program opens it, which fails when the sync app is not running, signed out, offline, or blocks the program. Start the sync app, or right-click the file and choose &quot;Always keep on this device&quot;.</source>
        <translation>Le contenu du fichier ne se trouve pas sur cet ordinateur (Fichiers à la demande de OneDrive ou une application de synchronisation similaire). Il est téléchargé quand un programme ouvre le fichier, ce qui échoue si l’application de synchronisation n’est pas lancée, est déconnectée, hors ligne, ou bloque le programme. Lancez l’application de synchronisation, ou cliquez avec le bouton droit sur le fichier et choisissez « Toujours conserver sur cet appareil ».</translation>
    </message>
    <message>
        <source>Keep it on this device</source>
        <translation>Le conserver sur cet appareil</translation>
    </message>
    <message>
        <source>Marks %1 as always available offline, so the sync app downloads it.</source>
        <translation>Marque %1 comme toujours disponible hors connexion, pour que l’application de synchronisation le télécharge.</translation>
    </message>
    <message>
        <source>Changes the permissions of %1 with chmod %2.</source>
        <translation>Modifie les permissions de %1 avec chmod %2.</translation>
    </message>
    <message>
        <source>Grant only you %1 on it (ACL)</source>
        <translation>Vous accorder %1 à vous seul (ACL)</translation>
    </message>
    <message>
        <source>Adds an ACL entry for %1 with %2 to %3; nobody else gains access.</source>
        <translation>Ajoute à %3 une entrée d’ACL pour %1 avec %2 ; personne d’autre n’obtient d’accès.</translation>
    </message>
    <message>
        <source>Take ownership</source>
        <translation>Prendre possession</translation>
    </message>
    <message>
        <source>Makes %1 the owner of %2 (it belongs to %3 now).</source>
        <translation>Fait de %1 le propriétaire de %2 (il appartient actuellement à %3).</translation>
    </message>
    <message>
        <source>Work on a copy you own</source>
        <translation>Travailler sur une copie qui vous appartient</translation>
    </message>
    <message>
        <source>Copies %1 to a folder of yours (%2), writable for you only; the original stays as it is.</source>
        <translation>Copie %1 dans un de vos dossiers (%2), accessible en écriture à vous seul ; l’original reste tel quel.</translation>
    </message>
    <message>
        <source>Only an elevated (administrator) program may %1 %2</source>
        <translation>Seul un programme élevé (administrateur) peut accéder à %2 (%1)</translation>
    </message>
    <message>
        <source>Your account is an administrator, but User Account Control runs programs without those rights until you confirm. The permissions of %1 let administrators do this; run the program as administrator (right-click, Run as administrator), or work on a copy.</source>
        <translation>Votre compte est administrateur, mais le Contrôle de compte d’utilisateur lance les programmes sans ces droits tant que vous n’avez pas confirmé. Les permissions de %1 autorisent cette opération aux administrateurs ; exécutez le programme en tant qu’administrateur (clic droit, Exécuter en tant qu’administrateur), ou travaillez sur une copie.</translation>
    </message>
    <message>
        <source>Run the program as administrator</source>
        <translation>Exécuter le programme en tant qu’administrateur</translation>
    </message>
    <message>
        <source>Starts the program again with the full administrator token (a UAC prompt appears).</source>
        <translation>Relance le programme avec le jeton administrateur complet (une invite du Contrôle de compte d’utilisateur apparaît).</translation>
    </message>
    <message>
        <source>%1 is in use by %2</source>
        <translation>%1 est utilisé par %2</translation>
    </message>
    <message>
        <source>Another program has it open or locked, and the system refuses while it does. Close it in that program (or close the program), then try again.</source>
        <translation>Un autre programme l’a ouvert ou verrouillé, et le système refuse tant que c’est le cas. Fermez-le dans ce programme (ou fermez le programme), puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is locked by %2</source>
        <translation>%1 est verrouillé par %2</translation>
    </message>
    <message>
        <source>The system itself would allow this, but the file carries a lock. Programs that respect locks (office suites, databases, package managers) wait or refuse until %1 releases it.</source>
        <translation>Le système lui-même l’autoriserait, mais le fichier porte un verrou. Les programmes qui respectent les verrous (suites bureautiques, bases de données, gestionnaires de paquets) attendent ou refusent jusqu’à ce que %1 le libère.</translation>
    </message>
    <message>
        <source>The group %1 may not %2 %3</source>
        <translation>Le groupe %1 n’a pas accès à %3 (%2)</translation>
    </message>
    <message>
        <source>%1 belongs to %2 and the group %3, which you are in. The group&apos;s permissions are %4: %5 is not among them.</source>
        <translation>%1 appartient à %2 et au groupe %3, dont vous faites partie. Les permissions du groupe sont %4 : %5 n’en fait pas partie.</translation>
    </message>
    <message>
        <source>Give the group %1 this right</source>
        <translation>Donner ce droit au groupe %1</translation>
    </message>
    <message>
        <source>You were added to the group %1, but this session does not have it yet</source>
        <translation>Vous avez été ajouté au groupe %1, mais cette session ne l’a pas encore</translation>
    </message>
    <message>
        <source>The account database lists you in %1, which would allow this, but group membership is read when you log in. Programs started before you were added still run without it. Log out and back in, or start the program from `newgrp %1` or `sg %1 -c …`.</source>
        <translation>La base des comptes vous inscrit dans %1, ce qui autoriserait l’opération, mais l’appartenance aux groupes est lue à la connexion. Les programmes lancés avant votre ajout s’exécutent encore sans elle. Déconnectez-vous puis reconnectez-vous, ou lancez le programme depuis `newgrp %1` ou `sg %1 -c …`.</translation>
    </message>
    <message>
        <source>Start a shell with the group %1 active</source>
        <translation>Lancer un shell avec le groupe %1 actif</translation>
    </message>
    <message>
        <source>Nothing on disk changes. Only a new login (or newgrp) picks up the group.</source>
        <translation>Rien ne change sur le disque. Seule une nouvelle connexion (ou newgrp) prend en compte le groupe.</translation>
    </message>
    <message>
        <source>%1 is marked immutable</source>
        <translation>%1 est marqué immuable</translation>
    </message>
    <message>
        <source>%1 carries the immutable attribute (chattr +i). While it is set nobody, not even an administrator, can change, delete or rename it. Someone set it on purpose: make sure it may be lifted.</source>
        <translation>%1 porte l’attribut « immuable » (chattr +i). Tant qu’il est posé, personne, pas même un administrateur, ne peut le modifier, le supprimer ou le renommer. Quelqu’un l’a posé exprès : assurez-vous qu’il peut être levé.</translation>
    </message>
    <message>
        <source>Remove the immutable attribute</source>
        <translation>Retirer l’attribut « immuable »</translation>
    </message>
    <message>
        <source>Clears the immutable attribute of %1; its contents and permissions stay.</source>
        <translation>Efface l’attribut « immuable » de %1 ; son contenu et ses permissions restent inchangés.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>The program tried to open a folder as if it were a file. Use a file inside it, or a call meant for folders (for example shutil.rmtree or os.scandir in Python).</source>
        <translation>Le programme a tenté d’ouvrir un dossier comme s’il s’agissait d’un fichier. Utilisez un fichier qu’il contient, ou un appel prévu pour les dossiers (par exemple shutil.rmtree ou os.scandir en Python).</translation>
    </message>
    <message>
        <source>SELinux policy denies this</source>
        <translation>La politique SELinux refuse cette opération</translation>
    </message>
    <message>
        <source>A security policy (AppArmor) denies this</source>
        <translation>Une politique de sécurité (AppArmor) refuse cette opération</translation>
    </message>
    <message>
        <source>The permissions allow it, but SELinux is enforcing and the kernel still says no. Look for an AVC denial (`ausearch -m avc -ts recent`); a wrong label is often fixed with `restorecon`.</source>
        <translation>Les permissions l’autorisent, mais SELinux est en mode « enforcing » et le noyau refuse quand même. Cherchez un refus AVC (`ausearch -m avc -ts recent`) ; une mauvaise étiquette se corrige souvent avec `restorecon`.</translation>
    </message>
    <message>
        <source>The permissions allow it, but the kernel still says no and AppArmor is active. Look for DENIED lines in the kernel log (`journalctl -k | grep apparmor`).</source>
        <translation>Les permissions l’autorisent, mais le noyau refuse quand même et AppArmor est actif. Cherchez des lignes DENIED dans le journal du noyau (`journalctl -k | grep apparmor`).</translation>
    </message>
    <message>
        <source>Restore the SELinux label (administrator)</source>
        <translation>Restaurer l’étiquette SELinux (administrateur)</translation>
    </message>
    <message>
        <source>Show the AppArmor denials (administrator)</source>
        <translation>Afficher les refus d’AppArmor (administrateur)</translation>
    </message>
    <message>
        <source>Shown for an administrator; WhyDenied does not change security policy.</source>
        <translation>Affiché pour un administrateur ; WhyDenied ne modifie pas la politique de sécurité.</translation>
    </message>
    <message>
        <source>%1 is on %2, where the server decides</source>
        <translation>%1 se trouve sur %2, où le serveur décide</translation>
    </message>
    <message>
        <source>%1 is a %2 filesystem from %3. Access there is decided by the server or the FUSE program, which may map your user differently (NFS root squash, SMB credentials, a FUSE mount without allow_other), so the permissions shown here are not the whole story.</source>
        <translation>%1 est un système de fichiers %2 provenant de %3. L’accès y est décidé par le serveur ou le programme FUSE, qui peut associer votre utilisateur autrement (NFS root squash, identifiants SMB, montage FUSE sans allow_other) : les permissions affichées ici ne disent donc pas tout.</translation>
    </message>
    <message>
        <source>Show the mount to the server&apos;s administrator</source>
        <translation>Montrer le montage à l’administrateur du serveur</translation>
    </message>
    <message>
        <source>Shown for an administrator: the fix is on the server (exports, share permissions, uid mapping) or in the mount options; WhyDenied does not remount filesystems.</source>
        <translation>Affiché pour un administrateur : la correction se fait sur le serveur (exports, permissions du partage, correspondance des UID) ou dans les options de montage ; WhyDenied ne remonte pas les systèmes de fichiers.</translation>
    </message>
    <message>
        <source>Programs cannot run from %1</source>
        <translation>Les programmes ne peuvent pas s’exécuter depuis %1</translation>
    </message>
    <message>
        <source>The filesystem at %1 is mounted with noexec, so nothing on it can be executed, whatever its permissions. Run a script through its interpreter (for example `sh %2`), or copy the program to a normal location.</source>
        <translation>Le système de fichiers en %1 est monté avec noexec : rien ne peut y être exécuté, quelles que soient les permissions. Lancez un script via son interpréteur (par exemple `sh %2`), ou copiez le programme dans un emplacement normal.</translation>
    </message>
    <message>
        <source>Remount with exec (administrator)</source>
        <translation>Remonter avec exec (administrateur)</translation>
    </message>
    <message>
        <source>Shown for an administrator; WhyDenied does not remount filesystems.</source>
        <translation>Affiché pour un administrateur ; WhyDenied ne remonte pas les systèmes de fichiers.</translation>
    </message>
    <message>
        <source>%1 belongs to %2</source>
        <translation>%1 appartient à %2</translation>
    </message>
    <message>
        <source>%1 is owned by %2 and the group %3, and you are neither. Everyone else gets %4: %5 is not among them.</source>
        <translation>%1 appartient à %2 et au groupe %3, et vous n’êtes ni l’un ni l’autre. Tous les autres ont %4 : %5 n’en fait pas partie.</translation>
    </message>
    <message>
        <source>Join the group %1</source>
        <translation>Rejoindre le groupe %1</translation>
    </message>
    <message>
        <source>Adds you to the group %1 in the account database. It applies to programs started after you log in again, or from a shell started with `newgrp %1` or `sg %1 -c …`; programs already running, this one included, keep their old groups until then.</source>
        <translation>Vous ajoute au groupe %1 dans la base des comptes. Cela s’applique aux programmes lancés après votre prochaine connexion, ou depuis un shell lancé avec `newgrp %1` ou `sg %1 -c …` ; les programmes déjà lancés, y compris celui-ci, gardent leurs anciens groupes d’ici là.</translation>
    </message>
    <message>
        <source>You own %1, but its permissions do not allow you to %2 it</source>
        <translation>%1 vous appartient, mais ses permissions ne le permettent pas (%2)</translation>
    </message>
    <message>
        <source>The file is yours, yet its owner permissions are %1: %2 is not among them. This usually means it was marked read-only (or, for a program, never made executable).</source>
        <translation>Le fichier est à vous, mais ses permissions de propriétaire sont %1 : %2 n’en fait pas partie. Cela signifie généralement qu’il a été mis en lecture seule (ou, pour un programme, jamais rendu exécutable).</translation>
    </message>
    <message>
        <source>Make it writable for you</source>
        <translation>Le rendre accessible en écriture pour vous</translation>
    </message>
    <message>
        <source>Make it readable for you</source>
        <translation>Le rendre lisible pour vous</translation>
    </message>
    <message>
        <source>Make it executable for you</source>
        <translation>Le rendre exécutable pour vous</translation>
    </message>
    <message>
        <source>You cannot enter the folder %1</source>
        <translation>Vous ne pouvez pas entrer dans le dossier %1</translation>
    </message>
    <message>
        <source>To reach %1 you must pass through %2, but that folder does not give you search (x) permission. Everything inside it is out of reach, whatever its own permissions say.</source>
        <translation>Pour atteindre %1, il faut passer par %2, mais ce dossier ne vous donne pas la permission de traverser (x). Tout ce qu’il contient est hors de portée, quelles que soient ses propres permissions.</translation>
    </message>
    <message>
        <source>Let yourself enter the folder</source>
        <translation>Vous autoriser à entrer dans le dossier</translation>
    </message>
    <message>
        <source>You cannot change the contents of the folder %1</source>
        <translation>Vous ne pouvez pas modifier le contenu du dossier %1</translation>
    </message>
    <message>
        <source>To %1 an entry in a folder you need write and search permission on the folder itself. %2 belongs to %3 and gives you only %4.</source>
        <translation>Pour créer, supprimer ou renommer une entrée d’un dossier (ici : %1), il faut les permissions d’écriture et de traversée sur le dossier lui-même. %2 appartient à %3 et ne vous accorde que %4.</translation>
    </message>
    <message>
        <source>Make the folder writable for you</source>
        <translation>Rendre le dossier accessible en écriture pour vous</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>This is not a permission problem: %1 does not exist. The nearest folder that does is %2. Check the spelling, or create it first.</source>
        <translation>Ce n’est pas un problème de permission : %1 n’existe pas. Le dossier existant le plus proche est %2. Vérifiez l’orthographe, ou créez-le d’abord.</translation>
    </message>
    <message>
        <source>%1 is on a read-only filesystem</source>
        <translation>%1 se trouve sur un système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>The filesystem mounted at %1 (%2) is read-only, so nothing on it can be changed, whatever the permissions say. Copy the file somewhere writable, or ask an administrator whether it may be mounted read-write.</source>
        <translation>Le système de fichiers monté en %1 (%2) est en lecture seule : rien ne peut y être modifié, quelles que soient les permissions. Copiez le fichier dans un emplacement accessible en écriture, ou demandez à un administrateur s’il peut être monté en lecture-écriture.</translation>
    </message>
    <message>
        <source>Remount read-write (administrator)</source>
        <translation>Remonter en lecture-écriture (administrateur)</translation>
    </message>
    <message>
        <source>%1 has the read-only attribute</source>
        <translation>%1 a l’attribut lecture seule</translation>
    </message>
    <message>
        <source>The file is marked read-only (the attribute shown by attrib and in Properties). Windows refuses to %1 it while the mark is set, whatever the permissions say. Clearing the mark needs only the right to change its attributes.</source>
        <translation>Le fichier est marqué en lecture seule (l’attribut affiché par attrib et dans les Propriétés). Windows refuse cette opération (%1) tant que cette marque est posée, quelles que soient les permissions. Pour l’enlever, il suffit du droit de modifier ses attributs.</translation>
    </message>
    <message>
        <source>ssh refuses the private key %1 because others can read it</source>
        <translation>ssh refuse la clé privée %1 parce que d’autres peuvent la lire</translation>
    </message>
    <message>
        <source>Its mode is %1. ssh (and git over ssh) ignores a private key that anyone but you can read and reports &quot;UNPROTECTED PRIVATE KEY FILE&quot; or &quot;bad permissions&quot;. Make it readable by you alone.</source>
        <translation>Son mode est %1. ssh (et git via ssh) ignore une clé privée que quelqu’un d’autre que vous peut lire, et signale « UNPROTECTED PRIVATE KEY FILE » ou « bad permissions ». Rendez-la lisible par vous seul.</translation>
    </message>
    <message>
        <source>Make the key private (600)</source>
        <translation>Rendre la clé privée (600)</translation>
    </message>
    <message>
        <source>Only %1 may remove %2 from this shared folder</source>
        <translation>Seul %1 peut retirer %2 de ce dossier partagé</translation>
    </message>
    <message>
        <source>%1 has the sticky bit (like /tmp): anyone may add entries, but only the owner of an entry, or of the folder, may delete or rename it. %2 belongs to %3.</source>
        <translation>%1 a le sticky bit (comme /tmp) : tout le monde peut y ajouter des entrées, mais seul le propriétaire d’une entrée, ou du dossier, peut la supprimer ou la renommer. %2 appartient à %3.</translation>
    </message>
    <message>
        <source>Ask %1 (or an administrator) to remove it</source>
        <translation>Demander à %1 (ou à un administrateur) de le retirer</translation>
    </message>
    <message>
        <source>Nothing changes from here: the owner or an administrator runs the command.</source>
        <translation>Rien ne change d’ici : le propriétaire ou un administrateur exécute la commande.</translation>
    </message>
    <message>
        <source>The path loops through symbolic links</source>
        <translation>Le chemin tourne en boucle à travers des liens symboliques</translation>
    </message>
    <message>
        <source>Following the symbolic links in %1 never ends (or needs more than 40 steps), so the system gives up. Point one of the links somewhere else.</source>
        <translation>Suivre les liens symboliques de %1 ne se termine jamais (ou demande plus de 40 étapes), alors le système abandonne. Faites pointer l’un des liens ailleurs.</translation>
    </message>
    <message>
        <source>%1 is a program that is running right now</source>
        <translation>%1 est un programme en cours d’exécution</translation>
    </message>
    <message>
        <source>%1 is a program that is running right now: %2</source>
        <translation>%1 est un programme en cours d’exécution : %2</translation>
    </message>
    <message>
        <source>The system does not let anyone overwrite a program while it runs. Stop the running copy, or write the new version beside it and rename it over the old one (rename is allowed).</source>
        <translation>Le système ne permet à personne d’écraser un programme pendant qu’il s’exécute. Arrêtez la copie en cours, ou écrivez la nouvelle version à côté et renommez-la par-dessus l’ancienne (le renommage est autorisé).</translation>
    </message>
    <message>
        <source>End the running program</source>
        <translation>Terminer le programme en cours</translation>
    </message>
    <message>
        <source>Asks %1 to quit (SIGTERM); unsaved work in it may be lost.</source>
        <translation>Demande à %1 de se fermer (SIGTERM) ; le travail non enregistré peut être perdu.</translation>
    </message>
    <message>
        <source>The system refuses, and none of the usual causes explains it</source>
        <translation>Le système refuse, et aucune des causes habituelles ne l’explique</translation>
    </message>
    <message>
        <source>The kernel answered %1, but the owner, group and other permissions, ACLs, attributes and mount options all allow this. A security module, a container or sandbox, or the server of a network filesystem may be deciding.</source>
        <translation>Le noyau a répondu %1, mais les permissions du propriétaire, du groupe et des autres, les ACL, les attributs et les options de montage autorisent tous l’opération. Un module de sécurité, un conteneur ou un bac à sable, ou le serveur d’un système de fichiers réseau décide peut-être.</translation>
    </message>
    <message>
        <source>Clear the read-only attribute</source>
        <translation>Retirer l’attribut lecture seule</translation>
    </message>
    <message>
        <source>Removes the read-only attribute of %1 (attrib -R).</source>
        <translation>Retire l’attribut lecture seule de %1 (attrib -R).</translation>
    </message>
    <message>
        <source>Grant your account modify rights</source>
        <translation>Accorder à votre compte le droit de modification</translation>
    </message>
    <message>
        <source>Adds an entry to the permissions of %1 that lets %2 read, write and delete it; nobody else gains access.</source>
        <translation>Ajoute aux permissions de %1 une entrée qui permet à %2 de le lire, l’écrire et le supprimer ; personne d’autre n’obtient d’accès.</translation>
    </message>
    <message>
        <source>Remove the deny entry</source>
        <translation>Retirer l’entrée de refus</translation>
    </message>
    <message>
        <source>Removes the entries of %1 that deny %2 access to it.</source>
        <translation>Retire les entrées de %1 qui refusent l’accès à %2.</translation>
    </message>
    <message>
        <source>Makes your account the owner of %1 (it belongs to %2 now). Needs an administrator.</source>
        <translation>Fait de votre compte le propriétaire de %1 (il appartient actuellement à %2). Nécessite un administrateur.</translation>
    </message>
    <message>
        <source>Copies %1 to a folder of yours; the original stays as it is.</source>
        <translation>Copie %1 dans un de vos dossiers ; l’original reste tel quel.</translation>
    </message>
    <message>
        <source>A deny entry in the permissions of %1 blocks you</source>
        <translation>Une entrée de refus dans les permissions de %1 vous bloque</translation>
    </message>
    <message>
        <source>The permissions (ACL) of %1 contain an entry that denies %2 the right to %3. Deny entries win over allow entries, so whatever else grants you access does not count.</source>
        <translation>Les permissions (ACL) de %1 contiennent une entrée qui refuse à %2 ce droit : %3. Les entrées de refus l’emportent sur les entrées d’autorisation : ce qui vous donne accès par ailleurs ne compte pas.</translation>
    </message>
    <message>
        <source>The permissions of %1 do not give you this right</source>
        <translation>Les permissions de %1 ne vous donnent pas ce droit</translation>
    </message>
    <message>
        <source>No entry in the permissions (ACL) of %1 grants your account or any of your groups the right to %2. You have: %3.</source>
        <translation>Aucune entrée des permissions (ACL) de %1 n’accorde à votre compte ni à vos groupes ce droit : %2. Vous avez : %3.</translation>
    </message>
    <message>
        <source>%1 is owned by %2, and its permissions give your account only %3. The owner or an administrator can grant you access, or an administrator can make you the owner.</source>
        <translation>%1 appartient à %2, et ses permissions ne donnent à votre compte que %3. Le propriétaire ou un administrateur peut vous accorder l’accès, ou un administrateur peut faire de vous le propriétaire.</translation>
    </message>
    <message>
        <source>The program tried to open a folder as if it were a file, and Windows answers that with &quot;Access is denied&quot; (Python: PermissionError [Errno 13]). Use a file inside it, or a call meant for folders (os.scandir, shutil.rmtree).</source>
        <translation>Le programme a tenté d’ouvrir un dossier comme s’il s’agissait d’un fichier, et Windows répond « Accès refusé » (Python : PermissionError [Errno 13]). Utilisez un fichier qu’il contient, ou un appel prévu pour les dossiers (os.scandir, shutil.rmtree).</translation>
    </message>
    <message>
        <source>Controlled folder access blocks changes to %1</source>
        <translation>L’accès contrôlé aux dossiers bloque les modifications de %1</translation>
    </message>
    <message>
        <source>Microsoft Defender&apos;s controlled folder access (ransomware protection) is on and %1 is a protected folder: only programs on its allow list may change files there, whatever the permissions say. Allow the program in Windows Security &gt; Virus &amp; threat protection &gt; Ransomware protection, or save somewhere else.</source>
        <translation>L’accès contrôlé aux dossiers de Microsoft Defender (protection contre les ransomwares) est activé et %1 est un dossier protégé : seuls les programmes de sa liste d’autorisation peuvent y modifier des fichiers, quelles que soient les permissions. Autorisez le programme dans Sécurité Windows &gt; Protection contre les virus et menaces &gt; Protection contre les ransomwares, ou enregistrez ailleurs.</translation>
    </message>
    <message>
        <source>Allow the program through controlled folder access</source>
        <translation>Autoriser le programme dans l’accès contrôlé aux dossiers</translation>
    </message>
    <message>
        <source>Adds the program to Defender&apos;s list of apps allowed to change protected folders.</source>
        <translation>Ajoute le programme à la liste Defender des applications autorisées à modifier les dossiers protégés.</translation>
    </message>
    <message>
        <source>Another program has locked part of %1</source>
        <translation>Un autre programme a verrouillé une partie de %1</translation>
    </message>
    <message>
        <source>%1 is being used by another process</source>
        <translation>%1 est utilisé par un autre processus</translation>
    </message>
    <message>
        <source>Another program holds a lock on a region of the file. Windows refuses conflicting reads and writes until it releases the lock or exits.</source>
        <translation>Un autre programme tient un verrou sur une plage du fichier. Windows refuse les lectures et écritures en conflit jusqu’à ce qu’il libère le verrou ou se termine.</translation>
    </message>
    <message>
        <source>Another program has the file open and did not allow others to share it. Close the file in that program (or end the program), then try again.</source>
        <translation>Un autre programme a ouvert le fichier sans permettre aux autres de le partager. Fermez le fichier dans ce programme (ou terminez le programme), puis réessayez.</translation>
    </message>
    <message>
        <source>Unlock it (clear uchg)</source>
        <translation>Le déverrouiller (retirer uchg)</translation>
    </message>
    <message>
        <source>Clears the locked flag of %1 (like unticking &quot;Locked&quot; in Finder&apos;s Get Info); its contents and permissions stay.</source>
        <translation>Retire le drapeau « verrouillé » de %1 (comme décocher « Verrouillé » dans la fenêtre Lire les informations du Finder) ; son contenu et ses permissions restent.</translation>
    </message>
    <message>
        <source>Clear the system immutable flag (administrator)</source>
        <translation>Retirer le drapeau système « immuable » (administrateur)</translation>
    </message>
    <message>
        <source>Clears the system immutable flag of %1 through the macOS administrator prompt. With System Integrity Protection on, macOS may refuse even this.</source>
        <translation>Retire le drapeau système « immuable » de %1 via la demande d’administrateur de macOS. Avec la protection de l’intégrité du système activée, macOS peut refuser même cela.</translation>
    </message>
    <message>
        <source>Clear the append-only flag (uappnd)</source>
        <translation>Retirer le drapeau « ajout seul » (uappnd)</translation>
    </message>
    <message>
        <source>Clears the user append-only flag of %1.</source>
        <translation>Retire le drapeau utilisateur « ajout seul » de %1.</translation>
    </message>
    <message>
        <source>Clear the system append-only flag (administrator)</source>
        <translation>Retirer le drapeau système « ajout seul » (administrateur)</translation>
    </message>
    <message>
        <source>Clears the system append-only flag of %1 through the macOS administrator prompt.</source>
        <translation>Retire le drapeau système « ajout seul » de %1 via la demande d’administrateur de macOS.</translation>
    </message>
    <message>
        <source>Give %1 Full Disk Access in System Settings</source>
        <translation>Donner l’accès complet au disque à %1 dans Réglages Système</translation>
    </message>
    <message>
        <source>Opens System Settings at Privacy &amp; Security &gt; Full Disk Access. Turn it on for %1, then quit and reopen %1: macOS applies it at the next start. Turn it off there to undo.</source>
        <translation>Ouvre Réglages Système à Confidentialité et sécurité &gt; Accès complet au disque. Activez-le pour %1, puis quittez et rouvrez %1 : macOS l’applique au prochain démarrage. Désactivez-le au même endroit pour annuler.</translation>
    </message>
    <message>
        <source>%1 carries the system immutable flag (schg)</source>
        <translation>%1 porte le drapeau système « immuable » (schg)</translation>
    </message>
    <message>
        <source>%1 carries the system immutable flag (schg). While it is set nobody can change, delete or rename it, an administrator included. Only an administrator can clear it, and with System Integrity Protection on, macOS refuses to clear it at all (chflags then fails with &quot;Operation not permitted&quot;); it can then only be cleared from Recovery.</source>
        <translation>%1 porte le drapeau système « immuable » (schg). Tant qu’il est présent, personne ne peut le modifier, le supprimer ni le renommer, pas même un administrateur. Seul un administrateur peut le retirer, et avec la protection de l’intégrité du système activée, macOS refuse de le retirer (chflags échoue alors avec « Operation not permitted ») ; il ne peut alors être retiré que depuis la récupération.</translation>
    </message>
    <message>
        <source>%1 is locked (uchg)</source>
        <translation>%1 est verrouillé (uchg)</translation>
    </message>
    <message>
        <source>%1 carries the user immutable flag (uchg), which Finder shows as &quot;Locked&quot; in Get Info. While it is set nobody can change, delete or rename it. Its owner can clear it.</source>
        <translation>%1 porte le drapeau utilisateur « immuable » (uchg), que le Finder affiche comme « Verrouillé » dans Lire les informations. Tant qu’il est présent, personne ne peut le modifier, le supprimer ni le renommer. Son propriétaire peut le retirer.</translation>
    </message>
    <message>
        <source>%1 is append-only (sappnd)</source>
        <translation>%1 est en ajout seul (sappnd)</translation>
    </message>
    <message>
        <source>%1 is append-only (uappnd)</source>
        <translation>%1 est en ajout seul (uappnd)</translation>
    </message>
    <message>
        <source>%1 carries an append-only flag (%2): data may be added at the end, but it cannot be overwritten, truncated, deleted or renamed.</source>
        <translation>%1 porte un drapeau « ajout seul » (%2) : des données peuvent être ajoutées à la fin, mais il ne peut être ni écrasé, ni tronqué, ni supprimé, ni renommé.</translation>
    </message>
    <message>
        <source>An ACL entry on %1 denies you</source>
        <translation>Une entrée d’ACL sur %1 vous refuse l’accès</translation>
    </message>
    <message>
        <source>%1 has an access control list with a deny entry that matches you (%2). macOS applies ACL entries before the ordinary permissions, so it refuses %3 whatever the mode bits say.</source>
        <translation>%1 a une liste de contrôle d’accès avec une entrée de refus qui vous concerne (%2). macOS applique les entrées d’ACL avant les permissions ordinaires ; il refuse donc %3 quels que soient les bits de mode.</translation>
    </message>
    <message>
        <source>Remove the deny entry from the ACL</source>
        <translation>Retirer l’entrée de refus de l’ACL</translation>
    </message>
    <message>
        <source>Removes &quot;%1&quot; from the access control list of %2.</source>
        <translation>Retire « %1 » de la liste de contrôle d’accès de %2.</translation>
    </message>
    <message>
        <source>System Integrity Protection guards %1</source>
        <translation>La protection de l’intégrité du système protège %1</translation>
    </message>
    <message>
        <source>%1 is protected by System Integrity Protection (SIP). macOS lets no one change it, an administrator included: it belongs to the operating system and is replaced by updates. Work on a copy elsewhere instead.</source>
        <translation>%1 est protégé par la protection de l’intégrité du système (SIP). macOS ne laisse personne le modifier, pas même un administrateur : il appartient au système d’exploitation et est remplacé par les mises à jour. Travaillez plutôt sur une copie ailleurs.</translation>
    </message>
    <message>
        <source>The App Sandbox keeps this program away from %1</source>
        <translation>Le bac à sable des apps tient ce programme à l’écart de %1</translation>
    </message>
    <message>
        <source>This program runs in the macOS App Sandbox. It may only use its own container and the files you choose in an Open or Save dialog; the permissions of %1 do not matter. Open the file through the program&apos;s Open dialog, or drag it onto the program.</source>
        <translation>Ce programme s’exécute dans le bac à sable des apps de macOS. Il ne peut utiliser que son propre conteneur et les fichiers que vous choisissez dans une zone de dialogue Ouvrir ou Enregistrer ; les permissions de %1 n’y changent rien. Ouvrez le fichier par la zone de dialogue Ouvrir du programme, ou déposez-le sur le programme.</translation>
    </message>
    <message>
        <source>macOS privacy protection (TCC) blocks access to %1</source>
        <translation>La protection de la confidentialité de macOS (TCC) bloque l’accès à %1</translation>
    </message>
    <message>
        <source>%1 lies in %2, which macOS privacy protection (TCC) guards. The permissions allow it, but %3 has not been given access, so macOS answers &quot;Operation not permitted&quot;. TCC judges the app that started the command (%3), not the command itself.</source>
        <translation>%1 se trouve dans %2, que la protection de la confidentialité de macOS (TCC) garde. Les permissions l’autorisent, mais %3 n’a pas reçu l’accès ; macOS répond donc « Operation not permitted ». TCC juge l’app qui a lancé la commande (%3), pas la commande elle-même.</translation>
    </message>
    <message>
        <source>%1 is quarantined as a download</source>
        <translation>%1 est en quarantaine comme téléchargement</translation>
    </message>
    <message>
        <source>%1 carries the quarantine attribute (com.apple.quarantine, set by %2). Gatekeeper checks such programs when they start and blocks those it cannot verify. If you trust where it came from, remove the attribute, or open it once with Control-click &gt; Open.</source>
        <translation>%1 porte l’attribut de quarantaine (com.apple.quarantine, posé par %2). Gatekeeper vérifie ces programmes à leur lancement et bloque ceux qu’il ne peut pas vérifier. Si vous faites confiance à leur provenance, retirez l’attribut, ou ouvrez-le une fois avec Contrôle-clic &gt; Ouvrir.</translation>
    </message>
    <message>
        <source>Remove the quarantine attribute</source>
        <translation>Retirer l’attribut de quarantaine</translation>
    </message>
    <message>
        <source>Removes com.apple.quarantine from %1, so Gatekeeper no longer treats it as a fresh download. Only do this for software you trust.</source>
        <translation>Retire com.apple.quarantine de %1, pour que Gatekeeper ne le traite plus comme un téléchargement récent. Ne le faites que pour un logiciel de confiance.</translation>
    </message>
    <message>
        <source>The server refused your ssh key: this is not a file permission</source>
        <translation>Le serveur a refusé votre clé ssh : ce n’est pas une permission de fichier</translation>
    </message>
    <message>
        <source>&quot;Permission denied (publickey)&quot; comes from the remote server: none of the keys ssh offered is accepted for that account. Check which keys your agent holds (ssh-add -l), that the public key is registered for the account (GitHub, GitLab, authorized_keys), and the user name in the address. ssh -v shows which keys were tried.</source>
        <translation>« Permission denied (publickey) » vient du serveur distant : aucune des clés proposées par ssh n’est acceptée pour ce compte. Vérifiez quelles clés votre agent détient (ssh-add -l), que la clé publique est enregistrée pour le compte (GitHub, GitLab, authorized_keys), et le nom d’utilisateur dans l’adresse. ssh -v montre quelles clés ont été essayées.</translation>
    </message>
    <message>
        <source>See which keys ssh offers</source>
        <translation>Voir quelles clés ssh propose</translation>
    </message>
    <message>
        <source>Connects with verbose output; nothing changes.</source>
        <translation>Se connecte avec une sortie détaillée ; rien n’est modifié.</translation>
    </message>
    <message>
        <source>Load your key into the agent</source>
        <translation>Charger votre clé dans l’agent</translation>
    </message>
    <message>
        <source>Adds your default private key to the running ssh-agent.</source>
        <translation>Ajoute votre clé privée par défaut à l’agent ssh en cours d’exécution.</translation>
    </message>
    <message>
        <source>git refuses a repository owned by another user</source>
        <translation>git refuse un dépôt qui appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>Since git 2.35.2 git will not work in a repository whose folder belongs to someone else, because its hooks and config could run code as you. Either give the folder to yourself, or, if you trust its owner, mark it safe for git.</source>
        <translation>Depuis git 2.35.2, git refuse de travailler dans un dépôt dont le dossier appartient à quelqu’un d’autre, car ses hooks et sa configuration pourraient exécuter du code sous votre compte. Prenez possession du dossier, ou, si vous faites confiance à son propriétaire, déclarez-le sûr pour git.</translation>
    </message>
    <message>
        <source>Trust this repository</source>
        <translation>Faire confiance à ce dépôt</translation>
    </message>
    <message>
        <source>Adds the folder to safe.directory in your git config.</source>
        <translation>Ajoute le dossier à safe.directory dans votre configuration git.</translation>
    </message>
    <message>
        <source>%1 is probably open in Excel or Word</source>
        <translation>%1 est probablement ouvert dans Excel ou Word</translation>
    </message>
    <message>
        <source>Another program has %1 open</source>
        <translation>Un autre programme a ouvert %1</translation>
    </message>
    <message>
        <source>Windows does not let a program write or delete a file that another program opened without sharing, and Office opens documents that way. Close the document (check the taskbar for a second window), then try again. If your own code writes the file, write a temporary file in the same folder and replace the original with it.</source>
        <translation>Windows ne laisse pas un programme écrire ou supprimer un fichier qu’un autre programme a ouvert sans partage, et Office ouvre les documents ainsi. Fermez le document (cherchez une deuxième fenêtre dans la barre des tâches), puis réessayez. Si c’est votre propre code qui écrit le fichier, écrivez un fichier temporaire dans le même dossier et remplacez l’original par celui-ci.</translation>
    </message>
    <message>
        <source>Windows refused because another process has the file open without sharing. Find it with WhyDenied on that machine (or Resource Monitor, or Sysinternals Handle), close it and retry. Antivirus, indexing and backup tools hold files briefly: retrying after a short pause often works.</source>
        <translation>Windows a refusé parce qu’un autre processus a ouvert le fichier sans partage. Trouvez-le avec WhyDenied sur cette machine (ou le Moniteur de ressources, ou Sysinternals Handle), fermez-le et réessayez. Les antivirus, l’indexation et les outils de sauvegarde retiennent brièvement les fichiers : réessayer après une courte pause suffit souvent.</translation>
    </message>
    <message>
        <source>Write a temporary file, then replace</source>
        <translation>Écrire un fichier temporaire, puis remplacer</translation>
    </message>
    <message>
        <source>For developers: write to a new file in the same folder and replace the original with os.replace (Python) or File.Replace (.NET).</source>
        <translation>Pour les développeurs : écrire dans un nouveau fichier du même dossier et remplacer l’original avec os.replace (Python) ou File.Replace (.NET).</translation>
    </message>
    <message>
        <source>%1 may be a folder, which Python on Windows reports as Permission denied</source>
        <translation>%1 est peut-être un dossier, ce que Python sous Windows signale comme « Permission denied »</translation>
    </message>
    <message>
        <source>On Windows, open() on a folder fails with PermissionError [Errno 13], not IsADirectoryError. Open a file inside it, list it with os.scandir, or remove it with shutil.rmtree.</source>
        <translation>Sous Windows, open() sur un dossier échoue avec PermissionError [Errno 13], et non IsADirectoryError. Ouvrez un fichier qu’il contient, listez-le avec os.scandir, ou supprimez-le avec shutil.rmtree.</translation>
    </message>
    <message>
        <source>Windows Security may be protecting this folder</source>
        <translation>La Sécurité Windows protège peut-être ce dossier</translation>
    </message>
    <message>
        <source>Controlled Folder Access (Windows Security, Ransomware protection) blocks programs it does not know from changing Documents, Desktop, Pictures and similar folders, and reports it as Access is denied. Allow the program there, or save elsewhere.</source>
        <translation>L’accès contrôlé aux dossiers (Sécurité Windows, Protection contre les ransomwares) empêche les programmes qu’il ne connaît pas de modifier Documents, Bureau, Images et les dossiers semblables, et le signale comme « Accès refusé ». Autorisez-y le programme, ou enregistrez ailleurs.</translation>
    </message>
    <message>
        <source>Open Ransomware protection settings</source>
        <translation>Ouvrir les paramètres de protection contre les ransomwares</translation>
    </message>
    <message>
        <source>Opens Windows Security where allowed apps are listed.</source>
        <translation>Ouvre la Sécurité Windows, où les applications autorisées sont listées.</translation>
    </message>
    <message>
        <source>%1 can %2 %3</source>
        <translation>%1 : accès possible à %3 (%2)</translation>
    </message>
    <message>
        <source>%1 cannot %2 %3</source>
        <translation>%1 : accès impossible à %3 (%2)</translation>
    </message>
    <message>
        <source>Whether %1 can %2 %3 is unknown</source>
        <translation>%1 : impossible de savoir si l’accès à %3 est possible (%2)</translation>
    </message>
    <message>
        <source>Grant only %1 %2 on it (ACL)</source>
        <translation>Accorder %2 à %1 seul (ACL)</translation>
    </message>
    <message>
        <source>Inside the container, %1 belongs to someone else</source>
        <translation>Dans le conteneur, %1 appartient à quelqu’un d’autre</translation>
    </message>
    <message>
        <source>The process runs in its own user namespace as %1. %2 is owned by host uid %3, which the container sees as %4: a folder made on the host and bind-mounted in. Run the container as the owner&apos;s uid, let the runtime map the volume (Podman&apos;s :U, an idmapped mount), or give the folder to the container&apos;s user on the host.</source>
        <translation>Le processus s’exécute dans son propre espace de noms utilisateur en tant que %1. %2 appartient à l’UID hôte %3, que le conteneur voit comme %4 : un dossier créé sur l’hôte et monté par bind. Lancez le conteneur avec l’UID du propriétaire, laissez le moteur adapter le volume (:U de Podman, un montage idmappé), ou donnez le dossier à l’utilisateur du conteneur sur l’hôte.</translation>
    </message>
    <message>
        <source>Run the container as the folder&apos;s owner</source>
        <translation>Lancer le conteneur en tant que propriétaire du dossier</translation>
    </message>
    <message>
        <source>Starts the container with the uid that owns %1 (docker run --user, podman run --user).</source>
        <translation>Démarre le conteneur avec l’UID propriétaire de %1 (docker run --user, podman run --user).</translation>
    </message>
    <message>
        <source>Give the folder to the container&apos;s user on the host</source>
        <translation>Donner le dossier à l’utilisateur du conteneur sur l’hôte</translation>
    </message>
    <message>
        <source>Makes host uid %1 (the container&apos;s user) the owner of %2.</source>
        <translation>Fait de l’UID hôte %1 (l’utilisateur du conteneur) le propriétaire de %2.</translation>
    </message>
    <message>
        <source>Only members of the group %1 may talk to the Docker daemon</source>
        <translation>Seuls les membres du groupe %1 peuvent parler au démon Docker</translation>
    </message>
    <message>
        <source>The Docker socket %1 belongs to %2:%3 with mode %4. Membership of %3 is what docker commands need, and it is equivalent to root on this machine: anyone in it can mount / into a container. Rootless Docker or Podman avoid that.</source>
        <translation>Le socket Docker %1 appartient à %2:%3 avec le mode %4. Les commandes docker ont besoin de l’appartenance à %3, ce qui équivaut à root sur cette machine : tout membre peut monter / dans un conteneur. Docker rootless ou Podman évitent cela.</translation>
    </message>
    <message>
        <source>Join the group %1 (root-equivalent)</source>
        <translation>Rejoindre le groupe %1 (équivaut à root)</translation>
    </message>
    <message>
        <source>Adds you to %1. It takes effect after you log in again (or in `newgrp %1`). Members of %1 can become root through Docker.</source>
        <translation>Vous ajoute à %1. Cela prend effet après votre prochaine connexion (ou dans `newgrp %1`). Les membres de %1 peuvent devenir root via Docker.</translation>
    </message>
    <message>
        <source>Use rootless Docker or Podman instead</source>
        <translation>Utiliser plutôt Docker rootless ou Podman</translation>
    </message>
    <message>
        <source>Runs containers as you, without a root-equivalent group (dockerd-rootless-setuptool.sh install, or podman, which needs no daemon).</source>
        <translation>Exécute les conteneurs sous votre compte, sans groupe équivalent à root (dockerd-rootless-setuptool.sh install, ou Podman, qui n’a pas besoin de démon).</translation>
    </message>
    <message>
        <source>It works now: the error came from another time, user or machine</source>
        <translation>Cela fonctionne maintenant : l’erreur venait d’un autre moment, d’un autre utilisateur ou d’une autre machine</translation>
    </message>
    <message>
        <source>The kernel lets you do this right now. The error was raised by another user (a service, a cron job, sudo), on another machine or in a container with other mounts, or while a program held the file and has since closed it. Check who ran the program that failed.</source>
        <translation>Le noyau vous autorise cette opération en ce moment. L’erreur a été levée par un autre utilisateur (un service, une tâche cron, sudo), sur une autre machine ou dans un conteneur aux montages différents, ou pendant qu’un programme tenait le fichier, qu’il a fermé depuis. Vérifiez qui a lancé le programme qui a échoué.</translation>
    </message>
    <message>
        <source>%1 entries in %2 belong to another user</source>
        <translation>%1 entrées de %2 appartiennent à un autre utilisateur</translation>
    </message>
    <message>
        <source>git can only add objects and replace files it may write. Inside %1, %2 entries are owned by someone else, typically left by running git with sudo once. Give them back to %3, and run git without sudo from then on.</source>
        <translation>git ne peut ajouter des objets et remplacer des fichiers que s’il peut les écrire. Dans %1, %2 entrées appartiennent à quelqu’un d’autre, généralement laissées par un lancement de git avec sudo. Rendez-les à %3, et lancez ensuite git sans sudo.</translation>
    </message>
    <message>
        <source>Give the repository&apos;s files back to %1</source>
        <translation>Rendre les fichiers du dépôt à %1</translation>
    </message>
    <message>
        <source>Makes %1 the owner of everything inside %2 (only inside it).</source>
        <translation>Fait de %1 le propriétaire de tout ce que contient %2 (seulement à l’intérieur).</translation>
    </message>
    <message>
        <source>%1 tried to install into a system folder</source>
        <translation>%1 a tenté d’installer dans un dossier système</translation>
    </message>
    <message>
        <source>%1 belongs to the system. Do not use sudo npm: it leaves root-owned files behind. Install Node through nvm, or give npm a prefix of your own.</source>
        <translation>%1 appartient au système. N’utilisez pas sudo npm : il laisse derrière lui des fichiers appartenant à root. Installez Node avec nvm, ou donnez à npm un préfixe à vous.</translation>
    </message>
    <message>
        <source>%1 belongs to the system&apos;s Python, which is marked externally managed (PEP 668): packages there come from apt. Use a virtual environment (python3 -m venv), or pipx for applications.</source>
        <translation>%1 appartient au Python du système, marqué comme géré en externe (PEP 668) : les paquets qui s’y trouvent viennent d’apt. Utilisez un environnement virtuel (python3 -m venv), ou pipx pour les applications.</translation>
    </message>
    <message>
        <source>%1 belongs to the system&apos;s Python. Do not use sudo pip: it fights with apt. Use a virtual environment (python3 -m venv), pipx, or pip install --user.</source>
        <translation>%1 appartient au Python du système. N’utilisez pas sudo pip : il entre en conflit avec apt. Utilisez un environnement virtuel (python3 -m venv), pipx, ou pip install --user.</translation>
    </message>
    <message>
        <source>%1 belongs to the system&apos;s Ruby. Do not use sudo gem: install gems for yourself with gem install --user-install, or use a Ruby version manager.</source>
        <translation>%1 appartient au Ruby du système. N’utilisez pas sudo gem : installez les gems pour vous avec gem install --user-install, ou utilisez un gestionnaire de versions de Ruby.</translation>
    </message>
    <message>
        <source>Install global packages under your home folder</source>
        <translation>Installer les paquets globaux dans votre dossier personnel</translation>
    </message>
    <message>
        <source>Makes npm install -g use ~/.npm-global; add ~/.npm-global/bin to your PATH.</source>
        <translation>Fait utiliser ~/.npm-global à npm install -g ; ajoutez ~/.npm-global/bin à votre PATH.</translation>
    </message>
    <message>
        <source>Use a virtual environment</source>
        <translation>Utiliser un environnement virtuel</translation>
    </message>
    <message>
        <source>Creates .venv in the current folder; install packages there with .venv/bin/pip.</source>
        <translation>Crée .venv dans le dossier courant ; installez-y les paquets avec .venv/bin/pip.</translation>
    </message>
    <message>
        <source>Install the gem for yourself</source>
        <translation>Installer la gem pour vous</translation>
    </message>
    <message>
        <source>Installs into ~/.local/share/gem; add its bin folder to your PATH.</source>
        <translation>Installe dans ~/.local/share/gem ; ajoutez son dossier bin à votre PATH.</translation>
    </message>
    <message>
        <source>The web server does not run as you</source>
        <translation>Le serveur web ne s’exécute pas sous votre compte</translation>
    </message>
    <message>
        <source>This looks like a web server&apos;s error. It runs as its own user (%1 on Debian and Ubuntu; nginx or apache elsewhere), so what you may do says little about what it may do. Check %2 for that user: the usual fix is a group or ACL grant on the one folder that blocks it, never chmod 777.</source>
        <translation>Cela ressemble à une erreur de serveur web. Il s’exécute sous son propre utilisateur (%1 sur Debian et Ubuntu ; nginx ou apache ailleurs), donc ce que vous pouvez faire en dit peu sur ce qu’il peut faire. Vérifiez %2 pour cet utilisateur : la correction habituelle est un droit de groupe ou d’ACL sur le seul dossier qui le bloque, jamais chmod 777.</translation>
    </message>
    <message>
        <source>Check for %1</source>
        <translation>Vérifier pour %1</translation>
    </message>
    <message>
        <source>Diagnoses the same path for the user %1.</source>
        <translation>Diagnostique le même chemin pour l’utilisateur %1.</translation>
    </message>
    <message>
        <source>git refuses %1 because it belongs to %2</source>
        <translation>git refuse %1 parce qu’il appartient à %2</translation>
    </message>
    <message>
        <source>Since version 2.35.2 git will not work in a repository owned by another user, because its hooks and configuration could run code as you. If you trust %1, mark the folder safe for git; if the repository should be yours, give it back to you.</source>
        <translation>Depuis la version 2.35.2, git refuse de travailler dans un dépôt appartenant à un autre utilisateur, car ses hooks et sa configuration pourraient exécuter du code sous votre compte. Si vous faites confiance à %1, déclarez le dossier sûr pour git ; si le dépôt devrait être à vous, reprenez-en possession.</translation>
    </message>
    <message>
        <source>Adds %1 to safe.directory in your git configuration; nothing else changes.</source>
        <translation>Ajoute %1 à safe.directory dans votre configuration git ; rien d’autre ne change.</translation>
    </message>
    <message>
        <source>sshd does not trust %1: others can write it</source>
        <translation>sshd ne fait pas confiance à %1 : d’autres peuvent y écrire</translation>
    </message>
    <message>
        <source>sshd (StrictModes) ignores your authorized_keys when your home folder, ~/.ssh or the file can be written by anyone but you. It wants ~/.ssh at 700, authorized_keys at 600 and no group or other write permission on your home folder.</source>
        <translation>sshd (StrictModes) ignore votre authorized_keys quand votre dossier personnel, ~/.ssh ou le fichier sont accessibles en écriture à quelqu’un d’autre que vous. Il exige ~/.ssh en 700, authorized_keys en 600 et aucune permission d’écriture pour le groupe ou les autres sur votre dossier personnel.</translation>
    </message>
    <message>
        <source>Make ~/.ssh private (700)</source>
        <translation>Rendre ~/.ssh privé (700)</translation>
    </message>
    <message>
        <source>Make the file private (600)</source>
        <translation>Rendre le fichier privé (600)</translation>
    </message>
    <message>
        <source>Take away group and other write</source>
        <translation>Retirer l’écriture au groupe et aux autres</translation>
    </message>
    <message>
        <source>A container left %1 owned by root</source>
        <translation>Un conteneur a laissé %1 appartenant à root</translation>
    </message>
    <message>
        <source>%1 belongs to root on this machine: a container running as root wrote it through a bind mount. Run the container as you (docker run --user &quot;$(id -u):$(id -g)&quot;), let Podman map the volume (:U), and give the existing files back to you once.</source>
        <translation>%1 appartient à root sur cette machine : un conteneur exécuté en root l’a écrit par un montage lié (bind mount). Lancez le conteneur sous votre identité (docker run --user &quot;$(id -u):$(id -g)&quot;), laissez Podman adapter le volume (:U), et reprenez une fois la propriété des fichiers existants.</translation>
    </message>
    <message>
        <source>Run the container as you</source>
        <translation>Exécuter le conteneur sous votre identité</translation>
    </message>
    <message>
        <source>New files in the mounted folder will then be yours.</source>
        <translation>Les nouveaux fichiers du dossier monté vous appartiendront alors.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>write to</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>create</source>
        <translation>création</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>renommage</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>list</source>
        <translation>affichage du contenu</translation>
    </message>
    <message>
        <source>enter</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>connect to</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>change the permissions of</source>
        <translation>modification des permissions</translation>
    </message>
    <message>
        <source>change the owner of</source>
        <translation>changement de propriétaire</translation>
    </message>
    <message>
        <source>use</source>
        <translation>utilisation</translation>
    </message>
    <message>
        <source>The AppArmor profile %1 denies %2</source>
        <translation>Le profil AppArmor %1 refuse %2</translation>
    </message>
    <message>
        <source>Allow the path in the profile&apos;s local rules (administrator)</source>
        <translation>Autoriser le chemin dans les règles locales du profil (administrateur)</translation>
    </message>
    <message>
        <source>Add the line &quot;%1&quot; to %2, then reload the profile with the command shown. WhyDenied does not change security policy.</source>
        <translation>Ajoutez la ligne « %1 » à %2, puis rechargez le profil avec la commande indiquée. WhyDenied ne modifie pas la politique de sécurité.</translation>
    </message>
    <message>
        <source>Connect the snap&apos;s removable-media interface</source>
        <translation>Connecter l’interface removable-media du snap</translation>
    </message>
    <message>
        <source>Lets the %1 snap read and write under /media, /mnt and /run/media.</source>
        <translation>Permet au snap %1 de lire et d’écrire sous /media, /mnt et /run/media.</translation>
    </message>
    <message>
        <source>Copy it where the snap can read it</source>
        <translation>La copier là où le snap peut la lire</translation>
    </message>
    <message>
        <source>Copies %1 into %2, which the snap may read.</source>
        <translation>Copie %1 dans %2, que le snap peut lire.</translation>
    </message>
    <message>
        <source>The %1 snap is confined</source>
        <translation>Le snap %1 est confiné</translation>
    </message>
    <message>
        <source>The %1 snap is confined by AppArmor: it reads only its own folders (~/snap/%1), your home through the home interface and removable media when its removable-media interface is connected. %2 is outside them (a snap also has its own /tmp).</source>
        <translation>Le snap %1 est confiné par AppArmor : il ne lit que ses propres dossiers (~/snap/%1), votre dossier personnel par l’interface home, et les supports amovibles quand son interface removable-media est connectée. %2 est hors de ces endroits (un snap a aussi son propre /tmp).</translation>
    </message>
    <message>
        <source>The Flatpak %1 is confined</source>
        <translation>Le Flatpak %1 est confiné</translation>
    </message>
    <message>
        <source>The Flatpak %1 sees only the folders its permissions grant. Give it %2 with flatpak override, or open the file through the file chooser (the portal).</source>
        <translation>Le Flatpak %1 ne voit que les dossiers que ses permissions lui accordent. Donnez-lui %2 avec flatpak override, ou ouvrez le fichier par le sélecteur de fichiers (le portail).</translation>
    </message>
    <message>
        <source>Give the Flatpak access to the folder</source>
        <translation>Donner au Flatpak l’accès au dossier</translation>
    </message>
    <message>
        <source>Lets %1 read and write %2 from now on (flatpak override --user).</source>
        <translation>Permet désormais à %1 de lire et d’écrire %2 (flatpak override --user).</translation>
    </message>
    <message>
        <source>%1 runs in a sandbox</source>
        <translation>%1 s’exécute dans un bac à sable</translation>
    </message>
    <message>
        <source>%1 is sandboxed (%2). A sandbox has its own rules that may deny what the file&apos;s permissions allow, and they cannot be read from outside the process: a check made outside the sandbox cannot say whether it may %3 %4.</source>
        <translation>%1 est dans un bac à sable (%2). Un bac à sable a ses propres règles, qui peuvent refuser ce que les permissions du fichier autorisent, et elles ne se lisent pas depuis l’extérieur du processus : une vérification faite hors du bac à sable ne peut pas dire s’il peut %3 %4.</translation>
    </message>
    <message>
        <source>SELinux denies %1 %2 on %3</source>
        <translation>SELinux refuse à %1 %2 sur %3</translation>
    </message>
    <message>
        <source>The policy has a switch for this: the boolean %1 is off. Turning it on allows %2 to do this wherever it applies, so turn it on only if the service should.</source>
        <translation>La politique a un interrupteur pour cela : le booléen %1 est désactivé. L’activer permet à %2 de le faire partout où il s’applique : ne l’activez que si le service doit le faire.</translation>
    </message>
    <message>
        <source>Turn on the SELinux boolean %1 (administrator)</source>
        <translation>Activer le booléen SELinux %1 (administrateur)</translation>
    </message>
    <message>
        <source>%1 is labelled %2, which files there do not have: a file moved with mv keeps the label of the place it was made; restorecon gives it the default one.</source>
        <translation>%1 porte l’étiquette %2, que les fichiers à cet endroit n’ont pas : un fichier déplacé avec mv garde l’étiquette de l’endroit où il a été créé ; restorecon lui donne celle par défaut.</translation>
    </message>
    <message>
        <source>%1 is labelled %2, which is not the label files there should have (%3). A file moved with mv keeps the label of the place it was made; restorecon gives it the default one.</source>
        <translation>%1 porte l’étiquette %2, et non celle que les fichiers à cet endroit devraient avoir (%3). Un fichier déplacé avec mv garde l’étiquette de l’endroit où il a été créé ; restorecon lui donne celle par défaut.</translation>
    </message>
    <message>
        <source>%1 is in a place the policy does not know as %2&apos;s (label %3). Tell SELinux what the folder holds with semanage fcontext, then relabel it.</source>
        <translation>%1 se trouve à un endroit que la politique ne connaît pas comme étant celui de %2 (étiquette %3). Indiquez à SELinux ce que contient le dossier avec semanage fcontext, puis réétiquetez-le.</translation>
    </message>
    <message>
        <source>Label the folder as %1 (administrator)</source>
        <translation>Étiqueter le dossier comme %1 (administrateur)</translation>
    </message>
    <message>
        <source>No label or boolean explains it: the policy has no rule letting %1 %2 a %3 labelled %4. A local policy module (audit2allow) would add one, but it widens what the program may do: make sure it should do this at all, and never load a module you have not read.</source>
        <translation>Aucune étiquette ni aucun booléen ne l’explique : la politique n’a pas de règle permettant à %1 de faire %2 sur un %3 étiqueté %4. Un module de politique local (audit2allow) en ajouterait une, mais il élargit ce que le programme peut faire : assurez-vous qu’il doit vraiment le faire, et ne chargez jamais un module que vous n’avez pas lu.</translation>
    </message>
    <message>
        <source>Explain the denial with audit2allow -w (administrator)</source>
        <translation>Expliquer le refus avec audit2allow -w (administrateur)</translation>
    </message>
    <message>
        <source>The profile %1 (mode: %2) lets its program use only the paths it lists; %3 asked for &quot;%4&quot; on %5 and was denied &quot;%6&quot;. Add the line &quot;%7&quot; to %8 and reload the profile; do not disable the profile.</source>
        <translation>Le profil %1 (mode : %2) ne permet à son programme que les chemins qu’il liste ; %3 a demandé « %4 » sur %5 et s’est vu refuser « %6 ». Ajoutez la ligne « %7 » à %8 et rechargez le profil ; ne désactivez pas le profil.</translation>
    </message>
    <message>
        <source>create files in</source>
        <translation>création de fichiers dedans</translation>
    </message>
    <message>
        <source>You can %1 and %2 %3 — the error must come from somewhere else</source>
        <translation>Accès possible à %3 (%1, %2) — l’erreur doit venir d’ailleurs</translation>
    </message>
    <message>
        <source>%1 can %2 and %3 %4</source>
        <translation>%1 : accès possible à %4 (%2, %3)</translation>
    </message>
    <message>
        <source>You can %1, %2 and %3 %4 — the error must come from somewhere else</source>
        <translation>Accès possible à %4 (%1, %2, %3) — l’erreur doit venir d’ailleurs</translation>
    </message>
    <message>
        <source>%1 can %2, %3 and %4 %5</source>
        <translation>%1 : accès possible à %5 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>You cannot %1 %2 or %3 it</source>
        <translation>Accès impossible à %2 (%1, %3)</translation>
    </message>
    <message>
        <source>%1 cannot %2 %3 or %4 it</source>
        <translation>%1 : accès impossible à %3 (%2, %4)</translation>
    </message>
    <message>
        <source>You cannot %1 %2, %3 it or %4 it</source>
        <translation>Accès impossible à %2 (%1, %3, %4)</translation>
    </message>
    <message>
        <source>%1 cannot %2 %3, %4 it or %5 it</source>
        <translation>%1 : accès impossible à %3 (%2, %4, %5)</translation>
    </message>
    <message>
        <source>You can %1 %2, but you cannot %3 it</source>
        <translation>%2 : %1 possible, mais pas %3</translation>
    </message>
    <message>
        <source>%1 can %2 %3, but cannot %4 it</source>
        <translation>%1 — %3 : %2 possible, mais pas %4</translation>
    </message>
    <message>
        <source>You can %1 %2, but you cannot %3 it or %4 it</source>
        <translation>%2 : %1 possible, mais ni %3 ni %4</translation>
    </message>
    <message>
        <source>%1 can %2 %3, but cannot %4 it or %5 it</source>
        <translation>%1 — %3 : %2 possible, mais ni %4 ni %5</translation>
    </message>
    <message>
        <source>You can %1 %2, but you cannot %3 it, %4 it or %5 it</source>
        <translation>%2 : %1 possible, mais ni %3, ni %4, ni %5</translation>
    </message>
    <message>
        <source>%1 can %2 %3, but cannot %4 it, %5 it or %6 it</source>
        <translation>%1 — %3 : %2 possible, mais ni %4, ni %5, ni %6</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>It does not exist yet, so creating it was checked.</source>
        <translation>Il n’existe pas encore : c’est donc sa création qui a été vérifiée.</translation>
    </message>
    <message>
        <source>path resolution</source>
        <translation>résolution du chemin</translation>
    </message>
    <message>
        <source>sticky directory rule</source>
        <translation>règle du dossier sticky</translation>
    </message>
    <message>
        <source>immutable/append-only flag</source>
        <translation>attribut immuable ou ajout seul</translation>
    </message>
    <message>
        <source>only the owner may chmod</source>
        <translation>seul le propriétaire peut changer les droits (chmod)</translation>
    </message>
    <message>
        <source>changing the owner needs CAP_CHOWN</source>
        <translation>changer le propriétaire exige CAP_CHOWN</translation>
    </message>
    <message>
        <source>read-only mount</source>
        <translation>montage en lecture seule</translation>
    </message>
    <message>
        <source>open(O_WRONLY) of a directory</source>
        <translation>open(O_WRONLY) d’un dossier</translation>
    </message>
    <message>
        <source>execve() of a directory</source>
        <translation>execve() d’un dossier</translation>
    </message>
    <message>
        <source>The process runs under a seccomp filter (%1): it limits which system calls it may make; file access is still as checked here.</source>
        <translation>Le processus tourne sous un filtre seccomp (%1) : il limite les appels système permis ; l’accès aux fichiers reste tel que vérifié ici.</translation>
    </message>
    <message>
        <source>Only the first %1 entries of %2 were checked for other owners.</source>
        <translation>Seules les %1 premières entrées de %2 ont été vérifiées pour d’autres propriétaires.</translation>
    </message>
    <message>
        <source>Only root can ask the kernel as another user; this verdict is computed from the facts.</source>
        <translation>Seul root peut interroger le noyau au nom d’un autre utilisateur ; ce verdict est calculé à partir des faits.</translation>
    </message>
    <message>
        <source>open(O_WRONLY) on %1 (refused to anyone)</source>
        <translation>open(O_WRONLY) sur %1 (refusé à tous)</translation>
    </message>
    <message>
        <source>Could not switch to the subject to ask the kernel; this verdict is computed.</source>
        <translation>Impossible de prendre l’identité du sujet pour interroger le noyau ; ce verdict est calculé.</translation>
    </message>
    <message>
        <source>The path changed while it was being checked; these facts are from a second look.</source>
        <translation>Le chemin a changé pendant la vérification ; ces faits viennent d’un second examen.</translation>
    </message>
    <message>
        <source>path length</source>
        <translation>longueur du chemin</translation>
    </message>
    <message>
        <source>uid %1 has no account here; its primary group is assumed to be gid %1 and it has no other groups.</source>
        <translation>l’uid %1 n’a pas de compte ici ; son groupe principal est supposé être le gid %1, sans autres groupes.</translation>
    </message>
    <message>
        <source>The process has its own mount namespace: paths are checked as this system sees them.</source>
        <translation>Le processus a son propre espace de noms de montage : les chemins sont vérifiés tels que ce système les voit.</translation>
    </message>
    <message>
        <source>The process has its own mount namespace and root %1: paths are checked as this system sees them.</source>
        <translation>Le processus a son propre espace de noms de montage et la racine %1 : les chemins sont vérifiés tels que ce système les voit.</translation>
    </message>
    <message>
        <source>The file is a cloud placeholder; it was not opened, to avoid downloading it.</source>
        <translation>Le fichier est un espace réservé cloud ; il n’a pas été ouvert, pour éviter de le télécharger.</translation>
    </message>
    <message>
        <source>Only drive (C:\…), UNC (\\server\share\…) and \\?\ paths are examined.</source>
        <translation>Seuls les chemins de lecteur (C:\…), UNC (\\server\share\…) et \\?\ sont examinés.</translation>
    </message>
    <message>
        <source>%1 could not be inspected</source>
        <translation>%1 n’a pas pu être examiné</translation>
    </message>
    <message>
        <source>no search permission on %1</source>
        <translation>pas de droit de traverser %1</translation>
    </message>
    <message>
        <source>read-only mount %1</source>
        <translation>montage en lecture seule %1</translation>
    </message>
    <message>
        <source>immutable flag on %1</source>
        <translation>attribut immuable sur %1</translation>
    </message>
    <message>
        <source>no containing folder</source>
        <translation>pas de dossier parent</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>noexec mount %1</source>
        <translation>montage noexec %1</translation>
    </message>
    <message>
        <source>append-only flag: only appending is allowed</source>
        <translation>attribut ajout seul : seul l’ajout est permis</translation>
    </message>
    <message>
        <source>Give the owner %1 %2 on it</source>
        <translation>Donner au propriétaire %1 %2 dessus</translation>
    </message>
    <message>
        <source>Give everyone %1 on it</source>
        <translation>Donner à tous %1 dessus</translation>
    </message>
    <message>
        <source>%1 at %2: the server decides</source>
        <translation>%1 sur %2 : le serveur décide</translation>
    </message>
    <message>
        <source>journald did not answer within 5 s; its audit records were not read.</source>
        <translation>journald n’a pas répondu en 5 s ; ses enregistrements d’audit n’ont pas été lus.</translation>
    </message>
    <message>
        <source>journald shows the system&apos;s audit records only to root and the groups adm and systemd-journal. To read them: %1</source>
        <translation>journald ne montre les enregistrements d’audit du système qu’à root et aux groupes adm et systemd-journal. Pour les lire : %1</translation>
    </message>
    <message>
        <source>%1 is readable only by root. To read it: %2</source>
        <translation>%1 n’est lisible que par root. Pour le lire : %2</translation>
    </message>
    <message>
        <source>Gives %1 the label the SELinux policy has for that place, as restorecon -v does; the label it has now is recorded, so undo can put it back.</source>
        <translation>Donne à %1 l&apos;étiquette que la politique SELinux prévoit pour cet emplacement, comme le fait restorecon -v ; l&apos;étiquette actuelle est enregistrée pour que l&apos;annulation puisse la remettre.</translation>
    </message>
    <message>
        <source>needs %1, the ACL grants %2</source>
        <translation>exige %1, l’ACL accorde %2</translation>
    </message>
    <message>
        <source>needs %1, owner has %2</source>
        <translation>exige %1, le propriétaire a %2</translation>
    </message>
    <message>
        <source>needs %1, group has %2</source>
        <translation>exige %1, le groupe a %2</translation>
    </message>
    <message>
        <source>needs %1, group %2 is not active in this session</source>
        <translation>exige %1, le groupe %2 n’est pas actif dans cette session</translation>
    </message>
    <message>
        <source>needs %1, others have %2</source>
        <translation>exige %1, les autres ont %2</translation>
    </message>
    <message>
        <source>the filesystem is mounted read-only</source>
        <translation>le système de fichiers est monté en lecture seule</translation>
    </message>
    <message>
        <source>immutable flag (chattr +i)</source>
        <translation>attribut immuable (chattr +i)</translation>
    </message>
    <message>
        <source>no search (x) permission: nothing inside can be reached</source>
        <translation>pas de droit de traversée (x) : rien à l’intérieur n’est accessible</translation>
    </message>
    <message>
        <source>append-only flag (chattr +a): only appending is allowed</source>
        <translation>attribut ajout seul (chattr +a) : seul l’ajout est permis</translation>
    </message>
    <message>
        <source>the kernel refuses writing (EPERM): an attribute forbids it</source>
        <translation>le noyau refuse l’écriture (EPERM) : un attribut l’interdit</translation>
    </message>
    <message>
        <source>the kernel denies (errno %1) though the bits, ACL and flags allow; a security module may decide</source>
        <translation>le noyau refuse (errno %1) alors que les droits, l’ACL et les attributs le permettent ; un module de sécurité décide peut-être</translation>
    </message>
    <message>
        <source>its folder is immutable (chattr +i)</source>
        <translation>son dossier est immuable (chattr +i)</translation>
    </message>
    <message>
        <source>its folder lacks write+search for you (mode %1)</source>
        <translation>son dossier ne vous accorde pas écriture+traversée (mode %1)</translation>
    </message>
    <message>
        <source>sticky folder: only the owner of the entry or of the folder may remove it</source>
        <translation>dossier sticky : seul le propriétaire de l’entrée ou du dossier peut la supprimer</translation>
    </message>
    <message>
        <source>append-only flag (chattr +a)</source>
        <translation>attribut ajout seul (chattr +a)</translation>
    </message>
    <message>
        <source>cannot start pkexec (is it installed?)</source>
        <translation>impossible de lancer pkexec (est-il installé ?)</translation>
    </message>
    <message>
        <source>no answer from the administrator prompt or the helper in time</source>
        <translation>pas de réponse à temps de la demande d’administrateur ou de l’assistant</translation>
    </message>
    <message>
        <source>the administrator prompt was dismissed</source>
        <translation>la demande d’administrateur a été fermée</translation>
    </message>
    <message>
        <source>pkexec is not installed (Debian and Ubuntu: apt install pkexec)</source>
        <translation>pkexec n’est pas installé (Debian et Ubuntu : apt install pkexec)</translation>
    </message>
    <message>
        <source>no password prompt could be shown: no polkit authentication agent is running in this session (log in to a desktop session, or run the shown command in a terminal with sudo)</source>
        <translation>aucune demande de mot de passe n’a pu s’afficher : aucun agent d’authentification polkit ne tourne dans cette session (ouvrez une session de bureau, ou lancez la commande affichée dans un terminal avec sudo)</translation>
    </message>
    <message>
        <source>not authorised: the administrator password was refused, or this account may not do this</source>
        <translation>non autorisé : le mot de passe d’administrateur a été refusé, ou ce compte n’a pas le droit de le faire</translation>
    </message>
    <message>
        <source>the privileged helper could not be started (reinstall WhyDenied)</source>
        <translation>l’assistant privilégié n’a pas pu être lancé (réinstallez WhyDenied)</translation>
    </message>
    <message>
        <source>pkexec could not run the helper</source>
        <translation>pkexec n’a pas pu lancer l’assistant</translation>
    </message>
    <message>
        <source>pkexec could not run the helper: %1</source>
        <translation>pkexec n’a pas pu lancer l’assistant : %1</translation>
    </message>
    <message>
        <source>the helper failed (status %1)</source>
        <translation>l’assistant a échoué (statut %1)</translation>
    </message>
    <message>
        <source>the helper refused: %1</source>
        <translation>l’assistant a refusé : %1</translation>
    </message>
    <message>
        <source>the privileged helper is not installed (%1 is missing; reinstall WhyDenied)</source>
        <translation>l’assistant privilégié n’est pas installé (%1 est absent ; réinstallez WhyDenied)</translation>
    </message>
    <message>
        <source>the helper&apos;s answer could not be read</source>
        <translation>la réponse de l’assistant n’a pas pu être lue</translation>
    </message>
    <message>
        <source>cannot create a private folder for the request: %1</source>
        <translation>impossible de créer un dossier privé pour la demande : %1</translation>
    </message>
    <message>
        <source>cannot write the request: %1</source>
        <translation>impossible d’écrire la demande : %1</translation>
    </message>
    <message>
        <source>the helper&apos;s path is not absolute: %1</source>
        <translation>le chemin de l’assistant n’est pas absolu : %1</translation>
    </message>
    <message>
        <source>cannot start osascript</source>
        <translation>impossible de lancer osascript</translation>
    </message>
    <message>
        <source>an answer came from another program than the helper; it was ignored</source>
        <translation>une réponse est venue d’un autre programme que l’assistant ; elle a été ignorée</translation>
    </message>
    <message>
        <source>cannot make a pipe for the helper&apos;s answer (%1)</source>
        <translation>impossible de créer un tube pour la réponse de l’assistant (%1)</translation>
    </message>
    <message>
        <source>cannot wait for the helper&apos;s answer (%1)</source>
        <translation>impossible d’attendre la réponse de l’assistant (%1)</translation>
    </message>
    <message>
        <source>not authorised (the administrator prompt was declined)</source>
        <translation>non autorisé (la demande d’administrateur a été refusée)</translation>
    </message>
    <message>
        <source>cannot start %1 (%2)</source>
        <translation>impossible de lancer %1 (%2)</translation>
    </message>
    <message>
        <source>the helper was started without a process handle</source>
        <translation>l’assistant a été lancé sans handle de processus</translation>
    </message>
    <message>
        <source>%1 changed since the diagnosis: it is no longer the same file or folder</source>
        <translation>%1 a changé depuis le diagnostic : ce n’est plus le même fichier ou dossier</translation>
    </message>
    <message>
        <source>%1 was replaced since the fix</source>
        <translation>%1 a été remplacé depuis la correction</translation>
    </message>
    <message>
        <source>%1 is a system location; the helper changes nothing there</source>
        <translation>%1 est un emplacement système ; l’assistant n’y change rien</translation>
    </message>
    <message>
        <source>This fix is a command for %1; nothing was changed here.</source>
        <translation>Cette correction est une commande pour %1 ; rien n’a été modifié ici.</translation>
    </message>
    <message>
        <source>%1 is a system location; WhyDenied changes it only when you confirm that explicitly. Nothing was changed.</source>
        <translation>%1 est un emplacement système ; WhyDenied ne le modifie que si vous le confirmez explicitement. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>WhyDenied is installed for your account only (%1), so it does not start its administrator helper: a program in a folder you can change could be replaced while the prompt waits. Nothing was changed; run this in an administrator terminal instead: %2</source>
        <translation>WhyDenied n’est installé que pour votre compte (%1) ; il ne lance donc pas son assistant administrateur : un programme dans un dossier que vous pouvez modifier pourrait être remplacé pendant l’attente de la demande. Rien n’a été modifié ; lancez plutôt ceci dans un terminal administrateur : %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n’a été modifié : %1</translation>
    </message>
    <message>
        <source>The change failed part-way: %1</source>
        <translation>La modification a échoué en cours de route : %1</translation>
    </message>
    <message>
        <source>The change was made but could not be recorded (%1); undo it by hand: %2</source>
        <translation>La modification a été faite mais n’a pas pu être enregistrée (%1) ; annulez-la à la main : %2</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Appliqué.</translation>
    </message>
    <message>
        <source>Fixed: the copy is at %1, and you can %2 it.</source>
        <translation>Corrigé : la copie est dans %1, et vous pouvez %2.</translation>
    </message>
    <message>
        <source>Fixed: you can now %1 %2.</source>
        <translation>Corrigé : vous pouvez maintenant %1 %2.</translation>
    </message>
    <message>
        <source>Applied, but it is still denied.</source>
        <translation>Appliqué, mais c’est toujours refusé.</translation>
    </message>
    <message>
        <source>Applied, but it is still denied: %1 (%2).</source>
        <translation>Appliqué, mais c’est toujours refusé : %1 (%2).</translation>
    </message>
    <message>
        <source>No fix has been recorded in %1; nothing to undo.</source>
        <translation>Aucune correction n’est enregistrée dans %1 ; rien à annuler.</translation>
    </message>
    <message>
        <source>%1; nothing was changed.</source>
        <translation>%1 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The fix %1 (%2) was already undone at %3; nothing was changed.</source>
        <translation>La correction %1 (%2) a déjà été annulée le %3 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The fix %1 was made for %2, not for you; nothing was changed.</source>
        <translation>La correction %1 a été faite pour %2, pas pour vous ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The fix %1 was made by uid %2; nothing was changed.</source>
        <translation>La correction %1 a été faite par l’uid %2 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>WhyDenied is installed for your account only (%1), so it does not start its administrator helper. Nothing was changed; run this in an administrator terminal instead: %2</source>
        <translation>WhyDenied n’est installé que pour votre compte (%1) ; il ne lance donc pas son assistant administrateur. Rien n’a été modifié ; lancez plutôt ceci dans un terminal administrateur : %2</translation>
    </message>
    <message>
        <source>Undone: %1 is back as it was.</source>
        <translation>Annulé : %1 est revenu à son état d’origine.</translation>
    </message>
    <message>
        <source>Undone: %1 is back to %2; its setuid/setgid bits were not given back (an undo never makes a program privileged again). An administrator can run: %3</source>
        <translation>Annulé : %1 est revenu à %2 ; ses bits setuid/setgid n’ont pas été rendus (une annulation ne rend jamais un programme de nouveau privilégié). Un administrateur peut lancer : %3</translation>
    </message>
    <message>
        <source>Undo failed part-way: %1</source>
        <translation>L’annulation a échoué en cours de route : %1</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Non annulé : %1</translation>
    </message>
    <message>
        <source>Undone: the copy %1 was removed.</source>
        <translation>Annulé : la copie %1 a été supprimée.</translation>
    </message>
    <message>
        <source>Undone: %1 is back to %2.</source>
        <translation>Annulé : %1 est revenu à %2.</translation>
    </message>
    <message>
        <source>Undone: %1 is back to %2. %3.</source>
        <translation>Annulé : %1 est revenu à %2. %3.</translation>
    </message>
    <message>
        <source>%1 (But the journal could not be updated: %2.)</source>
        <translation>%1 (Mais le journal n’a pas pu être mis à jour : %2.)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>attributes none</source>
        <translation>aucun attribut</translation>
    </message>
    <message>
        <source>attributes %1</source>
        <translation>attributs %1</translation>
    </message>
    <message>
        <source>security %1</source>
        <translation>sécurité %1</translation>
    </message>
    <message>
        <source>mode %1, owner %2</source>
        <translation>mode %1, propriétaire %2</translation>
    </message>
    <message>
        <source>ACL %1</source>
        <translation>ACL %1</translation>
    </message>
    <message>
        <source>flags %1</source>
        <translation>attributs %1</translation>
    </message>
    <message>
        <source>No fix &apos;%1&apos; was proposed for this diagnosis (none was).</source>
        <translation>Aucune correction « %1 » n’a été proposée pour ce diagnostic (aucune ne l’a été).</translation>
    </message>
    <message>
        <source>No fix &apos;%1&apos; was proposed for this diagnosis (proposed: %2).</source>
        <translation>Aucune correction « %1 » n’a été proposée pour ce diagnostic (proposées : %2).</translation>
    </message>
    <message>
        <source>This diagnosis was made for someone else; fixes are applied for your own access only.</source>
        <translation>Ce diagnostic concerne quelqu’un d’autre ; les corrections ne s’appliquent qu’à votre propre accès.</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; is shown for an administrator to run; WhyDenied does not apply it: %2</source>
        <translation>La correction « %1 » est affichée pour qu’un administrateur la lance ; WhyDenied ne l’applique pas : %2</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; is not one the engine knows how to apply: %2</source>
        <translation>La correction « %1 » n’est pas de celles que WhyDenied sait appliquer : %2</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; is a command for another system than the one diagnosed: %2</source>
        <translation>La correction « %1 » est une commande pour un autre système que celui diagnostiqué : %2</translation>
    </message>
    <message>
        <source>Refusing chmod %1: WhyDenied never makes anything writable for everyone.</source>
        <translation>chmod %1 refusé : WhyDenied ne rend jamais rien modifiable par tous.</translation>
    </message>
    <message>
        <source>Unrecognised ACL entry %1.</source>
        <translation>Entrée d’ACL non reconnue %1.</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; is not one the engine knows how to apply (%2): %3</source>
        <translation>La correction « %1 » n’est pas de celles que WhyDenied sait appliquer (%2) : %3</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; would add someone other than you to a group.</source>
        <translation>La correction « %1 » ajouterait quelqu’un d’autre que vous à un groupe.</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; names the group %2, which no inspected part of the diagnosed path has.</source>
        <translation>La correction « %1 » nomme le groupe %2, qu’aucune partie examinée du chemin diagnostiqué n’a.</translation>
    </message>
    <message>
        <source>The fix names %1, which is not an inspected part of the diagnosed path.</source>
        <translation>La correction nomme %1, qui n’est pas une partie examinée du chemin diagnostiqué.</translation>
    </message>
    <message>
        <source>A copy needs a regular file and an absolute destination.</source>
        <translation>Une copie exige un fichier ordinaire et une destination absolue.</translation>
    </message>
    <message>
        <source>The plan has no steps; nothing was changed.</source>
        <translation>Le plan n’a aucune étape ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The plan includes a step WhyDenied does not apply (%1); nothing was changed.</source>
        <translation>Le plan comprend une étape que WhyDenied n’applique pas (%1) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The plan is for another system; nothing was changed.</source>
        <translation>Le plan est pour un autre système ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This plan grants access to another account; only root applies it (the helper grants only to the person asking). Nothing was changed.</source>
        <translation>Ce plan accorde l’accès à un autre compte ; seul root l’applique (l’assistant n’accorde qu’à la personne qui demande). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 Undo what was done with: %2</source>
        <translation>%1 Annulez ce qui a été fait avec : %2</translation>
    </message>
    <message>
        <source>%1 Nothing was left changed.</source>
        <translation>%1 Aucune modification n’a été laissée.</translation>
    </message>
    <message>
        <source>Step failed: %1.</source>
        <translation>Étape échouée : %1.</translation>
    </message>
    <message>
        <source>The plan does not fit the helper&apos;s request form (%1).</source>
        <translation>Le plan ne correspond pas au format de demande de l’assistant (%1).</translation>
    </message>
    <message>
        <source>Nothing was changed by the helper: %1.</source>
        <translation>L’assistant n’a rien modifié : %1.</translation>
    </message>
    <message>
        <source>Privileged plan steps go through the helper on Linux only.</source>
        <translation>Les étapes privilégiées d’un plan ne passent par l’assistant que sous Linux.</translation>
    </message>
    <message>
        <source>The plan was applied but could not be recorded (%1); undo each step by its journal id.</source>
        <translation>Le plan a été appliqué mais n’a pas pu être enregistré (%1) ; annulez chaque étape par son identifiant de journal.</translation>
    </message>
    <message numerus="yes">
        <source>Fixed: all %n steps applied, and the kernel now allows it.</source>
        <translation>
            <numerusform>Corrigé : l’étape a été appliquée, et le noyau l’autorise maintenant.</numerusform>
            <numerusform>Corrigé : les %n étapes ont été appliquées, et le noyau l’autorise maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied all %n steps, but the kernel still denies it.</source>
        <translation>
            <numerusform>L’étape a été appliquée, mais le noyau refuse toujours.</numerusform>
            <numerusform>Les %n étapes ont été appliquées, mais le noyau refuse toujours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied all %n steps.</source>
        <translation>
            <numerusform>L’étape a été appliquée.</numerusform>
            <numerusform>Les %n étapes ont été appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan %1 was already undone; nothing was changed.</source>
        <translation>Le plan %1 a déjà été annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The plan %1 was applied by uid %2; nothing was changed.</source>
        <translation>Le plan %1 a été appliqué par l’uid %2 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The helper did not undo its part: %1.</source>
        <translation>L’assistant n’a pas annulé sa part : %1.</translation>
    </message>
    <message>
        <source>Not every step was undone: %1</source>
        <translation>Toutes les étapes n’ont pas été annulées : %1</translation>
    </message>
    <message numerus="yes">
        <source>Undone: all %n steps of the plan %1 were reverted.</source>
        <translation>
            <numerusform>Annulé : l’étape du plan %1 a été défaite.</numerusform>
            <numerusform>Annulé : les %n étapes du plan %1 ont été défaites.</numerusform>
        </translation>
    </message>
    <message>
        <source>ACL entry denying delete</source>
        <translation>entrée d’ACL refusant la suppression</translation>
    </message>
    <message>
        <source>changing the owner needs root</source>
        <translation>changer le propriétaire exige root</translation>
    </message>
    <message>
        <source>the folder is missing</source>
        <translation>le dossier est absent</translation>
    </message>
    <message>
        <source>the read-only attribute forbids deleting</source>
        <translation>l’attribut lecture seule interdit la suppression</translation>
    </message>
    <message>
        <source>not opened: a cloud placeholder that downloads when opened</source>
        <translation>non ouvert : un espace réservé cloud qui se télécharge à l’ouverture</translation>
    </message>
    <message>
        <source>a folder opened as a file (no FILE_FLAG_BACKUP_SEMANTICS)</source>
        <translation>un dossier ouvert comme un fichier (sans FILE_FLAG_BACKUP_SEMANTICS)</translation>
    </message>
    <message>
        <source>path form</source>
        <translation>forme du chemin</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>impossible d’écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>the changes were made but the record in %1 may be incomplete</source>
        <translation>les modifications ont été faites mais l’enregistrement dans %1 est peut-être incomplet</translation>
    </message>
    <message>
        <source>%1 is a system location; WhyDenied changes it in bulk only when run as root. Nothing was changed.</source>
        <translation>%1 est un emplacement système ; WhyDenied ne le modifie en masse que lancé en root. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>the batch was made by uid %1; nothing was changed</source>
        <translation>le lot a été fait par l’uid %1 ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>this batch was already undone; nothing was changed</source>
        <translation>ce lot a déjà été annulé ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>no batch %1 in %2</source>
        <translation>aucun lot %1 dans %2</translation>
    </message>
    <message>
        <source>the audit checks read, write, list, traverse, execute or delete, not %1</source>
        <translation>l’audit vérifie la lecture, l’écriture, le listage, la traversée, l’exécution ou la suppression, pas %1</translation>
    </message>
    <message>
        <source>unknown subject %1</source>
        <translation>sujet inconnu %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot inspect %1: %2</source>
        <translation>impossible d’examiner %1 : %2</translation>
    </message>
    <message>
        <source>the folder audit is not available on this platform yet</source>
        <translation>l’audit de dossier n’est pas encore disponible sur cette plateforme</translation>
    </message>
    <message>
        <source>Applying fixes is not supported on this platform yet; run the command shown.</source>
        <translation>L’application des corrections n’est pas encore prise en charge sur cette plateforme ; lancez la commande affichée.</translation>
    </message>
    <message>
        <source>the administrator prompt failed</source>
        <translation>la demande d’administrateur a échoué</translation>
    </message>
    <message>
        <source>not authorised (the administrator prompt was cancelled or the password was refused)</source>
        <translation>non autorisé (la demande d’administrateur a été annulée ou le mot de passe refusé)</translation>
    </message>
    <message>
        <source>%1 is now a symbolic link; refusing to follow it</source>
        <translation>%1 est maintenant un lien symbolique ; il n’est pas suivi</translation>
    </message>
    <message>
        <source>%1 is no longer a folder</source>
        <translation>%1 n’est plus un dossier</translation>
    </message>
    <message>
        <source>%1 has %2 names (hard links); an administrator&apos;s fix would change all of them, so nothing was changed</source>
        <translation>%1 a %2 noms (liens physiques) ; une correction en administrateur les modifierait tous, donc rien n’a été modifié</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>étiquette %1</translation>
    </message>
    <message>
        <source>WhyDenied is installed for your account only (%1), so it does not start its administrator helper. Nothing was changed.</source>
        <translation>WhyDenied est installé pour votre compte seulement (%1) ; il ne lance donc pas son assistant administrateur. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The helper&apos;s answer could not be read.</source>
        <translation>La réponse de l&apos;assistant n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>%1 (recorded as %2)</source>
        <translation>%1 (enregistré sous %2)</translation>
    </message>
    <message>
        <source>The kernel log is readable only by root here (dmesg_restrict). To read it: %1</source>
        <translation>Ici, le journal du noyau n’est lisible que par root (dmesg_restrict). Pour le lire : %1</translation>
    </message>
    <message>
        <source>The path is longer than the system allows (PATH_MAX).</source>
        <translation>Le chemin est plus long que ce que le système permet (PATH_MAX).</translation>
    </message>
    <message>
        <source>No path given.</source>
        <translation>Aucun chemin indiqué.</translation>
    </message>
    <message>
        <source>The path contains a NUL byte, which no file name can.</source>
        <translation>Le chemin contient un octet NUL, ce qu’aucun nom de fichier ne peut contenir.</translation>
    </message>
    <message>
        <source>no user named &apos;%1&apos;</source>
        <translation>aucun utilisateur nommé « %1 »</translation>
    </message>
    <message>
        <source>no process %1 (or it cannot be inspected)</source>
        <translation>aucun processus %1 (ou il ne peut pas être examiné)</translation>
    </message>
    <message>
        <source>cannot read the credentials of process %1</source>
        <translation>impossible de lire les identités du processus %1</translation>
    </message>
    <message>
        <source>cannot ask systemd about service %1 (systemctl did not answer)</source>
        <translation>impossible d’interroger systemd sur le service %1 (systemctl n’a pas répondu)</translation>
    </message>
    <message>
        <source>cannot ask systemd about service %1</source>
        <translation>impossible d’interroger systemd sur le service %1</translation>
    </message>
    <message>
        <source>cannot ask systemd about service %1 (no systemctl here)</source>
        <translation>impossible d’interroger systemd sur le service %1 (pas de systemctl ici)</translation>
    </message>
    <message>
        <source>no service named %1</source>
        <translation>aucun service nommé %1</translation>
    </message>
    <message>
        <source>service %1 uses DynamicUser= and is not running: its uid is only chosen at start</source>
        <translation>le service %1 utilise DynamicUser= et ne tourne pas : son uid n’est choisi qu’au démarrage</translation>
    </message>
    <message>
        <source>Checking for another user or process is not supported on macOS yet.</source>
        <translation>La vérification pour un autre utilisateur ou processus n’est pas encore prise en charge sous macOS.</translation>
    </message>
    <message>
        <source>uid: needs a number, as in uid:33</source>
        <translation>uid: demande un nombre, par exemple uid:33</translation>
    </message>
    <message>
        <source>pid: needs a process id, as in pid:1234</source>
        <translation>pid: demande un numéro de processus, par exemple pid:1234</translation>
    </message>
    <message>
        <source>service: needs a unit name, as in service:nginx</source>
        <translation>service: demande un nom d’unité, par exemple service:nginx</translation>
    </message>
    <message>
        <source>unknown subject &apos;%1:&apos; (use a user name, uid:N, pid:N or service:NAME)</source>
        <translation>sujet inconnu « %1: » (utilisez un nom d’utilisateur, uid:N, pid:N ou service:NOM)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user name (use a user name, uid:N, pid:N or service:NAME)</source>
        <translation>« %1 » n’est pas un nom d’utilisateur (utilisez un nom d’utilisateur, uid:N, pid:N ou service:NOM)</translation>
    </message>
</context>
</TS>
