<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Evidence</name>
    <message>
        <source>acl</source>
        <translation>ACL</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>atributos</translation>
    </message>
    <message>
        <source>checked for</source>
        <translation>comprobado para</translation>
    </message>
    <message>
        <source>container user</source>
        <translation>usuario del contenedor</translation>
    </message>
    <message>
        <source>deciding entry</source>
        <translation>entrada decisiva</translation>
    </message>
    <message>
        <source>effective rights</source>
        <translation>derechos efectivos</translation>
    </message>
    <message>
        <source>entry owner</source>
        <translation>propietario de la entrada</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>indicadores</translation>
    </message>
    <message>
        <source>full disk access</source>
        <translation>acceso total al disco</translation>
    </message>
    <message>
        <source>full disk access probe</source>
        <translation>prueba de acceso total al disco</translation>
    </message>
    <message>
        <source>granting entry</source>
        <translation>entrada que concede</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>holders</source>
        <translation>procesos</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>heredado</translation>
    </message>
    <message>
        <source>kernel check</source>
        <translation>comprobación del núcleo</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>mount</source>
        <translation>montaje</translation>
    </message>
    <message>
        <source>nearest existing</source>
        <translation>ruta existente más cercana</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>necesita</translation>
    </message>
    <message>
        <source>node</source>
        <translation>elemento</translation>
    </message>
    <message>
        <source>not inspected</source>
        <translation>sin examinar</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>owned by another user</source>
        <translation>pertenece a otro usuario</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>owner inside</source>
        <translation>propietario en el contenedor</translation>
    </message>
    <message>
        <source>owner on the host</source>
        <translation>propietario en el host</translation>
    </message>
    <message>
        <source>owner sid</source>
        <translation>SID del propietario</translation>
    </message>
    <message>
        <source>package manager</source>
        <translation>gestor de paquetes</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>process label</source>
        <translation>etiqueta del proceso</translation>
    </message>
    <message>
        <source>program in the message</source>
        <translation>programa del mensaje</translation>
    </message>
    <message>
        <source>protected folder</source>
        <translation>carpeta protegida</translation>
    </message>
    <message>
        <source>protected location</source>
        <translation>ubicación protegida</translation>
    </message>
    <message>
        <source>responsible app</source>
        <translation>app responsable</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>selinux label</source>
        <translation>etiqueta SELinux</translation>
    </message>
    <message>
        <source>session groups</source>
        <translation>grupos de la sesión</translation>
    </message>
    <message>
        <source>system integrity protection</source>
        <translation>protección de integridad del sistema</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>wanted</source>
        <translation>pedido</translation>
    </message>
    <message>
        <source>xattr</source>
        <translation>atributo extendido</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>proceso</translation>
    </message>
    <message>
        <source>running as</source>
        <translation>ejecutándose como</translation>
    </message>
    <message>
        <source>default label</source>
        <translation>etiqueta predeterminada</translation>
    </message>
    <message>
        <source>no new privileges</source>
        <translation>sin nuevos privilegios (no_new_privs)</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>entorno aislado</translation>
    </message>
    <message>
        <source>seccomp mode</source>
        <translation>modo seccomp</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registrado</translation>
    </message>
</context>
<context>
    <name>EvidenceValue</name>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>symlink</source>
        <translation>enlace simbólico</translation>
    </message>
    <message>
        <source>fifo</source>
        <translation>FIFO (tubería con nombre)</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>socket</translation>
    </message>
    <message>
        <source>chardev</source>
        <translation>dispositivo de caracteres</translation>
    </message>
    <message>
        <source>blockdev</source>
        <translation>dispositivo de bloques</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>immutable</source>
        <translation>inmutable</translation>
    </message>
    <message>
        <source>append-only</source>
        <translation>solo añadir</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>reparse point</source>
        <translation>punto de reanálisis</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>recall on open</source>
        <translation>recuperación al abrir</translation>
    </message>
    <message>
        <source>recall on data access</source>
        <translation>recuperación al acceder a los datos</translation>
    </message>
    <message>
        <source>yes: it came from a parent folder</source>
        <translation>sí: viene de una carpeta superior</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>read</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>write</source>
        <translation>escribir</translation>
    </message>
    <message>
        <source>create</source>
        <translation>crear</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>renombrar</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>ejecutar</translation>
    </message>
    <message>
        <source>list</source>
        <translation>listar</translation>
    </message>
    <message>
        <source>traverse</source>
        <translation>atravesar</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>conectar</translation>
    </message>
    <message>
        <source>change permissions</source>
        <translation>cambiar permisos</translation>
    </message>
    <message>
        <source>change owner</source>
        <translation>cambiar propietario</translation>
    </message>
    <message>
        <source>use</source>
        <translation>usar</translation>
    </message>
    <message>
        <source>every plausible operation</source>
        <translation>toda operación plausible</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explains why a file or folder gives &quot;Permission denied&quot;.</source>
        <translation>Explica por qué un archivo o una carpeta da «Permiso denegado».</translation>
    </message>
    <message>
        <source>The file or folder to check.</source>
        <translation>El archivo o la carpeta que se va a comprobar.</translation>
    </message>
    <message>
        <source>Use a dark palette.</source>
        <translation>Usar una paleta oscura.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (de, en, es, fr, ja).</source>
        <translation>Usar este idioma en lugar del del sistema (de, en, es, fr, ja).</translation>
    </message>
    <message>
        <source>What was attempted: any (every plausible operation), read, write, create, delete, rename, execute, list, traverse or connect.</source>
        <translation>Lo que se intentó: any (toda operación plausible), read, write, create, delete, rename, execute, list, traverse o connect.</translation>
    </message>
    <message>
        <source>Once the first answer is on screen, write what the window shows (headline, cause ids, fix ids, holders) to FILE as JSON.</source>
        <translation>En cuanto se muestre la primera respuesta, escribe lo que muestra la ventana (titular, identificadores de causas y de correcciones, procesos que bloquean) en FILE como JSON.</translation>
    </message>
    <message>
        <source>Quit once --dump-view has written its file.</source>
        <translation>Salir cuando --dump-view haya escrito su archivo.</translation>
    </message>
</context>
<context>
    <name>wdgui::AuditFilesModel</name>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Owner (uid)</source>
        <translation>Propietario (uid)</translation>
    </message>
</context>
<context>
    <name>wdgui::AuditModel</name>
    <message>
        <source>Owned by another user</source>
        <translation>Pertenece a otro usuario</translation>
    </message>
    <message>
        <source>Yours, but without the permission</source>
        <translation>Tuyo, pero sin el permiso</translation>
    </message>
    <message>
        <source>Your group lacks the permission</source>
        <translation>A tu grupo le falta el permiso</translation>
    </message>
    <message>
        <source>Folders without search permission</source>
        <translation>Carpetas sin permiso de búsqueda</translation>
    </message>
    <message>
        <source>In folders you cannot change</source>
        <translation>En carpetas que no puedes cambiar</translation>
    </message>
    <message>
        <source>In a sticky folder, owned by others</source>
        <translation>En una carpeta sticky, de otros propietarios</translation>
    </message>
    <message>
        <source>Immutable</source>
        <translation>Inmutable</translation>
    </message>
    <message>
        <source>Append-only</source>
        <translation>Solo anexar</translation>
    </message>
    <message>
        <source>An ACL denies it</source>
        <translation>Una ACL lo deniega</translation>
    </message>
    <message>
        <source>On a read-only filesystem</source>
        <translation>En un sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <source>Group membership not active yet</source>
        <translation>Pertenencia al grupo aún no activa</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Por ejemplo</translation>
    </message>
</context>
<context>
    <name>wdgui::AuditView</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Fix all in this group…</source>
        <translation>Solucionar todo este grupo…</translation>
    </message>
    <message>
        <source>Auditing %1 for %2…</source>
        <translation>Auditando %1 para %2…</translation>
    </message>
    <message>
        <source>%1 changed · %2</source>
        <translation>%1 cambiados · %2</translation>
    </message>
    <message>
        <source>%1 entries scanned · %2 per second · %3 denied</source>
        <translation>%1 entradas examinadas · %2 por segundo · %3 denegadas</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source> (cancelled: the counts cover what was seen)</source>
        <translation> (cancelado: las cifras cubren lo que se llegó a ver)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Fix all in this group</source>
        <translation>Solucionar todo este grupo</translation>
    </message>
    <message>
        <source>%1.

The same as: %2
(only the %3 entries of this group are changed; undo is recorded)</source>
        <translation>%1.

Equivale a: %2
(solo se cambian las %3 entradas de este grupo; se registra cómo deshacerlo)</translation>
    </message>
    <message>
        <source>Fixing: %1…</source>
        <translation>Solucionando: %1…</translation>
    </message>
    <message>
        <source>Changed %1 entries (%2 failed); audited again: %3 denied. Undo: whydenied-cli undo %4</source>
        <translation>Se cambiaron %1 entradas (%2 fallaron); nueva auditoría: %3 denegadas. Deshacer: whydenied-cli undo %4</translation>
    </message>
    <message>
        <source>%1 in %2, %3 denied, %4 s%5</source>
        <translation>%1 en %2, %3 denegadas, %4 s%5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folders</source>
        <translation>
            <numerusform>%Ln carpeta</numerusform>
            <numerusform>%Ln carpetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo this fix</source>
        <translation>Deshacer esta corrección</translation>
    </message>
    <message>
        <source>Put back every entry the last bulk fix changed, where it is still as the fix left it</source>
        <translation>Restaurar cada entrada que cambió la última corrección en bloque, si sigue como la dejó la corrección</translation>
    </message>
    <message>
        <source>Undoing %1…</source>
        <translation>Deshaciendo %1…</translation>
    </message>
    <message>
        <source>Restored %1 entries; %2 left alone.</source>
        <translation>%1 entradas restauradas; %2 sin tocar.</translation>
    </message>
    <message>
        <source>Filter the entries of this group</source>
        <translation>Filtrar las entradas de este grupo</translation>
    </message>
    <message>
        <source>Entries of the selected group</source>
        <translation>Entradas del grupo elegido</translation>
    </message>
    <message>
        <source>The first %1 of %2 entries are listed.</source>
        <translation>Se listan las primeras %1 de %2 entradas.</translation>
    </message>
</context>
<context>
    <name>wdgui::CauseCard</name>
    <message>
        <source>almost certainly (%1%)</source>
        <translation>casi seguro (%1 %)</translation>
    </message>
    <message>
        <source>likely (%1%)</source>
        <translation>probable (%1 %)</translation>
    </message>
    <message>
        <source>possible (%1%)</source>
        <translation>posible (%1 %)</translation>
    </message>
    <message>
        <source>Cause %1: %2</source>
        <translation>Causa %1: %2</translation>
    </message>
    <message>
        <source>Cause id: %1</source>
        <translation>Identificador de la causa: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>for an administrator</source>
        <translation>para un administrador</translation>
    </message>
    <message>
        <source>needs an administrator password</source>
        <translation>requiere la contraseña de un administrador</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Orden equivalente</translation>
    </message>
    <message>
        <source>The equivalent command, to run yourself in a terminal</source>
        <translation>La orden equivalente, para ejecutarla tú mismo en una terminal</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the command %1</source>
        <translation>Copiar la orden %1</translation>
    </message>
    <message>
        <source>For an administrator: copy the command and run it yourself</source>
        <translation>Para un administrador: copia la orden y ejecútala tú mismo</translation>
    </message>
    <message>
        <source>Shows exactly what will change, and asks before doing it</source>
        <translation>Muestra exactamente qué cambiará y pregunta antes de hacerlo</translation>
    </message>
    <message>
        <source>WhyDenied cannot do this for you: copy the command and run it yourself</source>
        <translation>WhyDenied no puede hacerlo por ti: copia el comando y ejecútalo tú mismo</translation>
    </message>
    <message>
        <source>This copy of WhyDenied is installed for you alone, so it does not ask for administrator rights: copy the command and run it in an administrator terminal</source>
        <translation>Esta copia de WhyDenied está instalada solo para usted, así que no pide derechos de administrador: copie el comando y ejecútelo en un terminal de administrador</translation>
    </message>
</context>
<context>
    <name>wdgui::DropZone</name>
    <message>
        <source>Drop zone</source>
        <translation>Zona para soltar</translation>
    </message>
    <message>
        <source>Drop a file, a folder or an error message here, or press Enter to choose a file</source>
        <translation>Suelta aquí un archivo, una carpeta o un mensaje de error, o pulsa Intro para elegir un archivo</translation>
    </message>
    <message>
        <source>Drop a file, a folder or an error message here</source>
        <translation>Suelta aquí un archivo, una carpeta o un mensaje de error</translation>
    </message>
    <message>
        <source>or paste the error text with Ctrl+V, or choose a file with Ctrl+O</source>
        <translation>o pega el texto del error con Ctrl+V, o elige un archivo con Ctrl+O</translation>
    </message>
    <message>
        <source>Release to find out why</source>
        <translation>Suelta para saber por qué</translation>
    </message>
</context>
<context>
    <name>wdgui::FixDialog</name>
    <message>
        <source>Apply a fix</source>
        <translation>Aplicar una solución</translation>
    </message>
    <message>
        <source>The equivalent command:</source>
        <translation>La orden equivalente:</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Orden equivalente</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>To undo it: %1</source>
        <translation>Para deshacerlo: %1</translation>
    </message>
    <message>
        <source>Needs an administrator: you will be asked for a password.</source>
        <translation>Requiere un administrador: se te pedirá una contraseña.</translation>
    </message>
    <message>
        <source>Runs as you; no password needed.</source>
        <translation>Se ejecuta como tú; no hace falta contraseña.</translation>
    </message>
    <message>
        <source>%1 is a system location. I understand and want to change it.</source>
        <translation>%1 es una ubicación del sistema. Lo entiendo y quiero cambiarla.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Waiting for the administrator password…</source>
        <translation>Esperando la contraseña de administrador…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Fixed — your copy is %1, and you can %2 it.</source>
        <translation>Solucionado: ahora puedes %2 tu copia, %1.</translation>
    </message>
    <message>
        <source>Fixed — you can now %1 %2.</source>
        <translation>Solucionado: ahora puedes %1 %2.</translation>
    </message>
    <message>
        <source>Applied, but %1 is still denied: %2</source>
        <translation>Aplicado, pero %1 sigue denegado: %2</translation>
    </message>
    <message>
        <source>Applied, but %1 is still denied.</source>
        <translation>Aplicado, pero %1 sigue denegado.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Deshaciendo…</translation>
    </message>
    <message>
        <source>Undone — %1 is back as it was.</source>
        <translation>Deshecho: %1 vuelve a estar como antes.</translation>
    </message>
    <message>
        <source>Already undone; nothing was changed.</source>
        <translation>Ya estaba deshecho; no se cambió nada.</translation>
    </message>
    <message>
        <source>Undone — %1 is back, but without its setuid/setgid bits: WhyDenied never gives them back.</source>
        <translation>Deshecho — %1 ha vuelto, pero sin sus bits setuid/setgid: WhyDenied nunca los devuelve.</translation>
    </message>
</context>
<context>
    <name>wdgui::HoldersModel</name>
    <message>
        <source>reading</source>
        <translation>leyendo</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>escribiendo</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>mapped in memory</source>
        <translation>mapeado en memoria</translation>
    </message>
    <message>
        <source>current folder</source>
        <translation>carpeta actual</translation>
    </message>
    <message>
        <source>root folder</source>
        <translation>carpeta raíz</translation>
    </message>
    <message>
        <source>running it</source>
        <translation>lo está ejecutando</translation>
    </message>
    <message>
        <source>locked (flock)</source>
        <translation>bloqueado (flock)</translation>
    </message>
    <message>
        <source>locked (record lock)</source>
        <translation>bloqueado (bloqueo de región)</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>How it holds it</source>
        <translation>Cómo lo retiene</translation>
    </message>
