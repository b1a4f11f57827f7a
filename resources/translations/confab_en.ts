<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConversationTools</name>
    <message numerus="yes">
        <source>%1 (%n tool(s))</source>
        <translation>
            <numerusform>%1 (%n tool)</numerusform>
            <numerusform>%1 (%n tools)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunOfferPage</name>
    <message numerus="yes">
        <source>%1 at %2 — %n model(s)</source>
        <translation>
            <numerusform>%1 at %2 — %n model</numerusform>
            <numerusform>%1 at %2 — %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>Imported %n conversation</numerusform>
            <numerusform>Imported %n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderDraft</name>
    <message numerus="yes">
        <source>Connected. %n model(s) available.</source>
        <translation>
            <numerusform>Connected. %n model available.</numerusform>
            <numerusform>Connected. %n models available.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolResultView</name>
    <message numerus="yes">
        <source>Show all %n characters</source>
        <translation>
            <numerusform>Show the %n character</numerusform>
            <numerusform>Show all %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolServerRow</name>
    <message numerus="yes">
        <source>%1 · %2 · %n tool(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n tool</numerusform>
            <numerusform>%1 · %2 · %n tools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolServers</name>
    <message numerus="yes">
        <source>Imported %n server(s). None is enabled yet: enable one to see what it runs and confirm it.</source>
        <translation>
            <numerusform>Imported %n server. It is not enabled yet: enable it to see what it runs and confirm it.</numerusform>
            <numerusform>Imported %n servers. None is enabled yet: enable one to see what it runs and confirm it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) changed since you approved them.</source>
        <translation>
            <numerusform>%n tool changed since you approved it.</numerusform>
            <numerusform>%n tools changed since you approved them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) contain hidden characters.</source>
        <translation>
            <numerusform>%n tool contains hidden characters.</numerusform>
            <numerusform>%n tools contain hidden characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
