<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>The desktop app cannot be opened from here; run 'arledger' on its own.</source>
      <comment>cli.no_desktop</comment>
      <translation>Die Desktop-App kann von hier aus nicht geöffnet werden; starten Sie 'arledger' allein.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/common.py" />
      <source>There is no ledger at {path}; create one with 'arledger demo --ledger {path}' or open the app to start a new one.</source>
      <comment>ledger.missing</comment>
      <translation>Unter {path} gibt es kein Debitorenbuch; legen Sie eines mit 'arledger demo --ledger {path}' an oder öffnen Sie die App, um ein neues zu beginnen.</translation>
    </message>
  </context>
</TS>