</context>
<context>
    <name>wdgui::HoldersPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>E&amp;nd process…</source>
        <translation>Termi&amp;nar proceso…</translation>
    </message>
    <message>
        <source>Reveal in system &amp;monitor</source>
        <translation>Mostrar en el &amp;monitor del sistema</translation>
    </message>
    <message>
        <source>Programs using the file</source>
        <translation>Programas que usan el archivo</translation>
    </message>
    <message>
        <source>Ask the selected program to quit</source>
        <translation>Pedir al programa seleccionado que se cierre</translation>
    </message>
    <message>
        <source>Looking for programs that use %1…</source>
        <translation>Buscando programas que usan %1…</translation>
    </message>
    <message>
        <source>No program is using %1 or anything in it.</source>
        <translation>Ningún programa está usando %1 ni nada de su interior.</translation>
    </message>
    <message>
        <source>No program is using %1.</source>
        <translation>Ningún programa está usando %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) using %1 or something in it:</source>
        <translation>
            <numerusform>%n programa usa %1 o algo de su interior:</numerusform>
            <numerusform>%n programas usan %1 o algo de su interior:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) using %1:</source>
        <translation>
            <numerusform>%n programa usa %1:</numerusform>
            <numerusform>%n programas usan %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) of other users could not be inspected; an administrator can see them.</source>
        <translation>
            <numerusform>No se pudo inspeccionar %n proceso de otro usuario; un administrador puede verlo.</numerusform>
            <numerusform>No se pudieron inspeccionar %n procesos de otros usuarios; un administrador puede verlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot end %1</source>
        <translation>No se puede terminar %1</translation>
    </message>
    <message>
        <source>End %1 (process %2 of %3)? It is asked to quit and may save its work, or it may lose unsaved changes.</source>
        <translation>¿Terminar %1 (proceso %2 de %3)? Se le pide que se cierre; puede guardar su trabajo o perder los cambios no guardados.</translation>
    </message>
    <message>
        <source>End %1?</source>
        <translation>¿Terminar %1?</translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation>%1 sigue en ejecución</translation>
    </message>
    <message>
        <source>%1 did not quit when asked. Force it to quit? It cannot save anything then.</source>
        <translation>%1 no se cerró cuando se le pidió. ¿Forzar el cierre? Entonces no podrá guardar nada.</translation>
    </message>
    <message>
        <source>The system refused to signal it: %1</source>
        <translation>El sistema se negó a enviarle la señal: %1</translation>
    </message>
    <message>
        <source>Look as &amp;administrator…</source>
        <translation>Mirar como a&amp;dministrador…</translation>
    </message>
    <message>
        <source>Also look at other users&apos; programs (asks for an administrator password)</source>
        <translation>Mirar también los programas de otros usuarios (pide una contraseña de administrador)</translation>
    </message>
    <message>
        <source>&amp;Close this handle…</source>
        <translation>Cerrar e&amp;ste identificador…</translation>
    </message>
    <message>
        <source>Replace or delete at next re&amp;start</source>
        <translation>Reemplazar o eliminar al próximo rein&amp;icio</translation>
    </message>
    <message>
        <source>Close the program&apos;s handle on the file without ending the program (it may lose unsaved data)</source>
        <translation>Cerrar el identificador del programa sobre el archivo sin finalizar el programa (puede perder datos no guardados)</translation>
    </message>
    <message>
        <source>When nothing else releases the file: Windows deletes or replaces it while it restarts</source>
        <translation>Cuando nada más libera el archivo: Windows lo elimina o reemplaza durante el reinicio</translation>
    </message>
    <message>
        <source>&amp;Delete it at the next restart…</source>
        <translation>&amp;Eliminar al próximo reinicio…</translation>
    </message>
    <message>
        <source>&amp;Replace it with another file at the next restart…</source>
        <translation>&amp;Reemplazar por otro archivo al próximo reinicio…</translation>
    </message>
    <message>
        <source>Take back the change scheduled for the next restart</source>
        <translation>Deshacer el cambio previsto para el próximo reinicio</translation>
    </message>
    <message>
        <source>The file that takes its place</source>
        <translation>El archivo que ocupa su lugar</translation>
    </message>
    <message>
        <source>Close the handle of %1 (process %2) on %3, without ending %1?

%1 is not told. It may fail, or lose unsaved data, the next time it uses the file. This cannot be undone. Ending the program is the safer way when it can save its work first.

An administrator&apos;s approval is needed.</source>
        <translation>¿Cerrar el identificador de %1 (proceso %2) sobre %3 sin finalizar %1?

%1 no recibe aviso. Puede fallar o perder datos no guardados la próxima vez que use el archivo. No se puede deshacer. Finalizar el programa es más seguro si puede guardar antes su trabajo.

Se necesita la aprobación de un administrador.</translation>
    </message>
    <message>
        <source>Close the handle of %1?</source>
        <translation>¿Cerrar el identificador de %1?</translation>
    </message>
    <message>
        <source>Close the handle of %1</source>
        <translation>Cerrar el identificador de %1</translation>
    </message>
    <message>
        <source>Delete %1 when Windows next restarts?

Use this when neither ending the program nor closing its handle releases the file. Until the restart the file stays as it is, and this can be taken back. An administrator&apos;s approval is needed.</source>
        <translation>¿Eliminar %1 en el próximo reinicio de Windows?

Úselo cuando ni finalizar el programa ni cerrar su identificador liberan el archivo. Hasta el reinicio el archivo queda como está, y se puede deshacer. Se necesita la aprobación de un administrador.</translation>
    </message>
    <message>
        <source>Replace %1 with %2 when Windows next restarts?

Use this when neither ending the program nor closing its handle releases the file. %2 is moved into its place; until the restart both stay as they are, and this can be taken back. An administrator&apos;s approval is needed.</source>
        <translation>¿Reemplazar %1 por %2 en el próximo reinicio de Windows?

Úselo cuando ni finalizar el programa ni cerrar su identificador liberan el archivo. %2 se mueve a su lugar; hasta el reinicio ambos quedan como están, y se puede deshacer. Se necesita la aprobación de un administrador.</translation>
    </message>
    <message>
        <source>Change %1 at the next restart?</source>
        <translation>¿Cambiar %1 en el próximo reinicio?</translation>
    </message>
    <message>
        <source>At the next restart</source>
        <translation>En el próximo reinicio</translation>
    </message>
    <message>
        <source>Keep &amp;it at restart</source>
        <translation>Conservar a&amp;l reiniciar</translation>
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
        <translation>El sistema de archivos aún no responde. Puede que un recurso compartido de red no esté respondiendo; Cancelar deja de esperar.</translation>
    </message>
    <message>
        <source>Error te&amp;xt</source>
        <translation>Texto del e&amp;rror</translation>
    </message>
    <message>
        <source>Paste an error message here, for example:
PermissionError: [Errno 13] Permission denied: &apos;/srv/report.csv&apos;</source>
        <translation>Pega aquí un mensaje de error, por ejemplo:
