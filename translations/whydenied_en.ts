<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>wdgui::AuditView</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folders</source>
        <translation>
            <numerusform>%Ln folder</numerusform>
            <numerusform>%Ln folders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wdgui::HoldersPanel</name>
    <message numerus="yes">
        <source>%n program(s) using %1 or something in it:</source>
        <translation>
            <numerusform>%n program using %1 or something in it:</numerusform>
            <numerusform>%n programs using %1 or something in it:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) using %1:</source>
        <translation>
            <numerusform>%n program using %1:</numerusform>
            <numerusform>%n programs using %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) of other users could not be inspected; an administrator can see them.</source>
        <translation>
            <numerusform>%n process of another user could not be inspected; an administrator can see it.</numerusform>
            <numerusform>%n processes of other users could not be inspected; an administrator can see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whydenied</name>
    <message numerus="yes">
        <source>Fixed: all %n steps applied, and the kernel now allows it.</source>
        <translation>
            <numerusform>Fixed: the step was applied, and the kernel now allows it.</numerusform>
            <numerusform>Fixed: all %n steps applied, and the kernel now allows it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied all %n steps, but the kernel still denies it.</source>
        <translation>
            <numerusform>Applied the step, but the kernel still denies it.</numerusform>
            <numerusform>Applied all %n steps, but the kernel still denies it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied all %n steps.</source>
        <translation>
            <numerusform>Applied the step.</numerusform>
            <numerusform>Applied all %n steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: all %n steps of the plan %1 were reverted.</source>
        <translation>
            <numerusform>Undone: the step of the plan %1 was reverted.</numerusform>
            <numerusform>Undone: all %n steps of the plan %1 were reverted.</numerusform>
        </translation>
    </message>
</context>
</TS>