PermissionError: [Errno 13] Permission denied: &apos;/srv/report.csv&apos;</translation>
    </message>
    <message>
        <source>Error text</source>
        <translation>Texto del error</translation>
    </message>
    <message>
        <source>Paste the error message; the paths in it are checked</source>
        <translation>Pega el mensaje de error; se comprueban las rutas que contiene</translation>
    </message>
    <message>
        <source>Found several &amp;paths; choose one to check:</source>
        <translation>Se encontraron &amp;varias rutas; elige una para comprobarla:</translation>
    </message>
    <message>
        <source>Paths found</source>
        <translation>Rutas encontradas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operación:</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>What the program tried to do; changing it checks again</source>
        <translation>Lo que intentó hacer el programa; al cambiarlo se vuelve a comprobar</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Elegir archivo</translation>
    </message>
    <message>
        <source>Choose a file to check (Ctrl+O)</source>
        <translation>Elegir un archivo para comprobarlo (Ctrl+O)</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
    <message>
        <source>Copy the diagnosis as Markdown, for a support ticket</source>
        <translation>Copiar el diagnóstico en Markdown, para una solicitud de soporte</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Guardar informe…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Cancelar la comprobación</translation>
    </message>
    <message>
        <source>Stop waiting for this check (Esc)</source>
        <translation>Dejar de esperar esta comprobación (Esc)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Checked path</source>
        <translation>Ruta comprobada</translation>
    </message>
    <message>
        <source>The kernel&apos;s answer</source>
        <translation>La respuesta del núcleo</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Causas probables</translation>
    </message>
    <message>
        <source>Path, component by component</source>
        <translation>Ruta, componente a componente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Recientes</translation>
    </message>
    <message>
        <source>Cop&amp;y report</source>
        <translation>Cop&amp;iar informe</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Paste error text</source>
        <translation>&amp;Pegar texto del error</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>&amp;Cancelar comprobación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About WhyDenied</source>
        <translation>&amp;Acerca de WhyDenied</translation>
    </message>
    <message>
        <source>About WhyDenied</source>
        <translation>Acerca de WhyDenied</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;WhyDenied&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Explains “Permission denied” errors: which component of the path stops you, why, and what would change it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;WhyDenied&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Explica los errores «Permiso denegado»: qué componente de la ruta te detiene, por qué y qué lo cambiaría.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No file or folder path was found in this text. Drop the file itself, or choose it with Ctrl+O.</source>
        <translation>No se encontró ninguna ruta de archivo o carpeta en este texto. Suelta el archivo en sí, o elígelo con Ctrl+O.</translation>
    </message>
    <message>
        <source>%1 path</source>
        <translation>ruta de %1</translation>
    </message>
    <message>
        <source>%1 is a %2 path. It must be diagnosed on the %2 machine where the error happened: run WhyDenied there.</source>
        <translation>%1 es una ruta de %2. Debe diagnosticarse en la máquina %2 donde ocurrió el error: ejecuta WhyDenied allí.</translation>
    </message>
    <message>
        <source>This path is on another computer</source>
        <translation>Esta ruta está en otro ordenador</translation>
    </message>
    <message>
        <source>The error names a relative path; it is checked in %1, which may not be the folder the program ran in.</source>
        <translation>El error menciona una ruta relativa; se comprueba en %1, que puede no ser la carpeta en la que se ejecutó el programa.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Checking %1…  %2</source>
        <translation>Comprobando %1…  %2</translation>
    </message>
    <message>
        <source>%1 — WhyDenied</source>
        <translation>%1 — WhyDenied</translation>
    </message>
    <message>
        <source>The kernel allows it now (%1).</source>
        <translation>El núcleo lo permite ahora (%1).</translation>
    </message>
    <message>
        <source>The kernel answers %1 to %2.</source>
        <translation>El núcleo responde %1 a %2.</translation>
    </message>
    <message>
        <source>Part of the answer is computed, not asked.</source>
        <translation>Parte de la respuesta se ha calculado, no se ha preguntado al sistema.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Gave up waiting for %1</source>
        <translation>Se dejó de esperar a %1</translation>
    </message>
    <message>
        <source>The check was cancelled. If the file is on a network share that is not answering, the check may still be stuck in the background; it cannot harm anything.</source>
        <translation>Se canceló la comprobación. Si el archivo está en un recurso compartido de red que no responde, la comprobación puede seguir bloqueada en segundo plano; no puede dañar nada.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Why was it denied?</source>
        <translation>¿Por qué se denegó?</translation>
    </message>
    <message>
        <source>Drop the file or folder that gave the error, or paste the error message.</source>
        <translation>Suelta el archivo o la carpeta que dio el error, o pega el mensaje de error.</translation>
    </message>
    <message>
        <source>The likely causes will appear here, most likely first, each with the change that would fix it.</source>
        <translation>Las causas probables aparecerán aquí, la más probable primero, cada una con el cambio que lo solucionaría.</translation>
    </message>
    <message>
        <source>Command copied to the clipboard</source>
        <translation>Orden copiada al portapapeles</translation>
    </message>
    <message>
        <source>No permission problem here. Check that the program uses this exact path, that it runs as you (not as a service user or in a container), and on this computer.</source>
        <translation>Aquí no hay ningún problema de permisos. Comprueba que el programa usa exactamente esta ruta, que se ejecuta como tú (no como un usuario de servicio ni en un contenedor) y en este ordenador.</translation>
    </message>
    <message>
        <source>This input could not be checked.</source>
        <translation>No se pudo comprobar esta entrada.</translation>
    </message>
    <message>
        <source>Choose the file that gave the error</source>
        <translation>Elige el archivo que dio el error</translation>
    </message>
    <message>
        <source>Choose the folder that gave the error</source>
        <translation>Elige la carpeta que dio el error</translation>
    </message>
    <message>
        <source>Report copied to the clipboard</source>
        <translation>Informe copiado al portapapeles</translation>
    </message>
    <message>
        <source>whydenied-%1.md</source>
        <translation>whydenied-%1.md</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;Texto (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>No se pudo guardar el informe en %1: %2</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>Audit everything inside…</source>
        <translation>Auditar todo su contenido…</translation>
    </message>
    <message>
        <source>Check every file and folder beneath this folder, grouped by cause</source>
        <translation>Comprobar cada archivo y carpeta dentro de esta carpeta, agrupados por causa</translation>
    </message>
    <message>
        <source>Audit of %1 — WhyDenied</source>
        <translation>Auditoría de %1 — WhyDenied</translation>
    </message>
    <message>
        <source>Show programs using it</source>
        <translation>Mostrar los programas que lo usan</translation>
    </message>
    <message>
        <source>List the processes that have this file open, mapped or locked</source>
        <translation>Listar los procesos que tienen este archivo abierto, mapeado o bloqueado</translation>
    </message>
    <message>
        <source>Programs using it</source>
        <translation>Programas que lo usan</translation>
    </message>
    <message>
        <source>(no path)</source>
        <translation>(sin ruta)</translation>
    </message>
    <message>
        <source>The message names no file or folder.</source>
        <translation>El mensaje no menciona ningún archivo ni carpeta.</translation>
    </message>
    <message>
        <source>This is not about a file on this computer</source>
        <translation>No se trata de un archivo de este ordenador</translation>
    </message>
    <message>
        <source>Nothing on this computer was checked; the advice below comes from the message.</source>
        <translation>No se comprobó nada en este ordenador; los consejos de abajo vienen del mensaje.</translation>
    </message>
    <message>
        <source>Cannot apply this fix</source>
        <translation>No se puede aplicar esta solución</translation>
    </message>
    <message>
        <source>Open &amp;audit log…</source>
        <translation>Abrir registro de &amp;auditoría…</translation>
    </message>
    <message>
        <source>Open the audit log that recorded the denial</source>
        <translation>Abrir el registro de auditoría que recogió la denegación</translation>
    </message>
    <message>
        <source>%1 could not be read as an audit log.</source>
        <translation>No se pudo leer %1 como registro de auditoría.</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>Registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Ask the system again (F5), after you changed something yourself</source>
        <translation>Preguntar de nuevo al sistema (F5), después de cambiar algo usted mismo</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Au&amp;dit a folder…</source>
        <translation>Audi&amp;tar una carpeta…</translation>
    </message>
    <message>
        <source>Audit a folder</source>
        <translation>Auditar una carpeta</translation>
    </message>
    <message>
        <source>Anything denied?</source>
        <translation>¿Algo denegado?</translation>
    </message>
    <message>
        <source>create inside</source>
        <translation>crear dentro</translation>
    </message>
    <message>
        <source>%1: allowed</source>
        <translation>%1: permitido</translation>
    </message>
    <message>
        <source>%1: denied</source>
        <translation>%1: denegado</translation>
    </message>
    <message>
        <source>%1: denied (%2)</source>
        <translation>%1: denegado (%2)</translation>
    </message>
    <message>
        <source>%1: unknown</source>
        <translation>%1: desconocido</translation>
    </message>
    <message>
        <source>Checked: %1.</source>
        <translation>Comprobado: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Computed from the facts, not asked of the kernel: %1 (%2).</source>
        <translation>Calculado a partir de los hechos, sin preguntar al kernel: %1 (%2).</translation>
    </message>
    <message>
        <source>Computed from the facts, not asked of the kernel: allowed (%1).</source>
        <translation>Calculado a partir de los hechos, sin preguntar al kernel: permitido (%1).</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Corregido: %1</translation>
    </message>
    <message>
        <source>Fix all (%1 steps)</source>
        <translation>Arreglar todo (%1 pasos)</translation>
    </message>
    <message>
        <source>(administrator)</source>
        <translation>(administrador)</translation>
    </message>
    <message>
        <source>Fix all</source>
        <translation>Arreglar todo</translation>
    </message>
    <message>
        <source>Apply these %1 steps? Those marked (administrator) ask for the password once, together.</source>
        <translation>¿Aplicar estos %1 pasos? Los marcados (administrador) piden la contraseña una sola vez, juntos.</translation>
    </message>
    <message>
        <source>Undo all</source>
        <translation>Deshacer todo</translation>
    </message>
    <message>
        <source>Read the system audit log as admi&amp;nistrator…</source>
        <translation>Leer el registro de auditoría del sistema como admi&amp;nistrador…</translation>
    </message>
    <message>
        <source>Reading the system audit log…</source>
        <translation>Leyendo el registro de auditoría del sistema…</translation>
    </message>
    <message>
        <source>The system audit log was not read: %1</source>
        <translation>No se leyó el registro de auditoría del sistema: %1</translation>
    </message>
    <message>
        <source>The system audit log has no record of %1</source>
        <translation>El registro de auditoría del sistema no tiene ningún registro de %1</translation>
    </message>
    <message>
        <source>Audit log: the system&apos;s records of %1</source>
        <translation>Registro de auditoría: los registros del sistema sobre %1</translation>
    </message>
</context>
<context>
    <name>wdgui::PathChainModel</name>
    <message>
        <source>access stops here</source>
        <translation>el acceso se detiene aquí</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>cannot be inspected (%1)</source>
        <translation>no se puede inspeccionar (%1)</translation>
    </message>
    <message>
        <source>immutable</source>
        <translation>inmutable</translation>
    </message>
    <message>
        <source>append-only</source>
        <translation>solo anexar</translation>
    </message>
    <message>
        <source>has an ACL</source>
        <translation>tiene una ACL</translation>
    </message>
    <message>
        <source>mount point</source>
        <translation>punto de montaje</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>wdgui::SubjectSelector</name>
    <message>
        <source>Chec&amp;k for:</source>
        <translation>Comprobar &amp;para:</translation>
    </message>
    <message>
        <source>Check for</source>
        <translation>Comprobar para</translation>
    </message>
    <message>
        <source>Whose access to check: yours, another user&apos;s (a web server&apos;s, say), a running program&apos;s or a service&apos;s</source>
        <translation>De quién es el acceso que se comprueba: el tuyo, el de otro usuario (por ejemplo, un servidor web), el de un programa en ejecución o el de un servicio</translation>
    </message>
    <message>
        <source>me</source>
        <translation>mí</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>otro usuario</translation>
    </message>
    <message>
        <source>a running program</source>
        <translation>un programa en ejecución</translation>
    </message>
    <message>
        <source>a service</source>
        <translation>un servicio</translation>
    </message>
    <message>
        <source>user name or uid, e.g. www-data</source>
        <translation>nombre de usuario o UID, p. ej. www-data</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>process id, e.g. 1234</source>
        <translation>identificador de proceso, p. ej. 1234</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>Identificador de proceso</translation>
    </message>
    <message>
        <source>service name, e.g. nginx</source>
        <translation>nombre del servicio, p. ej. nginx</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nombre del servicio</translation>
    </message>
</context>
<context>
    <name>whydenied</name>
    <message>
        <source>%1 (pid 1) starts and supervises everything else; ending it would stop the system.</source>
        <translation>%1 (PID 1) inicia y supervisa todo lo demás; terminarlo detendría el sistema.</translation>
    </message>
    <message>
        <source>%1 (pid %2) is this program itself.</source>
        <translation>%1 (PID %2) es este mismo programa.</translation>
    </message>
    <message>
        <source>%1 (pid %2) is part of the kernel and cannot be ended.</source>
        <translation>%1 (PID %2) forma parte del núcleo y no se puede terminar.</translation>
    </message>
    <message>
        <source>%1 (pid %2) belongs to %3; only they or an administrator may end it.</source>
        <translation>%1 (PID %2) pertenece a %3; solo ese usuario o un administrador puede terminarlo.</translation>
    </message>
    <message>
        <source>Process %2 is no longer %1: it has ended and the number now belongs to another program. Refresh the list.</source>
        <translation>El proceso %2 ya no es %1: terminó y el número pertenece ahora a otro programa. Actualiza la lista.</translation>
    </message>
    <message>
        <source>Ending processes is not supported on this system yet.</source>
        <translation>Terminar procesos aún no es posible en este sistema.</translation>
    </message>
    <message>
        <source>%1 could not be checked</source>
        <translation>No se pudo comprobar %1</translation>
    </message>
    <message>
        <source>You can %1 %2 — the error must come from somewhere else</source>
        <translation>Hay acceso a %2 (%1): el error debe de venir de otra parte</translation>
    </message>
    <message>
        <source>You cannot %1 %2</source>
        <translation>Sin acceso a %2 (%1)</translation>
    </message>
    <message>
        <source>Whether you can %1 %2 is unknown</source>
        <translation>No se sabe si hay acceso a %2 (%1)</translation>
    </message>
    <message>
        <source>The ACL mask of %1 takes the right away</source>
        <translation>La máscara de la ACL de %1 quita el permiso</translation>
    </message>
    <message>
        <source>%1 has an access control list. Your entry (%2) would allow it, but the ACL&apos;s mask limits every named entry and group to %3.</source>
        <translation>%1 tiene una lista de control de acceso (ACL). Tu entrada (%2) lo permitiría, pero la máscara de la ACL limita cada entrada con nombre y cada grupo a %3.</translation>
    </message>
    <message>
        <source>An ACL entry on %1 limits you</source>
        <translation>Una entrada de la ACL de %1 te limita</translation>
    </message>
    <message>
        <source>%1 has an access control list with an entry that matches you (%2). It does not include %3, and the ACL takes precedence over the ordinary group and other permissions.</source>
        <translation>%1 tiene una lista de control de acceso (ACL) con una entrada que te corresponde (%2). No incluye %3, y la ACL tiene prioridad sobre los permisos normales del grupo y de los demás.</translation>
    </message>
    <message>
        <source>Widen the ACL mask</source>
        <translation>Ampliar la máscara de la ACL</translation>
    </message>
    <message>
        <source>Lets the ACL mask of %1 include %2.</source>
        <translation>Hace que la máscara de la ACL de %1 incluya %2.</translation>
    </message>
    <message>
        <source>%1 is append-only</source>
        <translation>%1 es de solo anexar</translation>
    </message>
    <message>
        <source>%1 carries the append-only attribute (chattr +a): data may be added at the end, but it cannot be overwritten, truncated, deleted or renamed. Log files are often protected this way.</source>
        <translation>%1 tiene el atributo de solo anexar (chattr +a): se pueden añadir datos al final, pero no se puede sobrescribir, truncar, eliminar ni renombrar. Los archivos de registro suelen protegerse así.</translation>
    </message>
    <message>
        <source>Remove the append-only attribute</source>
        <translation>Quitar el atributo de solo anexar</translation>
    </message>
    <message>
        <source>Clears the append-only attribute of %1.</source>
        <translation>Elimina el atributo de solo anexar de %1.</translation>
    </message>
    <message>
        <source>Only the owner of %1 may change its permissions</source>
        <translation>Solo el propietario de %1 puede cambiar sus permisos</translation>
    </message>
    <message>
        <source>Changing the owner of %1 needs administrator rights</source>
        <translation>Cambiar el propietario de %1 requiere derechos de administrador</translation>
    </message>
    <message>
        <source>%1 belongs to %2. Only its owner, or an administrator, may change its permissions; no permission bit grants that.</source>
        <translation>%1 pertenece a %2. Solo su propietario, o un administrador, puede cambiar sus permisos; ningún bit de permiso lo concede.</translation>
    </message>
    <message>
        <source>Giving a file to another user needs the CAP_CHOWN privilege, which ordinary users do not have, whatever the permissions of %1.</source>
        <translation>Dar un archivo a otro usuario requiere el privilegio CAP_CHOWN, que los usuarios normales no tienen, sean cuales sean los permisos de %1.</translation>
    </message>
    <message>
        <source>%1 is only a placeholder for a file in the cloud</source>
        <translation>%1 es solo un marcador de posición de un archivo en la nube</translation>
    </message>
    <message>
        <source>The file&apos;s contents are not on this computer (OneDrive Files On-Demand or a similar sync app). They are downloaded when a program opens it, which fails when the sync app is not running, signed out, offline, or blocks the program. Start the sync app, or right-click the file and choose &quot;Always keep on this device&quot;.</source>
        <translation>El contenido del archivo no está en este ordenador (Archivos a petición de OneDrive o una aplicación de sincronización similar). Se descarga cuando un programa lo abre, lo que falla si la aplicación de sincronización no se está ejecutando, no tiene la sesión iniciada, está sin conexión o bloquea el programa. Inicia la aplicación de sincronización, o haz clic con el botón derecho en el archivo y elige «Mantener siempre en este dispositivo».</translation>
    </message>
    <message>
        <source>Keep it on this device</source>
        <translation>Mantenerlo en este dispositivo</translation>
    </message>
    <message>
        <source>Marks %1 as always available offline, so the sync app downloads it.</source>
        <translation>Marca %1 como disponible siempre sin conexión, para que la aplicación de sincronización lo descargue.</translation>
    </message>
    <message>
        <source>Changes the permissions of %1 with chmod %2.</source>
        <translation>Cambia los permisos de %1 con chmod %2.</translation>
    </message>
    <message>
        <source>Grant only you %1 on it (ACL)</source>
        <translation>Concederte solo a ti %1 sobre él (ACL)</translation>
    </message>
    <message>
        <source>Adds an ACL entry for %1 with %2 to %3; nobody else gains access.</source>
        <translation>Añade a %3 una entrada de ACL para %1 con %2; nadie más obtiene acceso.</translation>
    </message>
    <message>
        <source>Take ownership</source>
        <translation>Tomar posesión</translation>
    </message>
    <message>
        <source>Makes %1 the owner of %2 (it belongs to %3 now).</source>
        <translation>Hace a %1 propietario de %2 (ahora pertenece a %3).</translation>
    </message>
    <message>
        <source>Work on a copy you own</source>
        <translation>Trabajar con una copia propia</translation>
    </message>
    <message>
        <source>Copies %1 to a folder of yours (%2), writable for you only; the original stays as it is.</source>
        <translation>Copia %1 a una carpeta tuya (%2), con escritura solo para ti; el original queda como está.</translation>
    </message>
    <message>
        <source>Only an elevated (administrator) program may %1 %2</source>
        <translation>Solo un programa elevado (administrador) puede acceder a %2 (%1)</translation>
    </message>
    <message>
        <source>Your account is an administrator, but User Account Control runs programs without those rights until you confirm. The permissions of %1 let administrators do this; run the program as administrator (right-click, Run as administrator), or work on a copy.</source>
        <translation>Tu cuenta es de administrador, pero el Control de cuentas de usuario ejecuta los programas sin esos derechos hasta que confirmas. Los permisos de %1 permiten esto a los administradores; ejecuta el programa como administrador (clic derecho, Ejecutar como administrador), o trabaja con una copia.</translation>
    </message>
    <message>
        <source>Run the program as administrator</source>
        <translation>Ejecutar el programa como administrador</translation>
    </message>
    <message>
        <source>Starts the program again with the full administrator token (a UAC prompt appears).</source>
        <translation>Vuelve a iniciar el programa con el token de administrador completo (aparece un aviso del Control de cuentas de usuario).</translation>
    </message>
    <message>
        <source>%1 is in use by %2</source>
        <translation>%2 está usando %1</translation>
    </message>
    <message>
        <source>Another program has it open or locked, and the system refuses while it does. Close it in that program (or close the program), then try again.</source>
        <translation>Otro programa lo tiene abierto o bloqueado, y el sistema se niega mientras tanto. Ciérralo en ese programa (o cierra el programa) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is locked by %2</source>
        <translation>%2 tiene bloqueado %1</translation>
    </message>
    <message>
        <source>The system itself would allow this, but the file carries a lock. Programs that respect locks (office suites, databases, package managers) wait or refuse until %1 releases it.</source>
        <translation>El sistema en sí lo permitiría, pero el archivo tiene un bloqueo. Los programas que respetan los bloqueos (suites ofimáticas, bases de datos, gestores de paquetes) esperan o se niegan hasta que %1 lo libere.</translation>
    </message>
    <message>
        <source>The group %1 may not %2 %3</source>
        <translation>El grupo %1 no tiene acceso a %3 (%2)</translation>
    </message>
    <message>
        <source>%1 belongs to %2 and the group %3, which you are in. The group&apos;s permissions are %4: %5 is not among them.</source>
        <translation>%1 pertenece a %2 y al grupo %3, del que formas parte. Los permisos del grupo son %4: %5 no está entre ellos.</translation>
    </message>
    <message>
        <source>Give the group %1 this right</source>
        <translation>Dar este permiso al grupo %1</translation>
    </message>
    <message>
        <source>You were added to the group %1, but this session does not have it yet</source>
        <translation>Se te añadió al grupo %1, pero esta sesión aún no lo tiene</translation>
    </message>
    <message>
        <source>The account database lists you in %1, which would allow this, but group membership is read when you log in. Programs started before you were added still run without it. Log out and back in, or start the program from `newgrp %1` or `sg %1 -c …`.</source>
        <translation>La base de datos de cuentas te incluye en %1, lo que lo permitiría, pero la pertenencia a grupos se lee al iniciar sesión. Los programas iniciados antes de que se te añadiera siguen ejecutándose sin ella. Cierra la sesión y vuelve a iniciarla, o inicia el programa desde `newgrp %1` o `sg %1 -c …`.</translation>
    </message>
    <message>
        <source>Start a shell with the group %1 active</source>
        <translation>Iniciar un shell con el grupo %1 activo</translation>
    </message>
    <message>
        <source>Nothing on disk changes. Only a new login (or newgrp) picks up the group.</source>
        <translation>No cambia nada en el disco. Solo un nuevo inicio de sesión (o newgrp) incorpora el grupo.</translation>
    </message>
    <message>
        <source>%1 is marked immutable</source>
        <translation>%1 está marcado como inmutable</translation>
    </message>
    <message>
        <source>%1 carries the immutable attribute (chattr +i). While it is set nobody, not even an administrator, can change, delete or rename it. Someone set it on purpose: make sure it may be lifted.</source>
        <translation>%1 tiene el atributo inmutable (chattr +i). Mientras esté puesto, nadie, ni siquiera un administrador, puede modificarlo, eliminarlo ni renombrarlo. Alguien lo puso a propósito: asegúrate de que se puede quitar.</translation>
    </message>
    <message>
        <source>Remove the immutable attribute</source>
        <translation>Quitar el atributo inmutable</translation>
    </message>
    <message>
        <source>Clears the immutable attribute of %1; its contents and permissions stay.</source>
        <translation>Elimina el atributo inmutable de %1; su contenido y sus permisos se mantienen.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>The program tried to open a folder as if it were a file. Use a file inside it, or a call meant for folders (for example shutil.rmtree or os.scandir in Python).</source>
        <translation>El programa intentó abrir una carpeta como si fuera un archivo. Usa un archivo de su interior, o una llamada pensada para carpetas (por ejemplo shutil.rmtree u os.scandir en Python).</translation>
    </message>
    <message>
        <source>SELinux policy denies this</source>
        <translation>La política de SELinux lo deniega</translation>
    </message>
    <message>
        <source>A security policy (AppArmor) denies this</source>
        <translation>Una política de seguridad (AppArmor) lo deniega</translation>
    </message>
    <message>
        <source>The permissions allow it, but SELinux is enforcing and the kernel still says no. Look for an AVC denial (`ausearch -m avc -ts recent`); a wrong label is often fixed with `restorecon`.</source>
        <translation>Los permisos lo permiten, pero SELinux está en modo «enforcing» y el núcleo sigue diciendo que no. Busca una denegación AVC (`ausearch -m avc -ts recent`); una etiqueta incorrecta suele arreglarse con `restorecon`.</translation>
    </message>
    <message>
        <source>The permissions allow it, but the kernel still says no and AppArmor is active. Look for DENIED lines in the kernel log (`journalctl -k | grep apparmor`).</source>
        <translation>Los permisos lo permiten, pero el núcleo sigue diciendo que no y AppArmor está activo. Busca líneas DENIED en el registro del núcleo (`journalctl -k | grep apparmor`).</translation>
    </message>
    <message>
        <source>Restore the SELinux label (administrator)</source>
        <translation>Restaurar la etiqueta de SELinux (administrador)</translation>
    </message>
    <message>
        <source>Show the AppArmor denials (administrator)</source>
        <translation>Mostrar las denegaciones de AppArmor (administrador)</translation>
    </message>
    <message>
        <source>Shown for an administrator; WhyDenied does not change security policy.</source>
        <translation>Se muestra para un administrador; WhyDenied no cambia la política de seguridad.</translation>
    </message>
    <message>
        <source>%1 is on %2, where the server decides</source>
        <translation>%1 está en %2, donde decide el servidor</translation>
    </message>
    <message>
        <source>%1 is a %2 filesystem from %3. Access there is decided by the server or the FUSE program, which may map your user differently (NFS root squash, SMB credentials, a FUSE mount without allow_other), so the permissions shown here are not the whole story.</source>
        <translation>%1 es un sistema de archivos %2 de %3. Allí el acceso lo decide el servidor o el programa FUSE, que puede asignar tu usuario de otra forma (root squash de NFS, credenciales de SMB, un montaje FUSE sin allow_other), así que los permisos que se muestran aquí no lo son todo.</translation>
    </message>
    <message>
        <source>Show the mount to the server&apos;s administrator</source>
        <translation>Mostrar el montaje al administrador del servidor</translation>
    </message>
    <message>
        <source>Shown for an administrator: the fix is on the server (exports, share permissions, uid mapping) or in the mount options; WhyDenied does not remount filesystems.</source>
        <translation>Se muestra para un administrador: la solución está en el servidor (exports, permisos del recurso compartido, asignación de UID) o en las opciones de montaje; WhyDenied no vuelve a montar sistemas de archivos.</translation>
    </message>
    <message>
        <source>Programs cannot run from %1</source>
        <translation>No se pueden ejecutar programas desde %1</translation>
    </message>
    <message>
        <source>The filesystem at %1 is mounted with noexec, so nothing on it can be executed, whatever its permissions. Run a script through its interpreter (for example `sh %2`), or copy the program to a normal location.</source>
        <translation>El sistema de archivos en %1 está montado con noexec, así que no se puede ejecutar nada en él, sean cuales sean sus permisos. Ejecuta un script a través de su intérprete (por ejemplo `sh %2`), o copia el programa a una ubicación normal.</translation>
    </message>
    <message>
        <source>Remount with exec (administrator)</source>
        <translation>Volver a montar con exec (administrador)</translation>
    </message>
    <message>
        <source>Shown for an administrator; WhyDenied does not remount filesystems.</source>
        <translation>Se muestra para un administrador; WhyDenied no vuelve a montar sistemas de archivos.</translation>
    </message>
    <message>
        <source>%1 belongs to %2</source>
        <translation>%1 pertenece a %2</translation>
    </message>
    <message>
        <source>%1 is owned by %2 and the group %3, and you are neither. Everyone else gets %4: %5 is not among them.</source>
        <translation>%1 pertenece a %2 y al grupo %3, y no eres ninguno de los dos. Todos los demás tienen %4: %5 no está entre ellos.</translation>
    </message>
    <message>
        <source>Join the group %1</source>
        <translation>Unirte al grupo %1</translation>
    </message>
    <message>
        <source>Adds you to the group %1 in the account database. It applies to programs started after you log in again, or from a shell started with `newgrp %1` or `sg %1 -c …`; programs already running, this one included, keep their old groups until then.</source>
        <translation>Te añade al grupo %1 en la base de datos de cuentas. Se aplica a los programas iniciados después de volver a iniciar sesión, o desde un shell iniciado con `newgrp %1` o `sg %1 -c …`; los programas que ya se están ejecutando, incluido este, conservan sus grupos anteriores hasta entonces.</translation>
    </message>
    <message>
        <source>You own %1, but its permissions do not allow you to %2 it</source>
        <translation>%1 es tuyo, pero sus permisos no te lo permiten (%2)</translation>
    </message>
    <message>
        <source>The file is yours, yet its owner permissions are %1: %2 is not among them. This usually means it was marked read-only (or, for a program, never made executable).</source>
        <translation>El archivo es tuyo, pero sus permisos de propietario son %1: %2 no está entre ellos. Normalmente significa que se marcó como de solo lectura (o, en el caso de un programa, que nunca se hizo ejecutable).</translation>
    </message>
    <message>
        <source>Make it writable for you</source>
        <translation>Hacerlo escribible para ti</translation>
    </message>
    <message>
        <source>Make it readable for you</source>
        <translation>Hacerlo legible para ti</translation>
    </message>
    <message>
        <source>Make it executable for you</source>
        <translation>Hacerlo ejecutable para ti</translation>
    </message>
    <message>
        <source>You cannot enter the folder %1</source>
        <translation>No puedes entrar en la carpeta %1</translation>
    </message>
    <message>
        <source>To reach %1 you must pass through %2, but that folder does not give you search (x) permission. Everything inside it is out of reach, whatever its own permissions say.</source>
        <translation>Para llegar a %1 tienes que pasar por %2, pero esa carpeta no te da permiso de búsqueda (x). Todo lo que contiene queda fuera de tu alcance, digan lo que digan sus propios permisos.</translation>
    </message>
    <message>
        <source>Let yourself enter the folder</source>
        <translation>Permitirte entrar en la carpeta</translation>
    </message>
    <message>
        <source>You cannot change the contents of the folder %1</source>
        <translation>No puedes cambiar el contenido de la carpeta %1</translation>
    </message>
    <message>
        <source>To %1 an entry in a folder you need write and search permission on the folder itself. %2 belongs to %3 and gives you only %4.</source>
        <translation>Para crear, eliminar o renombrar una entrada de una carpeta (aquí: %1) necesitas permiso de escritura y de búsqueda en la propia carpeta. %2 pertenece a %3 y solo te da %4.</translation>
    </message>
    <message>
        <source>Make the folder writable for you</source>
        <translation>Hacer la carpeta escribible para ti</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>This is not a permission problem: %1 does not exist. The nearest folder that does is %2. Check the spelling, or create it first.</source>
        <translation>No es un problema de permisos: %1 no existe. La carpeta existente más cercana es %2. Comprueba cómo está escrito, o créalo primero.</translation>
    </message>
    <message>
        <source>%1 is on a read-only filesystem</source>
        <translation>%1 está en un sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <source>The filesystem mounted at %1 (%2) is read-only, so nothing on it can be changed, whatever the permissions say. Copy the file somewhere writable, or ask an administrator whether it may be mounted read-write.</source>
        <translation>El sistema de archivos montado en %1 (%2) es de solo lectura, así que no se puede cambiar nada en él, sean cuales sean los permisos. Copia el archivo a un lugar con permiso de escritura, o pregunta a un administrador si se puede montar en modo de lectura y escritura.</translation>
    </message>
    <message>
        <source>Remount read-write (administrator)</source>
        <translation>Volver a montar en lectura y escritura (administrador)</translation>
    </message>
    <message>
        <source>%1 has the read-only attribute</source>
        <translation>%1 tiene el atributo de solo lectura</translation>
    </message>
    <message>
        <source>The file is marked read-only (the attribute shown by attrib and in Properties). Windows refuses to %1 it while the mark is set, whatever the permissions say. Clearing the mark needs only the right to change its attributes.</source>
        <translation>El archivo está marcado como de solo lectura (el atributo que muestran attrib y las Propiedades). Windows no lo permite (%1) mientras la marca esté puesta, sean cuales sean los permisos. Para quitar la marca basta con el derecho a cambiar sus atributos.</translation>
    </message>
    <message>
        <source>ssh refuses the private key %1 because others can read it</source>
        <translation>ssh rechaza la clave privada %1 porque otros pueden leerla</translation>
    </message>
    <message>
        <source>Its mode is %1. ssh (and git over ssh) ignores a private key that anyone but you can read and reports &quot;UNPROTECTED PRIVATE KEY FILE&quot; or &quot;bad permissions&quot;. Make it readable by you alone.</source>
        <translation>Su modo es %1. ssh (y git por ssh) ignora una clave privada que pueda leer alguien más aparte de ti, e informa de «UNPROTECTED PRIVATE KEY FILE» o «bad permissions». Haz que solo tú puedas leerla.</translation>
    </message>
    <message>
        <source>Make the key private (600)</source>
        <translation>Hacer privada la clave (600)</translation>
    </message>
    <message>
        <source>Only %1 may remove %2 from this shared folder</source>
        <translation>Solo %1 puede quitar %2 de esta carpeta compartida</translation>
    </message>
    <message>
        <source>%1 has the sticky bit (like /tmp): anyone may add entries, but only the owner of an entry, or of the folder, may delete or rename it. %2 belongs to %3.</source>
        <translation>%1 tiene el bit sticky (como /tmp): cualquiera puede añadir entradas, pero solo el propietario de una entrada, o de la carpeta, puede eliminarla o renombrarla. %2 pertenece a %3.</translation>
    </message>
    <message>
        <source>Ask %1 (or an administrator) to remove it</source>
        <translation>Pedir a %1 (o a un administrador) que lo quite</translation>
    </message>
    <message>
        <source>Nothing changes from here: the owner or an administrator runs the command.</source>
        <translation>Desde aquí no cambia nada: el propietario o un administrador ejecuta la orden.</translation>
    </message>
    <message>
        <source>The path loops through symbolic links</source>
        <translation>La ruta entra en un bucle de enlaces simbólicos</translation>
    </message>
    <message>
        <source>Following the symbolic links in %1 never ends (or needs more than 40 steps), so the system gives up. Point one of the links somewhere else.</source>
        <translation>Seguir los enlaces simbólicos de %1 no termina nunca (o requiere más de 40 pasos), así que el sistema se rinde. Haz que uno de los enlaces apunte a otro sitio.</translation>
    </message>
    <message>
        <source>%1 is a program that is running right now</source>
        <translation>%1 es un programa que se está ejecutando ahora mismo</translation>
    </message>
    <message>
        <source>%1 is a program that is running right now: %2</source>
        <translation>%1 es un programa que se está ejecutando ahora mismo: %2</translation>
    </message>
    <message>
        <source>The system does not let anyone overwrite a program while it runs. Stop the running copy, or write the new version beside it and rename it over the old one (rename is allowed).</source>
        <translation>El sistema no permite a nadie sobrescribir un programa mientras se ejecuta. Detén la copia en ejecución, o escribe la nueva versión al lado y renómbrala sobre la anterior (renombrar está permitido).</translation>
    </message>
    <message>
        <source>End the running program</source>
        <translation>Terminar el programa en ejecución</translation>
    </message>
    <message>
        <source>Asks %1 to quit (SIGTERM); unsaved work in it may be lost.</source>
        <translation>Pide a %1 que se cierre (SIGTERM); el trabajo no guardado en él puede perderse.</translation>
    </message>
    <message>
        <source>The system refuses, and none of the usual causes explains it</source>
        <translation>El sistema se niega, y ninguna de las causas habituales lo explica</translation>
    </message>
    <message>
        <source>The kernel answered %1, but the owner, group and other permissions, ACLs, attributes and mount options all allow this. A security module, a container or sandbox, or the server of a network filesystem may be deciding.</source>
        <translation>El núcleo respondió %1, pero los permisos del propietario, del grupo y de los demás, las ACL, los atributos y las opciones de montaje lo permiten todos. Puede que decida un módulo de seguridad, un contenedor o entorno aislado, o el servidor de un sistema de archivos de red.</translation>
    </message>
    <message>
        <source>Clear the read-only attribute</source>
        <translation>Quitar el atributo de solo lectura</translation>
    </message>
    <message>
        <source>Removes the read-only attribute of %1 (attrib -R).</source>
        <translation>Quita el atributo de solo lectura de %1 (attrib -R).</translation>
    </message>
    <message>
        <source>Grant your account modify rights</source>
        <translation>Conceder a tu cuenta derechos de modificación</translation>
    </message>
    <message>
        <source>Adds an entry to the permissions of %1 that lets %2 read, write and delete it; nobody else gains access.</source>
        <translation>Añade a los permisos de %1 una entrada que permite a %2 leerlo, escribirlo y eliminarlo; nadie más obtiene acceso.</translation>
    </message>
    <message>
        <source>Remove the deny entry</source>
        <translation>Quitar la entrada de denegación</translation>
    </message>
    <message>
        <source>Removes the entries of %1 that deny %2 access to it.</source>
        <translation>Quita las entradas de %1 que deniegan el acceso a %2.</translation>
    </message>
    <message>
        <source>Makes your account the owner of %1 (it belongs to %2 now). Needs an administrator.</source>
        <translation>Hace a tu cuenta propietaria de %1 (ahora pertenece a %2). Requiere un administrador.</translation>
    </message>
    <message>
        <source>Copies %1 to a folder of yours; the original stays as it is.</source>
        <translation>Copia %1 a una carpeta tuya; el original queda como está.</translation>
    </message>
    <message>
        <source>A deny entry in the permissions of %1 blocks you</source>
        <translation>Una entrada de denegación en los permisos de %1 te bloquea</translation>
    </message>
    <message>
        <source>The permissions (ACL) of %1 contain an entry that denies %2 the right to %3. Deny entries win over allow entries, so whatever else grants you access does not count.</source>
        <translation>Los permisos (ACL) de %1 contienen una entrada que deniega a %2 este derecho: %3. Las entradas de denegación prevalecen sobre las de permiso, así que lo demás que te conceda acceso no cuenta.</translation>
    </message>
    <message>
        <source>The permissions of %1 do not give you this right</source>
        <translation>Los permisos de %1 no te dan este derecho</translation>
    </message>
    <message>
        <source>No entry in the permissions (ACL) of %1 grants your account or any of your groups the right to %2. You have: %3.</source>
        <translation>Ninguna entrada de los permisos (ACL) de %1 concede a tu cuenta ni a ninguno de tus grupos este derecho: %2. Tienes: %3.</translation>
    </message>
    <message>
        <source>%1 is owned by %2, and its permissions give your account only %3. The owner or an administrator can grant you access, or an administrator can make you the owner.</source>
        <translation>%1 pertenece a %2, y sus permisos solo dan a tu cuenta %3. El propietario o un administrador puede concederte acceso, o un administrador puede hacerte propietario.</translation>
    </message>
    <message>
        <source>The program tried to open a folder as if it were a file, and Windows answers that with &quot;Access is denied&quot; (Python: PermissionError [Errno 13]). Use a file inside it, or a call meant for folders (os.scandir, shutil.rmtree).</source>
        <translation>El programa intentó abrir una carpeta como si fuera un archivo, y Windows responde a eso con «Acceso denegado» (Python: PermissionError [Errno 13]). Usa un archivo de su interior, o una llamada pensada para carpetas (os.scandir, shutil.rmtree).</translation>
    </message>
    <message>
        <source>Controlled folder access blocks changes to %1</source>
        <translation>El acceso controlado a carpetas bloquea los cambios en %1</translation>
    </message>
    <message>
        <source>Microsoft Defender&apos;s controlled folder access (ransomware protection) is on and %1 is a protected folder: only programs on its allow list may change files there, whatever the permissions say. Allow the program in Windows Security &gt; Virus &amp; threat protection &gt; Ransomware protection, or save somewhere else.</source>
        <translation>El acceso controlado a carpetas de Microsoft Defender (protección contra ransomware) está activado y %1 es una carpeta protegida: solo los programas de su lista de permitidos pueden cambiar archivos ahí, sean cuales sean los permisos. Permite el programa en Seguridad de Windows &gt; Protección antivirus y contra amenazas &gt; Protección contra ransomware, o guarda en otro lugar.</translation>
    </message>
    <message>
        <source>Allow the program through controlled folder access</source>
        <translation>Permitir el programa en el acceso controlado a carpetas</translation>
    </message>
    <message>
        <source>Adds the program to Defender&apos;s list of apps allowed to change protected folders.</source>
        <translation>Añade el programa a la lista de Defender de aplicaciones que pueden cambiar carpetas protegidas.</translation>
    </message>
    <message>
        <source>Another program has locked part of %1</source>
        <translation>Otro programa ha bloqueado parte de %1</translation>
    </message>
    <message>
        <source>%1 is being used by another process</source>
        <translation>%1 está siendo utilizado por otro proceso</translation>
    </message>
    <message>
        <source>Another program holds a lock on a region of the file. Windows refuses conflicting reads and writes until it releases the lock or exits.</source>
        <translation>Otro programa mantiene un bloqueo sobre una región del archivo. Windows rechaza las lecturas y escrituras en conflicto hasta que libere el bloqueo o termine.</translation>
    </message>
    <message>
        <source>Another program has the file open and did not allow others to share it. Close the file in that program (or end the program), then try again.</source>
        <translation>Otro programa tiene el archivo abierto y no permite que otros lo compartan. Cierra el archivo en ese programa (o termina el programa) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Unlock it (clear uchg)</source>
        <translation>Desbloquearlo (quitar uchg)</translation>
    </message>
    <message>
        <source>Clears the locked flag of %1 (like unticking &quot;Locked&quot; in Finder&apos;s Get Info); its contents and permissions stay.</source>
        <translation>Quita la marca de bloqueado de %1 (como desmarcar «Bloqueado» en la ventana Obtener información del Finder); su contenido y sus permisos se mantienen.</translation>
    </message>
    <message>
        <source>Clear the system immutable flag (administrator)</source>
        <translation>Quitar la marca de sistema «inmutable» (administrador)</translation>
    </message>
    <message>
        <source>Clears the system immutable flag of %1 through the macOS administrator prompt. With System Integrity Protection on, macOS may refuse even this.</source>
        <translation>Quita la marca de sistema «inmutable» de %1 mediante la solicitud de administrador de macOS. Con la protección de integridad del sistema activada, macOS puede negarse incluso a esto.</translation>
    </message>
    <message>
        <source>Clear the append-only flag (uappnd)</source>
        <translation>Quitar la marca «solo añadir» (uappnd)</translation>
    </message>
    <message>
        <source>Clears the user append-only flag of %1.</source>
        <translation>Quita la marca de usuario «solo añadir» de %1.</translation>
    </message>
    <message>
        <source>Clear the system append-only flag (administrator)</source>
        <translation>Quitar la marca de sistema «solo añadir» (administrador)</translation>
    </message>
    <message>
        <source>Clears the system append-only flag of %1 through the macOS administrator prompt.</source>
        <translation>Quita la marca de sistema «solo añadir» de %1 mediante la solicitud de administrador de macOS.</translation>
    </message>
    <message>
        <source>Give %1 Full Disk Access in System Settings</source>
        <translation>Dar acceso total al disco a %1 en Ajustes del Sistema</translation>
    </message>
    <message>
        <source>Opens System Settings at Privacy &amp; Security &gt; Full Disk Access. Turn it on for %1, then quit and reopen %1: macOS applies it at the next start. Turn it off there to undo.</source>
        <translation>Abre Ajustes del Sistema en Privacidad y seguridad &gt; Acceso total al disco. Actívelo para %1 y luego cierre y vuelva a abrir %1: macOS lo aplica en el siguiente inicio. Desactívelo allí para deshacerlo.</translation>
    </message>
    <message>
        <source>%1 carries the system immutable flag (schg)</source>
        <translation>%1 tiene la marca de sistema «inmutable» (schg)</translation>
    </message>
    <message>
        <source>%1 carries the system immutable flag (schg). While it is set nobody can change, delete or rename it, an administrator included. Only an administrator can clear it, and with System Integrity Protection on, macOS refuses to clear it at all (chflags then fails with &quot;Operation not permitted&quot;); it can then only be cleared from Recovery.</source>
        <translation>%1 tiene la marca de sistema «inmutable» (schg). Mientras esté puesta nadie puede modificarlo, eliminarlo ni renombrarlo, tampoco un administrador. Solo un administrador puede quitarla, y con la protección de integridad del sistema activada, macOS se niega a quitarla (chflags falla entonces con «Operation not permitted»); entonces solo puede quitarse desde la recuperación.</translation>
    </message>
    <message>
        <source>%1 is locked (uchg)</source>
        <translation>%1 está bloqueado (uchg)</translation>
    </message>
    <message>
        <source>%1 carries the user immutable flag (uchg), which Finder shows as &quot;Locked&quot; in Get Info. While it is set nobody can change, delete or rename it. Its owner can clear it.</source>
        <translation>%1 tiene la marca de usuario «inmutable» (uchg), que el Finder muestra como «Bloqueado» en Obtener información. Mientras esté puesta nadie puede modificarlo, eliminarlo ni renombrarlo. Su propietario puede quitarla.</translation>
    </message>
    <message>
        <source>%1 is append-only (sappnd)</source>
        <translation>%1 es de solo añadir (sappnd)</translation>
    </message>
    <message>
        <source>%1 is append-only (uappnd)</source>
        <translation>%1 es de solo añadir (uappnd)</translation>
    </message>
    <message>
        <source>%1 carries an append-only flag (%2): data may be added at the end, but it cannot be overwritten, truncated, deleted or renamed.</source>
        <translation>%1 tiene una marca «solo añadir» (%2): se pueden añadir datos al final, pero no se puede sobrescribir, truncar, eliminar ni renombrar.</translation>
    </message>
    <message>
        <source>An ACL entry on %1 denies you</source>
        <translation>Una entrada de la ACL de %1 le deniega el acceso</translation>
    </message>
    <message>
        <source>%1 has an access control list with a deny entry that matches you (%2). macOS applies ACL entries before the ordinary permissions, so it refuses %3 whatever the mode bits say.</source>
        <translation>%1 tiene una lista de control de acceso con una entrada de denegación que le corresponde (%2). macOS aplica las entradas de la ACL antes que los permisos normales, así que deniega %3 digan lo que digan los bits de modo.</translation>
    </message>
    <message>
        <source>Remove the deny entry from the ACL</source>
        <translation>Quitar la entrada de denegación de la ACL</translation>
    </message>
    <message>
        <source>Removes &quot;%1&quot; from the access control list of %2.</source>
        <translation>Quita «%1» de la lista de control de acceso de %2.</translation>
    </message>
    <message>
        <source>System Integrity Protection guards %1</source>
        <translation>La protección de integridad del sistema protege %1</translation>
    </message>
    <message>
        <source>%1 is protected by System Integrity Protection (SIP). macOS lets no one change it, an administrator included: it belongs to the operating system and is replaced by updates. Work on a copy elsewhere instead.</source>
        <translation>%1 está protegido por la protección de integridad del sistema (SIP). macOS no deja que nadie lo modifique, tampoco un administrador: pertenece al sistema operativo y las actualizaciones lo reemplazan. Trabaje en una copia en otro lugar.</translation>
    </message>
    <message>
        <source>The App Sandbox keeps this program away from %1</source>
        <translation>El sandbox de apps mantiene este programa lejos de %1</translation>
    </message>
    <message>
        <source>This program runs in the macOS App Sandbox. It may only use its own container and the files you choose in an Open or Save dialog; the permissions of %1 do not matter. Open the file through the program&apos;s Open dialog, or drag it onto the program.</source>
        <translation>Este programa se ejecuta en el sandbox de apps de macOS. Solo puede usar su propio contenedor y los archivos que usted elija en un diálogo Abrir o Guardar; los permisos de %1 no importan. Abra el archivo desde el diálogo Abrir del programa, o arrástrelo sobre el programa.</translation>
    </message>
    <message>
        <source>macOS privacy protection (TCC) blocks access to %1</source>
        <translation>La protección de privacidad de macOS (TCC) bloquea el acceso a %1</translation>
    </message>
    <message>
        <source>%1 lies in %2, which macOS privacy protection (TCC) guards. The permissions allow it, but %3 has not been given access, so macOS answers &quot;Operation not permitted&quot;. TCC judges the app that started the command (%3), not the command itself.</source>
        <translation>%1 está en %2, que la protección de privacidad de macOS (TCC) vigila. Los permisos lo permiten, pero %3 no ha recibido acceso, así que macOS responde «Operation not permitted». TCC juzga a la app que inició el comando (%3), no al comando en sí.</translation>
    </message>
    <message>
        <source>%1 is quarantined as a download</source>
        <translation>%1 está en cuarentena como descarga</translation>
    </message>
    <message>
        <source>%1 carries the quarantine attribute (com.apple.quarantine, set by %2). Gatekeeper checks such programs when they start and blocks those it cannot verify. If you trust where it came from, remove the attribute, or open it once with Control-click &gt; Open.</source>
        <translation>%1 tiene el atributo de cuarentena (com.apple.quarantine, puesto por %2). Gatekeeper revisa estos programas al iniciarse y bloquea los que no puede verificar. Si confía en su origen, quite el atributo, o ábralo una vez con Control-clic &gt; Abrir.</translation>
    </message>
    <message>
        <source>Remove the quarantine attribute</source>
        <translation>Quitar el atributo de cuarentena</translation>
    </message>
    <message>
        <source>Removes com.apple.quarantine from %1, so Gatekeeper no longer treats it as a fresh download. Only do this for software you trust.</source>
        <translation>Quita com.apple.quarantine de %1, para que Gatekeeper deje de tratarlo como una descarga reciente. Hágalo solo con software de confianza.</translation>
    </message>
    <message>
        <source>The server refused your ssh key: this is not a file permission</source>
        <translation>El servidor rechazó tu clave ssh: no es un permiso de archivo</translation>
    </message>
    <message>
        <source>&quot;Permission denied (publickey)&quot; comes from the remote server: none of the keys ssh offered is accepted for that account. Check which keys your agent holds (ssh-add -l), that the public key is registered for the account (GitHub, GitLab, authorized_keys), and the user name in the address. ssh -v shows which keys were tried.</source>
        <translation>«Permission denied (publickey)» viene del servidor remoto: no acepta para esa cuenta ninguna de las claves que ofreció ssh. Comprueba qué claves tiene tu agente (ssh-add -l), que la clave pública esté registrada para la cuenta (GitHub, GitLab, authorized_keys) y el nombre de usuario de la dirección. ssh -v muestra qué claves se probaron.</translation>
    </message>
    <message>
        <source>See which keys ssh offers</source>
        <translation>Ver qué claves ofrece ssh</translation>
    </message>
    <message>
        <source>Connects with verbose output; nothing changes.</source>
        <translation>Se conecta con salida detallada; no cambia nada.</translation>
    </message>
    <message>
        <source>Load your key into the agent</source>
        <translation>Cargar tu clave en el agente</translation>
    </message>
    <message>
        <source>Adds your default private key to the running ssh-agent.</source>
        <translation>Añade tu clave privada predeterminada al ssh-agent en ejecución.</translation>
    </message>
    <message>
        <source>git refuses a repository owned by another user</source>
        <translation>git rechaza un repositorio que pertenece a otro usuario</translation>
    </message>
    <message>
        <source>Since git 2.35.2 git will not work in a repository whose folder belongs to someone else, because its hooks and config could run code as you. Either give the folder to yourself, or, if you trust its owner, mark it safe for git.</source>
        <translation>Desde git 2.35.2, git no trabaja en un repositorio cuya carpeta pertenece a otra persona, porque sus hooks y su configuración podrían ejecutar código como tú. Quédate con la carpeta o, si confías en su propietario, márcala como segura para git.</translation>
    </message>
    <message>
        <source>Trust this repository</source>
        <translation>Confiar en este repositorio</translation>
    </message>
    <message>
        <source>Adds the folder to safe.directory in your git config.</source>
        <translation>Añade la carpeta a safe.directory en tu configuración de git.</translation>
    </message>
    <message>
        <source>%1 is probably open in Excel or Word</source>
        <translation>Es probable que %1 esté abierto en Excel o Word</translation>
    </message>
    <message>
        <source>Another program has %1 open</source>
        <translation>Otro programa tiene abierto %1</translation>
    </message>
    <message>
        <source>Windows does not let a program write or delete a file that another program opened without sharing, and Office opens documents that way. Close the document (check the taskbar for a second window), then try again. If your own code writes the file, write a temporary file in the same folder and replace the original with it.</source>
        <translation>Windows no permite que un programa escriba o elimine un archivo que otro programa abrió sin compartirlo, y Office abre los documentos así. Cierra el documento (busca una segunda ventana en la barra de tareas) y vuelve a intentarlo. Si es tu propio código el que escribe el archivo, escribe un archivo temporal en la misma carpeta y sustituye el original por él.</translation>
    </message>
    <message>
        <source>Windows refused because another process has the file open without sharing. Find it with WhyDenied on that machine (or Resource Monitor, or Sysinternals Handle), close it and retry. Antivirus, indexing and backup tools hold files briefly: retrying after a short pause often works.</source>
        <translation>Windows se negó porque otro proceso tiene el archivo abierto sin compartirlo. Búscalo con WhyDenied en esa máquina (o con el Monitor de recursos, o Sysinternals Handle), ciérralo y vuelve a intentarlo. Los antivirus, la indexación y las herramientas de copia de seguridad retienen los archivos un momento: reintentar tras una breve pausa suele funcionar.</translation>
    </message>
    <message>
        <source>Write a temporary file, then replace</source>
        <translation>Escribir un archivo temporal y luego sustituir</translation>
    </message>
    <message>
        <source>For developers: write to a new file in the same folder and replace the original with os.replace (Python) or File.Replace (.NET).</source>
        <translation>Para desarrolladores: escribe en un archivo nuevo de la misma carpeta y sustituye el original con os.replace (Python) o File.Replace (.NET).</translation>
    </message>
    <message>
        <source>%1 may be a folder, which Python on Windows reports as Permission denied</source>
        <translation>Puede que %1 sea una carpeta, algo que Python en Windows notifica como «Permission denied»</translation>
    </message>
    <message>
        <source>On Windows, open() on a folder fails with PermissionError [Errno 13], not IsADirectoryError. Open a file inside it, list it with os.scandir, or remove it with shutil.rmtree.</source>
        <translation>En Windows, open() sobre una carpeta falla con PermissionError [Errno 13], no con IsADirectoryError. Abre un archivo de su interior, lístala con os.scandir o elimínala con shutil.rmtree.</translation>
    </message>
    <message>
        <source>Windows Security may be protecting this folder</source>
        <translation>Puede que Seguridad de Windows esté protegiendo esta carpeta</translation>
    </message>
    <message>
        <source>Controlled Folder Access (Windows Security, Ransomware protection) blocks programs it does not know from changing Documents, Desktop, Pictures and similar folders, and reports it as Access is denied. Allow the program there, or save elsewhere.</source>
        <translation>El acceso controlado a carpetas (Seguridad de Windows, Protección contra ransomware) impide que programas que no conoce cambien Documentos, Escritorio, Imágenes y carpetas similares, y lo notifica como «Acceso denegado». Permite allí el programa, o guarda en otro lugar.</translation>
    </message>
    <message>
        <source>Open Ransomware protection settings</source>
        <translation>Abrir la configuración de protección contra ransomware</translation>
    </message>
    <message>
        <source>Opens Windows Security where allowed apps are listed.</source>
        <translation>Abre Seguridad de Windows, donde aparecen las aplicaciones permitidas.</translation>
    </message>
    <message>
        <source>%1 can %2 %3</source>
        <translation>%1: hay acceso a %3 (%2)</translation>
    </message>
    <message>
        <source>%1 cannot %2 %3</source>
        <translation>%1: sin acceso a %3 (%2)</translation>
    </message>
    <message>
        <source>Whether %1 can %2 %3 is unknown</source>
        <translation>%1: no se sabe si hay acceso a %3 (%2)</translation>
    </message>
    <message>
        <source>Grant only %1 %2 on it (ACL)</source>
        <translation>Conceder solo a %1 %2 sobre él (ACL)</translation>
    </message>
    <message>
        <source>Inside the container, %1 belongs to someone else</source>
        <translation>Dentro del contenedor, %1 pertenece a otra persona</translation>
    </message>
    <message>
        <source>The process runs in its own user namespace as %1. %2 is owned by host uid %3, which the container sees as %4: a folder made on the host and bind-mounted in. Run the container as the owner&apos;s uid, let the runtime map the volume (Podman&apos;s :U, an idmapped mount), or give the folder to the container&apos;s user on the host.</source>
        <translation>El proceso se ejecuta en su propio espacio de nombres de usuario como %1. %2 pertenece al UID %3 del anfitrión, que el contenedor ve como %4: una carpeta creada en el anfitrión y montada con bind. Ejecuta el contenedor con el UID del propietario, deja que el entorno de ejecución mapee el volumen (:U de Podman, un montaje con idmap) o da la carpeta al usuario del contenedor en el anfitrión.</translation>
    </message>
    <message>
        <source>Run the container as the folder&apos;s owner</source>
        <translation>Ejecutar el contenedor como el propietario de la carpeta</translation>
    </message>
    <message>
        <source>Starts the container with the uid that owns %1 (docker run --user, podman run --user).</source>
        <translation>Inicia el contenedor con el UID propietario de %1 (docker run --user, podman run --user).</translation>
    </message>
    <message>
        <source>Give the folder to the container&apos;s user on the host</source>
        <translation>Dar la carpeta al usuario del contenedor en el anfitrión</translation>
    </message>
    <message>
        <source>Makes host uid %1 (the container&apos;s user) the owner of %2.</source>
        <translation>Hace al UID %1 del anfitrión (el usuario del contenedor) propietario de %2.</translation>
    </message>
    <message>
        <source>Only members of the group %1 may talk to the Docker daemon</source>
        <translation>Solo los miembros del grupo %1 pueden hablar con el demonio de Docker</translation>
    </message>
    <message>
        <source>The Docker socket %1 belongs to %2:%3 with mode %4. Membership of %3 is what docker commands need, and it is equivalent to root on this machine: anyone in it can mount / into a container. Rootless Docker or Podman avoid that.</source>
        <translation>El socket de Docker %1 pertenece a %2:%3 con modo %4. Las órdenes de docker necesitan pertenecer a %3, y eso equivale a ser root en esta máquina: cualquier miembro puede montar / en un contenedor. Docker sin root o Podman lo evitan.</translation>
    </message>
    <message>
        <source>Join the group %1 (root-equivalent)</source>
        <translation>Unirte al grupo %1 (equivale a root)</translation>
    </message>
    <message>
        <source>Adds you to %1. It takes effect after you log in again (or in `newgrp %1`). Members of %1 can become root through Docker.</source>
        <translation>Te añade a %1. Surte efecto tras volver a iniciar sesión (o en `newgrp %1`). Los miembros de %1 pueden convertirse en root a través de Docker.</translation>
    </message>
    <message>
        <source>Use rootless Docker or Podman instead</source>
        <translation>Usar en su lugar Docker sin root o Podman</translation>
    </message>
    <message>
        <source>Runs containers as you, without a root-equivalent group (dockerd-rootless-setuptool.sh install, or podman, which needs no daemon).</source>
        <translation>Ejecuta los contenedores como tú, sin un grupo equivalente a root (dockerd-rootless-setuptool.sh install, o Podman, que no necesita demonio).</translation>
    </message>
    <message>
        <source>It works now: the error came from another time, user or machine</source>
        <translation>Ahora funciona: el error vino de otro momento, usuario o máquina</translation>
    </message>
    <message>
        <source>The kernel lets you do this right now. The error was raised by another user (a service, a cron job, sudo), on another machine or in a container with other mounts, or while a program held the file and has since closed it. Check who ran the program that failed.</source>
        <translation>El núcleo te permite hacerlo ahora mismo. El error lo produjo otro usuario (un servicio, una tarea de cron, sudo), en otra máquina o en un contenedor con otros montajes, o mientras un programa retenía el archivo y ya lo ha cerrado. Comprueba quién ejecutó el programa que falló.</translation>
    </message>
    <message>
        <source>%1 entries in %2 belong to another user</source>
        <translation>%1 entradas de %2 pertenecen a otro usuario</translation>
    </message>
    <message>
        <source>git can only add objects and replace files it may write. Inside %1, %2 entries are owned by someone else, typically left by running git with sudo once. Give them back to %3, and run git without sudo from then on.</source>
        <translation>git solo puede añadir objetos y sustituir archivos en los que puede escribir. Dentro de %1, %2 entradas pertenecen a otra persona, normalmente restos de haber ejecutado git con sudo alguna vez. Devuélveselas a %3 y, a partir de ahora, ejecuta git sin sudo.</translation>
    </message>
    <message>
        <source>Give the repository&apos;s files back to %1</source>
        <translation>Devolver los archivos del repositorio a %1</translation>
    </message>
    <message>
        <source>Makes %1 the owner of everything inside %2 (only inside it).</source>
        <translation>Hace a %1 propietario de todo lo que hay dentro de %2 (solo dentro).</translation>
    </message>
    <message>
        <source>%1 tried to install into a system folder</source>
        <translation>%1 intentó instalar en una carpeta del sistema</translation>
    </message>
    <message>
        <source>%1 belongs to the system. Do not use sudo npm: it leaves root-owned files behind. Install Node through nvm, or give npm a prefix of your own.</source>
        <translation>%1 pertenece al sistema. No uses sudo npm: deja archivos que pertenecen a root. Instala Node con nvm, o da a npm un prefijo propio.</translation>
    </message>
    <message>
        <source>%1 belongs to the system&apos;s Python, which is marked externally managed (PEP 668): packages there come from apt. Use a virtual environment (python3 -m venv), or pipx for applications.</source>
        <translation>%1 pertenece al Python del sistema, marcado como gestionado externamente (PEP 668): los paquetes de ahí vienen de apt. Usa un entorno virtual (python3 -m venv), o pipx para aplicaciones.</translation>
    </message>
    <message>
        <source>%1 belongs to the system&apos;s Python. Do not use sudo pip: it fights with apt. Use a virtual environment (python3 -m venv), pipx, or pip install --user.</source>
        <translation>%1 pertenece al Python del sistema. No uses sudo pip: choca con apt. Usa un entorno virtual (python3 -m venv), pipx o pip install --user.</translation>
    </message>
    <message>
        <source>%1 belongs to the system&apos;s Ruby. Do not use sudo gem: install gems for yourself with gem install --user-install, or use a Ruby version manager.</source>
        <translation>%1 pertenece al Ruby del sistema. No uses sudo gem: instala las gemas para ti con gem install --user-install, o usa un gestor de versiones de Ruby.</translation>
    </message>
    <message>
        <source>Install global packages under your home folder</source>
        <translation>Instalar los paquetes globales en tu carpeta personal</translation>
    </message>
    <message>
        <source>Makes npm install -g use ~/.npm-global; add ~/.npm-global/bin to your PATH.</source>
        <translation>Hace que npm install -g use ~/.npm-global; añade ~/.npm-global/bin a tu PATH.</translation>
    </message>
    <message>
        <source>Use a virtual environment</source>
        <translation>Usar un entorno virtual</translation>
    </message>
    <message>
        <source>Creates .venv in the current folder; install packages there with .venv/bin/pip.</source>
        <translation>Crea .venv en la carpeta actual; instala allí los paquetes con .venv/bin/pip.</translation>
    </message>
    <message>
        <source>Install the gem for yourself</source>
        <translation>Instalar la gema para ti</translation>
    </message>
    <message>
        <source>Installs into ~/.local/share/gem; add its bin folder to your PATH.</source>
        <translation>Instala en ~/.local/share/gem; añade su carpeta bin a tu PATH.</translation>
    </message>
    <message>
        <source>The web server does not run as you</source>
        <translation>El servidor web no se ejecuta como tú</translation>
    </message>
    <message>
        <source>This looks like a web server&apos;s error. It runs as its own user (%1 on Debian and Ubuntu; nginx or apache elsewhere), so what you may do says little about what it may do. Check %2 for that user: the usual fix is a group or ACL grant on the one folder that blocks it, never chmod 777.</source>
        <translation>Esto parece un error de un servidor web. Se ejecuta con su propio usuario (%1 en Debian y Ubuntu; nginx o apache en otros sistemas), así que lo que puedas hacer tú dice poco de lo que puede hacer él. Comprueba %2 para ese usuario: la solución habitual es conceder permiso de grupo o de ACL en la única carpeta que lo bloquea, nunca chmod 777.</translation>
    </message>
    <message>
        <source>Check for %1</source>
        <translation>Comprobar para %1</translation>
    </message>
    <message>
        <source>Diagnoses the same path for the user %1.</source>
        <translation>Diagnostica la misma ruta para el usuario %1.</translation>
    </message>
    <message>
        <source>git refuses %1 because it belongs to %2</source>
        <translation>git rechaza %1 porque pertenece a %2</translation>
    </message>
    <message>
        <source>Since version 2.35.2 git will not work in a repository owned by another user, because its hooks and configuration could run code as you. If you trust %1, mark the folder safe for git; if the repository should be yours, give it back to you.</source>
        <translation>Desde la versión 2.35.2, git no trabaja en un repositorio que pertenece a otro usuario, porque sus hooks y su configuración podrían ejecutar código como tú. Si confías en %1, marca la carpeta como segura para git; si el repositorio debería ser tuyo, recupéralo.</translation>
    </message>
    <message>
        <source>Adds %1 to safe.directory in your git configuration; nothing else changes.</source>
        <translation>Añade %1 a safe.directory en tu configuración de git; no cambia nada más.</translation>
    </message>
    <message>
        <source>sshd does not trust %1: others can write it</source>
        <translation>sshd no confía en %1: otros pueden escribir en él</translation>
    </message>
    <message>
        <source>sshd (StrictModes) ignores your authorized_keys when your home folder, ~/.ssh or the file can be written by anyone but you. It wants ~/.ssh at 700, authorized_keys at 600 and no group or other write permission on your home folder.</source>
        <translation>sshd (StrictModes) ignora tu authorized_keys cuando alguien aparte de ti puede escribir en tu carpeta personal, en ~/.ssh o en el archivo. Exige ~/.ssh con 700, authorized_keys con 600 y ningún permiso de escritura para el grupo ni para los demás en tu carpeta personal.</translation>
    </message>
    <message>
        <source>Make ~/.ssh private (700)</source>
        <translation>Hacer privada ~/.ssh (700)</translation>
    </message>
    <message>
        <source>Make the file private (600)</source>
        <translation>Hacer privado el archivo (600)</translation>
    </message>
    <message>
        <source>Take away group and other write</source>
        <translation>Quitar la escritura al grupo y a los demás</translation>
    </message>
    <message>
        <source>A container left %1 owned by root</source>
        <translation>Un contenedor dejó %1 como propiedad de root</translation>
    </message>
    <message>
        <source>%1 belongs to root on this machine: a container running as root wrote it through a bind mount. Run the container as you (docker run --user &quot;$(id -u):$(id -g)&quot;), let Podman map the volume (:U), and give the existing files back to you once.</source>
        <translation>%1 pertenece a root en este equipo: un contenedor que se ejecutaba como root lo escribió a través de un montaje enlazado (bind mount). Ejecuta el contenedor como tú (docker run --user &quot;$(id -u):$(id -g)&quot;), deja que Podman asigne el volumen (:U) y recupera una vez la propiedad de los archivos existentes.</translation>
    </message>
    <message>
        <source>Run the container as you</source>
        <translation>Ejecutar el contenedor como tú</translation>
    </message>
    <message>
        <source>New files in the mounted folder will then be yours.</source>
        <translation>Los archivos nuevos de la carpeta montada serán entonces tuyos.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lectura</translation>
    </message>
    <message>
        <source>write to</source>
        <translation>escritura</translation>
    </message>
    <message>
        <source>create</source>
        <translation>creación</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminación</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>cambio de nombre</translation>
    </message>
    <message>
        <source>run</source>
        <translation>ejecución</translation>
    </message>
    <message>
        <source>list</source>
        <translation>listado</translation>
    </message>
    <message>
        <source>enter</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>connect to</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>change the permissions of</source>
        <translation>cambio de permisos</translation>
    </message>
    <message>
        <source>change the owner of</source>
        <translation>cambio de propietario</translation>
    </message>
    <message>
        <source>use</source>
        <translation>uso</translation>
    </message>
    <message>
        <source>The AppArmor profile %1 denies %2</source>
        <translation>El perfil de AppArmor %1 deniega %2</translation>
    </message>
    <message>
        <source>Allow the path in the profile&apos;s local rules (administrator)</source>
        <translation>Permitir la ruta en las reglas locales del perfil (administrador)</translation>
    </message>
    <message>
        <source>Add the line &quot;%1&quot; to %2, then reload the profile with the command shown. WhyDenied does not change security policy.</source>
        <translation>Añada la línea «%1» a %2 y recargue el perfil con el comando mostrado. WhyDenied no cambia la política de seguridad.</translation>
    </message>
    <message>
        <source>Connect the snap&apos;s removable-media interface</source>
        <translation>Conectar la interfaz removable-media del snap</translation>
    </message>
    <message>
        <source>Lets the %1 snap read and write under /media, /mnt and /run/media.</source>
        <translation>Permite al snap %1 leer y escribir en /media, /mnt y /run/media.</translation>
    </message>
    <message>
        <source>Copy it where the snap can read it</source>
        <translation>Copiarlo donde el snap pueda leerlo</translation>
    </message>
    <message>
        <source>Copies %1 into %2, which the snap may read.</source>
        <translation>Copia %1 en %2, que el snap puede leer.</translation>
    </message>
    <message>
        <source>The %1 snap is confined</source>
        <translation>El snap %1 está confinado</translation>
    </message>
    <message>
        <source>The %1 snap is confined by AppArmor: it reads only its own folders (~/snap/%1), your home through the home interface and removable media when its removable-media interface is connected. %2 is outside them (a snap also has its own /tmp).</source>
        <translation>El snap %1 está confinado por AppArmor: solo lee sus propias carpetas (~/snap/%1), su carpeta personal mediante la interfaz home y los medios extraíbles cuando su interfaz removable-media está conectada. %2 está fuera de ellas (un snap también tiene su propio /tmp).</translation>
    </message>
    <message>
        <source>The Flatpak %1 is confined</source>
        <translation>El Flatpak %1 está confinado</translation>
    </message>
    <message>
        <source>The Flatpak %1 sees only the folders its permissions grant. Give it %2 with flatpak override, or open the file through the file chooser (the portal).</source>
        <translation>El Flatpak %1 solo ve las carpetas que le conceden sus permisos. Concédale %2 con flatpak override, o abra el archivo con el selector de archivos (el portal).</translation>
    </message>
    <message>
        <source>Give the Flatpak access to the folder</source>
        <translation>Dar al Flatpak acceso a la carpeta</translation>
    </message>
    <message>
        <source>Lets %1 read and write %2 from now on (flatpak override --user).</source>
        <translation>Permite a %1 leer y escribir %2 a partir de ahora (flatpak override --user).</translation>
    </message>
    <message>
        <source>%1 runs in a sandbox</source>
        <translation>%1 se ejecuta en un entorno aislado</translation>
    </message>
    <message>
        <source>%1 is sandboxed (%2). A sandbox has its own rules that may deny what the file&apos;s permissions allow, and they cannot be read from outside the process: a check made outside the sandbox cannot say whether it may %3 %4.</source>
        <translation>%1 está aislado (%2). Un entorno aislado tiene sus propias reglas, que pueden denegar lo que los permisos del archivo permiten, y no se pueden leer desde fuera del proceso: una comprobación hecha fuera del entorno aislado no puede decir si puede %3 %4.</translation>
    </message>
    <message>
        <source>SELinux denies %1 %2 on %3</source>
        <translation>SELinux deniega a %1 %2 sobre %3</translation>
    </message>
    <message>
        <source>The policy has a switch for this: the boolean %1 is off. Turning it on allows %2 to do this wherever it applies, so turn it on only if the service should.</source>
        <translation>La política tiene un interruptor para esto: el booleano %1 está desactivado. Activarlo permite a %2 hacerlo dondequiera que se aplique; actívelo solo si el servicio debe hacerlo.</translation>
    </message>
    <message>
        <source>Turn on the SELinux boolean %1 (administrator)</source>
        <translation>Activar el booleano de SELinux %1 (administrador)</translation>
    </message>
    <message>
        <source>%1 is labelled %2, which files there do not have: a file moved with mv keeps the label of the place it was made; restorecon gives it the default one.</source>
        <translation>%1 tiene la etiqueta %2, que los archivos de ese lugar no tienen: un archivo movido con mv conserva la etiqueta del lugar donde se creó; restorecon le da la predeterminada.</translation>
    </message>
    <message>
        <source>%1 is labelled %2, which is not the label files there should have (%3). A file moved with mv keeps the label of the place it was made; restorecon gives it the default one.</source>
        <translation>%1 tiene la etiqueta %2, que no es la que deberían tener los archivos de ese lugar (%3). Un archivo movido con mv conserva la etiqueta del lugar donde se creó; restorecon le da la predeterminada.</translation>
    </message>
    <message>
        <source>%1 is in a place the policy does not know as %2&apos;s (label %3). Tell SELinux what the folder holds with semanage fcontext, then relabel it.</source>
        <translation>%1 está en un lugar que la política no reconoce como de %2 (etiqueta %3). Indique a SELinux qué contiene la carpeta con semanage fcontext y vuelva a etiquetarla.</translation>
    </message>
    <message>
        <source>Label the folder as %1 (administrator)</source>
        <translation>Etiquetar la carpeta como %1 (administrador)</translation>
    </message>
    <message>
        <source>No label or boolean explains it: the policy has no rule letting %1 %2 a %3 labelled %4. A local policy module (audit2allow) would add one, but it widens what the program may do: make sure it should do this at all, and never load a module you have not read.</source>
        <translation>Ninguna etiqueta ni booleano lo explica: la política no tiene ninguna regla que permita a %1 hacer %2 sobre un %3 etiquetado %4. Un módulo de política local (audit2allow) añadiría una, pero amplía lo que el programa puede hacer: asegúrese de que realmente deba hacerlo y nunca cargue un módulo que no haya leído.</translation>
    </message>
    <message>
        <source>Explain the denial with audit2allow -w (administrator)</source>
        <translation>Explicar la denegación con audit2allow -w (administrador)</translation>
    </message>
    <message>
        <source>The profile %1 (mode: %2) lets its program use only the paths it lists; %3 asked for &quot;%4&quot; on %5 and was denied &quot;%6&quot;. Add the line &quot;%7&quot; to %8 and reload the profile; do not disable the profile.</source>
        <translation>El perfil %1 (modo: %2) solo permite a su programa las rutas que enumera; %3 pidió «%4» sobre %5 y se le denegó «%6». Añada la línea «%7» a %8 y recargue el perfil; no desactive el perfil.</translation>
    </message>
    <message>
        <source>create files in</source>
        <translation>creación de archivos dentro</translation>
    </message>
    <message>
        <source>You can %1 and %2 %3 — the error must come from somewhere else</source>
        <translation>Hay acceso a %3 (%1, %2): el error debe de venir de otra parte</translation>
    </message>
    <message>
        <source>%1 can %2 and %3 %4</source>
        <translation>%1: hay acceso a %4 (%2, %3)</translation>
    </message>
    <message>
        <source>You can %1, %2 and %3 %4 — the error must come from somewhere else</source>
        <translation>Hay acceso a %4 (%1, %2, %3): el error debe de venir de otra parte</translation>
    </message>
    <message>
        <source>%1 can %2, %3 and %4 %5</source>
        <translation>%1: hay acceso a %5 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>You cannot %1 %2 or %3 it</source>
        <translation>Sin acceso a %2 (%1, %3)</translation>
    </message>
    <message>
        <source>%1 cannot %2 %3 or %4 it</source>
        <translation>%1: sin acceso a %3 (%2, %4)</translation>
    </message>
    <message>
        <source>You cannot %1 %2, %3 it or %4 it</source>
        <translation>Sin acceso a %2 (%1, %3, %4)</translation>
    </message>
    <message>
        <source>%1 cannot %2 %3, %4 it or %5 it</source>
        <translation>%1: sin acceso a %3 (%2, %4, %5)</translation>
    </message>
    <message>
        <source>You can %1 %2, but you cannot %3 it</source>
        <translation>%2: %1 posible, pero no %3</translation>
    </message>
    <message>
        <source>%1 can %2 %3, but cannot %4 it</source>
        <translation>%1 — %3: %2 posible, pero no %4</translation>
    </message>
    <message>
        <source>You can %1 %2, but you cannot %3 it or %4 it</source>
        <translation>%2: %1 posible, pero ni %3 ni %4</translation>
    </message>
    <message>
        <source>%1 can %2 %3, but cannot %4 it or %5 it</source>
        <translation>%1 — %3: %2 posible, pero ni %4 ni %5</translation>
    </message>
    <message>
        <source>You can %1 %2, but you cannot %3 it, %4 it or %5 it</source>
        <translation>%2: %1 posible, pero ni %3, ni %4, ni %5</translation>
    </message>
    <message>
        <source>%1 can %2 %3, but cannot %4 it, %5 it or %6 it</source>
        <translation>%1 — %3: %2 posible, pero ni %4, ni %5, ni %6</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>It does not exist yet, so creating it was checked.</source>
        <translation>Todavía no existe, así que se comprobó su creación.</translation>
    </message>
    <message>
        <source>path resolution</source>
        <translation>resolución de la ruta</translation>
    </message>
    <message>
        <source>sticky directory rule</source>
        <translation>regla de la carpeta sticky</translation>
    </message>
    <message>
        <source>immutable/append-only flag</source>
        <translation>atributo inmutable o solo anexar</translation>
    </message>
    <message>
        <source>only the owner may chmod</source>
        <translation>solo el propietario puede cambiar los permisos (chmod)</translation>
    </message>
    <message>
        <source>changing the owner needs CAP_CHOWN</source>
        <translation>cambiar el propietario requiere CAP_CHOWN</translation>
    </message>
    <message>
        <source>read-only mount</source>
        <translation>montaje de solo lectura</translation>
    </message>
    <message>
        <source>open(O_WRONLY) of a directory</source>
        <translation>open(O_WRONLY) de una carpeta</translation>
    </message>
    <message>
        <source>execve() of a directory</source>
        <translation>execve() de una carpeta</translation>
    </message>
    <message>
        <source>The process runs under a seccomp filter (%1): it limits which system calls it may make; file access is still as checked here.</source>
        <translation>El proceso se ejecuta bajo un filtro seccomp (%1): limita qué llamadas al sistema puede hacer; el acceso a archivos sigue siendo el comprobado aquí.</translation>
    </message>
    <message>
        <source>Only the first %1 entries of %2 were checked for other owners.</source>
        <translation>Solo se comprobaron las primeras %1 entradas de %2 en busca de otros propietarios.</translation>
    </message>
    <message>
        <source>Only root can ask the kernel as another user; this verdict is computed from the facts.</source>
        <translation>Solo root puede preguntar al kernel como otro usuario; este veredicto se calcula a partir de los hechos.</translation>
    </message>
    <message>
        <source>open(O_WRONLY) on %1 (refused to anyone)</source>
        <translation>open(O_WRONLY) en %1 (denegado a todos)</translation>
    </message>
    <message>
        <source>Could not switch to the subject to ask the kernel; this verdict is computed.</source>
        <translation>No se pudo cambiar al sujeto para preguntar al kernel; este veredicto es calculado.</translation>
    </message>
    <message>
        <source>The path changed while it was being checked; these facts are from a second look.</source>
        <translation>La ruta cambió mientras se comprobaba; estos hechos son de una segunda mirada.</translation>
    </message>
    <message>
        <source>path length</source>
        <translation>longitud de la ruta</translation>
    </message>
    <message>
        <source>uid %1 has no account here; its primary group is assumed to be gid %1 and it has no other groups.</source>
        <translation>el uid %1 no tiene cuenta aquí; se supone que su grupo principal es el gid %1 y que no tiene otros grupos.</translation>
    </message>
    <message>
        <source>The process has its own mount namespace: paths are checked as this system sees them.</source>
        <translation>El proceso tiene su propio espacio de nombres de montaje: las rutas se comprueban como las ve este sistema.</translation>
    </message>
    <message>
        <source>The process has its own mount namespace and root %1: paths are checked as this system sees them.</source>
        <translation>El proceso tiene su propio espacio de nombres de montaje y la raíz %1: las rutas se comprueban como las ve este sistema.</translation>
    </message>
    <message>
        <source>The file is a cloud placeholder; it was not opened, to avoid downloading it.</source>
        <translation>El archivo es un marcador de posición en la nube; no se abrió, para no descargarlo.</translation>
    </message>
    <message>
        <source>Only drive (C:\…), UNC (\\server\share\…) and \\?\ paths are examined.</source>
        <translation>Solo se examinan rutas de unidad (C:\…), UNC (\\server\share\…) y \\?\.</translation>
    </message>
    <message>
        <source>%1 could not be inspected</source>
        <translation>no se pudo examinar %1</translation>
    </message>
    <message>
        <source>no search permission on %1</source>
        <translation>sin permiso de búsqueda en %1</translation>
    </message>
    <message>
        <source>read-only mount %1</source>
        <translation>montaje de solo lectura %1</translation>
    </message>
    <message>
        <source>immutable flag on %1</source>
        <translation>atributo inmutable en %1</translation>
    </message>
    <message>
        <source>no containing folder</source>
        <translation>sin carpeta contenedora</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>noexec mount %1</source>
        <translation>montaje noexec %1</translation>
    </message>
    <message>
        <source>append-only flag: only appending is allowed</source>
        <translation>atributo solo anexar: solo se permite añadir al final</translation>
    </message>
    <message>
        <source>Give the owner %1 %2 on it</source>
        <translation>Dar al propietario %1 %2 sobre él</translation>
    </message>
    <message>
        <source>Give everyone %1 on it</source>
        <translation>Dar a todos %1 sobre él</translation>
    </message>
    <message>
        <source>%1 at %2: the server decides</source>
        <translation>%1 en %2: decide el servidor</translation>
    </message>
    <message>
        <source>journald did not answer within 5 s; its audit records were not read.</source>
        <translation>journald no respondió en 5 s; sus registros de auditoría no se leyeron.</translation>
    </message>
    <message>
        <source>journald shows the system&apos;s audit records only to root and the groups adm and systemd-journal. To read them: %1</source>
        <translation>journald solo muestra los registros de auditoría del sistema a root y a los grupos adm y systemd-journal. Para leerlos: %1</translation>
    </message>
    <message>
        <source>%1 is readable only by root. To read it: %2</source>
        <translation>%1 solo lo puede leer root. Para leerlo: %2</translation>
    </message>
    <message>
        <source>Gives %1 the label the SELinux policy has for that place, as restorecon -v does; the label it has now is recorded, so undo can put it back.</source>
        <translation>Da a %1 la etiqueta que la política de SELinux asigna a ese lugar, como hace restorecon -v; la etiqueta actual queda registrada para que deshacer pueda restaurarla.</translation>
    </message>
    <message>
        <source>needs %1, the ACL grants %2</source>
        <translation>necesita %1, la ACL concede %2</translation>
    </message>
    <message>
        <source>needs %1, owner has %2</source>
        <translation>necesita %1, el propietario tiene %2</translation>
    </message>
    <message>
        <source>needs %1, group has %2</source>
        <translation>necesita %1, el grupo tiene %2</translation>
    </message>
    <message>
        <source>needs %1, group %2 is not active in this session</source>
        <translation>necesita %1, el grupo %2 no está activo en esta sesión</translation>
    </message>
    <message>
        <source>needs %1, others have %2</source>
        <translation>necesita %1, los demás tienen %2</translation>
    </message>
    <message>
        <source>the filesystem is mounted read-only</source>
        <translation>el sistema de archivos está montado como solo lectura</translation>
    </message>
    <message>
        <source>immutable flag (chattr +i)</source>
        <translation>atributo inmutable (chattr +i)</translation>
    </message>
    <message>
        <source>no search (x) permission: nothing inside can be reached</source>
        <translation>sin permiso de búsqueda (x): no se puede llegar a nada de dentro</translation>
    </message>
    <message>
        <source>append-only flag (chattr +a): only appending is allowed</source>
        <translation>atributo de solo añadir (chattr +a): solo se permite añadir</translation>
    </message>
    <message>
        <source>the kernel refuses writing (EPERM): an attribute forbids it</source>
        <translation>el núcleo rechaza la escritura (EPERM): un atributo lo prohíbe</translation>
    </message>
    <message>
        <source>the kernel denies (errno %1) though the bits, ACL and flags allow; a security module may decide</source>
        <translation>el núcleo deniega (errno %1) aunque los permisos, la ACL y los atributos lo permiten; puede que decida un módulo de seguridad</translation>
    </message>
    <message>
        <source>its folder is immutable (chattr +i)</source>
        <translation>su carpeta es inmutable (chattr +i)</translation>
    </message>
    <message>
        <source>its folder lacks write+search for you (mode %1)</source>
        <translation>su carpeta no te da escritura+búsqueda (modo %1)</translation>
    </message>
    <message>
        <source>sticky folder: only the owner of the entry or of the folder may remove it</source>
        <translation>carpeta sticky: solo el propietario de la entrada o de la carpeta puede eliminarla</translation>
    </message>
    <message>
        <source>append-only flag (chattr +a)</source>
        <translation>atributo de solo añadir (chattr +a)</translation>
    </message>
    <message>
        <source>cannot start pkexec (is it installed?)</source>
        <translation>no se puede iniciar pkexec (¿está instalado?)</translation>
    </message>
    <message>
        <source>no answer from the administrator prompt or the helper in time</source>
        <translation>no hubo respuesta a tiempo de la solicitud de administrador ni del asistente</translation>
    </message>
    <message>
        <source>the administrator prompt was dismissed</source>
        <translation>se cerró la solicitud de administrador</translation>
    </message>
    <message>
        <source>pkexec is not installed (Debian and Ubuntu: apt install pkexec)</source>
        <translation>pkexec no está instalado (Debian y Ubuntu: apt install pkexec)</translation>
    </message>
    <message>
        <source>no password prompt could be shown: no polkit authentication agent is running in this session (log in to a desktop session, or run the shown command in a terminal with sudo)</source>
        <translation>no se pudo mostrar ninguna solicitud de contraseña: no hay ningún agente de autenticación de polkit en esta sesión (inicia una sesión de escritorio, o ejecuta el comando mostrado en una terminal con sudo)</translation>
    </message>
    <message>
        <source>not authorised: the administrator password was refused, or this account may not do this</source>
        <translation>no autorizado: se rechazó la contraseña de administrador, o esta cuenta no puede hacerlo</translation>
    </message>
    <message>
        <source>the privileged helper could not be started (reinstall WhyDenied)</source>
        <translation>no se pudo iniciar el asistente privilegiado (reinstala WhyDenied)</translation>
    </message>
    <message>
        <source>pkexec could not run the helper</source>
        <translation>pkexec no pudo ejecutar el asistente</translation>
    </message>
    <message>
        <source>pkexec could not run the helper: %1</source>
        <translation>pkexec no pudo ejecutar el asistente: %1</translation>
    </message>
    <message>
        <source>the helper failed (status %1)</source>
        <translation>el asistente falló (estado %1)</translation>
    </message>
    <message>
        <source>the helper refused: %1</source>
        <translation>el asistente se negó: %1</translation>
    </message>
    <message>
        <source>the privileged helper is not installed (%1 is missing; reinstall WhyDenied)</source>
        <translation>el asistente privilegiado no está instalado (falta %1; reinstala WhyDenied)</translation>
    </message>
    <message>
        <source>the helper&apos;s answer could not be read</source>
        <translation>no se pudo leer la respuesta del asistente</translation>
    </message>
    <message>
        <source>cannot create a private folder for the request: %1</source>
        <translation>no se puede crear una carpeta privada para la solicitud: %1</translation>
    </message>
    <message>
        <source>cannot write the request: %1</source>
        <translation>no se puede escribir la solicitud: %1</translation>
    </message>
    <message>
        <source>the helper&apos;s path is not absolute: %1</source>
        <translation>la ruta del asistente no es absoluta: %1</translation>
    </message>
    <message>
        <source>cannot start osascript</source>
        <translation>no se puede iniciar osascript</translation>
    </message>
    <message>
        <source>an answer came from another program than the helper; it was ignored</source>
        <translation>llegó una respuesta de otro programa distinto del asistente; se ignoró</translation>
    </message>
    <message>
        <source>cannot make a pipe for the helper&apos;s answer (%1)</source>
        <translation>no se puede crear una tubería para la respuesta del asistente (%1)</translation>
    </message>
    <message>
        <source>cannot wait for the helper&apos;s answer (%1)</source>
        <translation>no se puede esperar la respuesta del asistente (%1)</translation>
    </message>
    <message>
        <source>not authorised (the administrator prompt was declined)</source>
        <translation>no autorizado (se rechazó la solicitud de administrador)</translation>
    </message>
    <message>
        <source>cannot start %1 (%2)</source>
        <translation>no se puede iniciar %1 (%2)</translation>
    </message>
    <message>
        <source>the helper was started without a process handle</source>
        <translation>el asistente se inició sin identificador de proceso</translation>
    </message>
    <message>
        <source>%1 changed since the diagnosis: it is no longer the same file or folder</source>
        <translation>%1 cambió desde el diagnóstico: ya no es el mismo archivo o carpeta</translation>
    </message>
    <message>
        <source>%1 was replaced since the fix</source>
        <translation>%1 se sustituyó después de la solución</translation>
    </message>
    <message>
        <source>%1 is a system location; the helper changes nothing there</source>
        <translation>%1 es una ubicación del sistema; el asistente no cambia nada ahí</translation>
    </message>
    <message>
        <source>This fix is a command for %1; nothing was changed here.</source>
        <translation>Esta solución es un comando para %1; aquí no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is a system location; WhyDenied changes it only when you confirm that explicitly. Nothing was changed.</source>
        <translation>%1 es una ubicación del sistema; WhyDenied solo la cambia si lo confirmas expresamente. No se cambió nada.</translation>
    </message>
    <message>
        <source>WhyDenied is installed for your account only (%1), so it does not start its administrator helper. Nothing was changed.</source>
        <translation>WhyDenied está instalado solo para su cuenta (%1), así que no inicia su asistente de administrador. No se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message>
        <source>The change failed part-way: %1</source>
        <translation>El cambio falló a medias: %1</translation>
    </message>
    <message>
        <source>The change was made but could not be recorded (%1); undo it by hand: %2</source>
        <translation>El cambio se hizo pero no se pudo registrar (%1); deshazlo a mano: %2</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Aplicado.</translation>
    </message>
    <message>
        <source>Fixed: the copy is at %1, and you can %2 it.</source>
        <translation>Solucionado: la copia está en %1 y puedes %2.</translation>
    </message>
    <message>
        <source>Fixed: you can now %1 %2.</source>
        <translation>Solucionado: ahora puedes %1 %2.</translation>
    </message>
    <message>
        <source>Applied, but it is still denied.</source>
        <translation>Aplicado, pero sigue denegado.</translation>
    </message>
    <message>
        <source>Applied, but it is still denied: %1 (%2).</source>
        <translation>Aplicado, pero sigue denegado: %1 (%2).</translation>
    </message>
    <message>
        <source>No fix has been recorded in %1; nothing to undo.</source>
        <translation>No hay ninguna solución registrada en %1; nada que deshacer.</translation>
    </message>
    <message>
        <source>%1; nothing was changed.</source>
        <translation>%1; no se cambió nada.</translation>
    </message>
    <message>
        <source>The fix %1 (%2) was already undone at %3; nothing was changed.</source>
        <translation>La solución %1 (%2) ya se deshizo el %3; no se cambió nada.</translation>
    </message>
    <message>
        <source>The fix %1 was made for %2, not for you; nothing was changed.</source>
        <translation>La solución %1 se hizo para %2, no para ti; no se cambió nada.</translation>
    </message>
    <message>
        <source>The fix %1 was made by uid %2; nothing was changed.</source>
        <translation>La solución %1 la hizo el uid %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>WhyDenied is installed for your account only (%1), so it does not start its administrator helper. Nothing was changed; run this in an administrator terminal instead: %2</source>
        <translation>WhyDenied está instalado solo para tu cuenta (%1), así que no inicia su asistente de administrador. No se cambió nada; ejecuta esto en una terminal de administrador: %2</translation>
    </message>
    <message>
        <source>Undone: %1 is back as it was.</source>
        <translation>Deshecho: %1 vuelve a estar como antes.</translation>
    </message>
    <message>
        <source>Undone: %1 is back to %2; its setuid/setgid bits were not given back (an undo never makes a program privileged again). An administrator can run: %3</source>
        <translation>Deshecho: %1 vuelve a %2; no se le devolvieron los bits setuid/setgid (deshacer nunca vuelve a dar privilegios a un programa). Un administrador puede ejecutar: %3</translation>
    </message>
    <message>
        <source>Undo failed part-way: %1</source>
        <translation>Deshacer falló a medias: %1</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>No se deshizo: %1</translation>
    </message>
    <message>
        <source>Undone: the copy %1 was removed.</source>
        <translation>Deshecho: se eliminó la copia %1.</translation>
    </message>
    <message>
        <source>Undone: %1 is back to %2.</source>
        <translation>Deshecho: %1 vuelve a %2.</translation>
    </message>
    <message>
        <source>Undone: %1 is back to %2. %3.</source>
        <translation>Deshecho: %1 vuelve a %2. %3.</translation>
    </message>
    <message>
        <source>%1 (But the journal could not be updated: %2.)</source>
        <translation>%1 (Pero no se pudo actualizar el registro: %2.)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>attributes none</source>
        <translation>sin atributos</translation>
    </message>
    <message>
        <source>attributes %1</source>
        <translation>atributos %1</translation>
    </message>
    <message>
        <source>security %1</source>
        <translation>seguridad %1</translation>
    </message>
    <message>
        <source>mode %1, owner %2</source>
        <translation>modo %1, propietario %2</translation>
    </message>
    <message>
        <source>ACL %1</source>
        <translation>ACL %1</translation>
    </message>
    <message>
        <source>flags %1</source>
        <translation>atributos %1</translation>
    </message>
    <message>
        <source>No fix &apos;%1&apos; was proposed for this diagnosis (none was).</source>
        <translation>No se propuso ninguna solución &apos;%1&apos; para este diagnóstico (no se propuso ninguna).</translation>
    </message>
    <message>
        <source>No fix &apos;%1&apos; was proposed for this diagnosis (proposed: %2).</source>
        <translation>No se propuso ninguna solución &apos;%1&apos; para este diagnóstico (propuestas: %2).</translation>
    </message>
    <message>
        <source>This diagnosis was made for someone else; fixes are applied for your own access only.</source>
        <translation>Este diagnóstico es para otra persona; las soluciones solo se aplican a tu propio acceso.</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; is shown for an administrator to run; WhyDenied does not apply it: %2</source>
        <translation>La solución &apos;%1&apos; se muestra para que la ejecute un administrador; WhyDenied no la aplica: %2</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; is not one the engine knows how to apply: %2</source>
        <translation>WhyDenied no sabe aplicar la solución &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; is a command for another system than the one diagnosed: %2</source>
        <translation>La solución &apos;%1&apos; es un comando para un sistema distinto del diagnosticado: %2</translation>
    </message>
    <message>
        <source>Refusing chmod %1: WhyDenied never makes anything writable for everyone.</source>
        <translation>chmod %1 rechazado: WhyDenied nunca hace que algo sea escribible por todos.</translation>
    </message>
    <message>
        <source>Unrecognised ACL entry %1.</source>
        <translation>Entrada de ACL no reconocida %1.</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; is not one the engine knows how to apply (%2): %3</source>
        <translation>WhyDenied no sabe aplicar la solución &apos;%1&apos; (%2): %3</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; would add someone other than you to a group.</source>
        <translation>La solución &apos;%1&apos; añadiría a un grupo a alguien distinto de ti.</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; names the group %2, which no inspected part of the diagnosed path has.</source>
        <translation>La solución &apos;%1&apos; nombra el grupo %2, que no tiene ninguna parte examinada de la ruta diagnosticada.</translation>
    </message>
    <message>
        <source>The fix names %1, which is not an inspected part of the diagnosed path.</source>
        <translation>La solución nombra %1, que no es una parte examinada de la ruta diagnosticada.</translation>
    </message>
    <message>
        <source>A copy needs a regular file and an absolute destination.</source>
        <translation>Una copia necesita un archivo normal y un destino absoluto.</translation>
    </message>
    <message>
        <source>The plan has no steps; nothing was changed.</source>
        <translation>El plan no tiene pasos; no se cambió nada.</translation>
    </message>
    <message>
        <source>The plan includes a step WhyDenied does not apply (%1); nothing was changed.</source>
        <translation>El plan incluye un paso que WhyDenied no aplica (%1); no se cambió nada.</translation>
    </message>
    <message>
        <source>The plan is for another system; nothing was changed.</source>
        <translation>El plan es para otro sistema; no se cambió nada.</translation>
    </message>
    <message>
        <source>This plan grants access to another account; only root applies it (the helper grants only to the person asking). Nothing was changed.</source>
        <translation>Este plan da acceso a otra cuenta; solo root lo aplica (el asistente solo concede a quien lo pide). No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 Undo what was done with: %2</source>
        <translation>%1 Deshaz lo hecho con: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was left changed.</source>
        <translation>%1 No quedó nada cambiado.</translation>
    </message>
    <message>
        <source>Step failed: %1.</source>
        <translation>Falló un paso: %1.</translation>
    </message>
    <message>
        <source>The plan does not fit the helper&apos;s request form (%1).</source>
        <translation>El plan no encaja en el formato de solicitud del asistente (%1).</translation>
    </message>
    <message>
        <source>Nothing was changed by the helper: %1.</source>
        <translation>El asistente no cambió nada: %1.</translation>
    </message>
    <message>
        <source>Privileged plan steps go through the helper on Linux only.</source>
        <translation>Los pasos privilegiados de un plan solo pasan por el asistente en Linux.</translation>
    </message>
    <message>
        <source>The plan was applied but could not be recorded (%1); undo each step by its journal id.</source>
        <translation>El plan se aplicó pero no se pudo registrar (%1); deshaz cada paso por su id de registro.</translation>
    </message>
    <message numerus="yes">
        <source>Fixed: all %n steps applied, and the kernel now allows it.</source>
        <translation>
            <numerusform>Solucionado: se aplicó el paso y el núcleo ya lo permite.</numerusform>
            <numerusform>Solucionado: se aplicaron los %n pasos y el núcleo ya lo permite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied all %n steps, but the kernel still denies it.</source>
        <translation>
            <numerusform>Se aplicó el paso, pero el núcleo sigue denegándolo.</numerusform>
            <numerusform>Se aplicaron los %n pasos, pero el núcleo sigue denegándolo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied all %n steps.</source>
        <translation>
            <numerusform>Se aplicó el paso.</numerusform>
            <numerusform>Se aplicaron los %n pasos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan %1 was already undone; nothing was changed.</source>
        <translation>El plan %1 ya se deshizo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The plan %1 was applied by uid %2; nothing was changed.</source>
        <translation>El plan %1 lo aplicó el uid %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>The helper did not undo its part: %1.</source>
        <translation>El asistente no deshizo su parte: %1.</translation>
    </message>
    <message>
        <source>Not every step was undone: %1</source>
        <translation>No se deshicieron todos los pasos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Undone: all %n steps of the plan %1 were reverted.</source>
        <translation>
            <numerusform>Deshecho: se revirtió el paso del plan %1.</numerusform>
            <numerusform>Deshecho: se revirtieron los %n pasos del plan %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>ACL entry denying delete</source>
        <translation>entrada de ACL que deniega borrar</translation>
    </message>
    <message>
        <source>changing the owner needs root</source>
        <translation>cambiar el propietario requiere root</translation>
    </message>
    <message>
        <source>the folder is missing</source>
        <translation>falta la carpeta</translation>
    </message>
    <message>
        <source>the read-only attribute forbids deleting</source>
        <translation>el atributo de solo lectura prohíbe borrar</translation>
    </message>
    <message>
        <source>not opened: a cloud placeholder that downloads when opened</source>
        <translation>no se abrió: un marcador de posición en la nube que se descarga al abrirlo</translation>
    </message>
    <message>
        <source>a folder opened as a file (no FILE_FLAG_BACKUP_SEMANTICS)</source>
        <translation>una carpeta abierta como archivo (sin FILE_FLAG_BACKUP_SEMANTICS)</translation>
    </message>
    <message>
        <source>path form</source>
        <translation>forma de la ruta</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>no se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>the changes were made but the record in %1 may be incomplete</source>
        <translation>los cambios se hicieron, pero el registro en %1 puede estar incompleto</translation>
    </message>
    <message>
        <source>%1 is a system location; WhyDenied changes it in bulk only when run as root. Nothing was changed.</source>
        <translation>%1 es una ubicación del sistema; WhyDenied solo la cambia en bloque si se ejecuta como root. No se cambió nada.</translation>
    </message>
    <message>
        <source>the batch was made by uid %1; nothing was changed</source>
        <translation>el lote lo hizo el uid %1; no se cambió nada</translation>
    </message>
    <message>
        <source>this batch was already undone; nothing was changed</source>
        <translation>este lote ya se deshizo; no se cambió nada</translation>
    </message>
    <message>
        <source>no batch %1 in %2</source>
        <translation>no hay ningún lote %1 en %2</translation>
    </message>
    <message>
        <source>the audit checks read, write, list, traverse, execute or delete, not %1</source>
        <translation>la auditoría comprueba leer, escribir, listar, recorrer, ejecutar o borrar, no %1</translation>
    </message>
    <message>
        <source>unknown subject %1</source>
        <translation>sujeto desconocido %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot inspect %1: %2</source>
        <translation>no se puede examinar %1: %2</translation>
    </message>
    <message>
        <source>the folder audit is not available on this platform yet</source>
        <translation>la auditoría de carpetas aún no está disponible en esta plataforma</translation>
    </message>
    <message>
        <source>Applying fixes is not supported on this platform yet; run the command shown.</source>
        <translation>Aplicar soluciones aún no es posible en esta plataforma; ejecuta el comando mostrado.</translation>
    </message>
    <message>
        <source>the administrator prompt failed</source>
        <translation>falló la solicitud de administrador</translation>
    </message>
    <message>
        <source>not authorised (the administrator prompt was cancelled or the password was refused)</source>
        <translation>no autorizado (se canceló la solicitud de administrador o se rechazó la contraseña)</translation>
    </message>
    <message>
        <source>%1 is now a symbolic link; refusing to follow it</source>
        <translation>%1 es ahora un enlace simbólico; no se sigue</translation>
    </message>
    <message>
        <source>%1 is no longer a folder</source>
        <translation>%1 ya no es una carpeta</translation>
    </message>
    <message>
        <source>%1 has %2 names (hard links); an administrator&apos;s fix would change all of them, so nothing was changed</source>
        <translation>%1 tiene %2 nombres (enlaces duros); una solución como administrador los cambiaría todos, así que no se cambió nada</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>etiqueta %1</translation>
    </message>
    <message>
        <source>The helper&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta del asistente.</translation>
    </message>
    <message>
        <source>%1 (recorded as %2)</source>
        <translation>%1 (registrado como %2)</translation>
    </message>
    <message>
        <source>WhyDenied is installed for your account only (%1), so it does not start its administrator helper: a program in a folder you can change could be replaced while the prompt waits. Nothing was changed; run this in an administrator terminal instead: %2</source>
        <translation>WhyDenied está instalado solo para tu cuenta (%1), así que no inicia su asistente de administrador: un programa en una carpeta que puedes cambiar podría sustituirse mientras espera la solicitud. No se cambió nada; ejecuta esto en una terminal de administrador: %2</translation>
    </message>
    <message>
        <source>The kernel log is readable only by root here (dmesg_restrict). To read it: %1</source>
        <translation>Aquí el registro del núcleo solo lo puede leer root (dmesg_restrict). Para leerlo: %1</translation>
    </message>
    <message>
        <source>The path is longer than the system allows (PATH_MAX).</source>
        <translation>La ruta es más larga de lo que permite el sistema (PATH_MAX).</translation>
    </message>
    <message>
        <source>No path given.</source>
        <translation>No se indicó ninguna ruta.</translation>
    </message>
    <message>
        <source>The path contains a NUL byte, which no file name can.</source>
        <translation>La ruta contiene un byte NUL, que ningún nombre de archivo puede contener.</translation>
    </message>
    <message>
        <source>no user named &apos;%1&apos;</source>
        <translation>ningún usuario llamado «%1»</translation>
    </message>
    <message>
        <source>no process %1 (or it cannot be inspected)</source>
        <translation>ningún proceso %1 (o no se puede examinar)</translation>
    </message>
    <message>
        <source>cannot read the credentials of process %1</source>
        <translation>no se pueden leer las credenciales del proceso %1</translation>
    </message>
    <message>
        <source>cannot ask systemd about service %1 (systemctl did not answer)</source>
        <translation>no se puede preguntar a systemd por el servicio %1 (systemctl no respondió)</translation>
    </message>
    <message>
        <source>cannot ask systemd about service %1</source>
        <translation>no se puede preguntar a systemd por el servicio %1</translation>
    </message>
    <message>
        <source>cannot ask systemd about service %1 (no systemctl here)</source>
        <translation>no se puede preguntar a systemd por el servicio %1 (aquí no hay systemctl)</translation>
    </message>
    <message>
        <source>no service named %1</source>
        <translation>ningún servicio llamado %1</translation>
    </message>
    <message>
        <source>service %1 uses DynamicUser= and is not running: its uid is only chosen at start</source>
        <translation>el servicio %1 usa DynamicUser= y no está en marcha: su uid solo se elige al arrancar</translation>
    </message>
    <message>
        <source>Checking for another user or process is not supported on macOS yet.</source>
        <translation>La comprobación para otro usuario o proceso aún no es compatible con macOS.</translation>
    </message>
    <message>
        <source>uid: needs a number, as in uid:33</source>
        <translation>uid: necesita un número, como uid:33</translation>
    </message>
    <message>
        <source>pid: needs a process id, as in pid:1234</source>
        <translation>pid: necesita un identificador de proceso, como pid:1234</translation>
    </message>
    <message>
        <source>service: needs a unit name, as in service:nginx</source>
        <translation>service: necesita un nombre de unidad, como service:nginx</translation>
    </message>
    <message>
        <source>unknown subject &apos;%1:&apos; (use a user name, uid:N, pid:N or service:NAME)</source>
        <translation>sujeto desconocido «%1:» (usa un nombre de usuario, uid:N, pid:N o service:NOMBRE)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user name (use a user name, uid:N, pid:N or service:NAME)</source>
        <translation>«%1» no es un nombre de usuario (usa un nombre de usuario, uid:N, pid:N o service:NOMBRE)</translation>
    </message>
</context>
</TS>
