<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>bc::cli::AuthExchangeCommand</name>
    <message numerus="yes">
        <source>profile “%1” is signed in for %n ad account(s)</source>
        <translation>
            <numerusform>profile “%1” is signed in for %n ad account</numerusform>
            <numerusform>profile “%1” is signed in for %n ad accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::AuthRevokeCommand</name>
    <message numerus="yes">
        <source>Profile “%1”: the token is revoked and removed from the keychain (%n ad account(s) lost access).</source>
        <translation>
            <numerusform>Profile “%1”: the token is revoked and removed from the keychain (%n ad account lost access).</numerusform>
            <numerusform>Profile “%1”: the token is revoked and removed from the keychain (%n ad accounts lost access).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::InvoiceDownloadCommand</name>
    <message numerus="yes">
        <source>%n deleted invoice(s) left out</source>
        <translation>
            <numerusform>%n deleted invoice left out</numerusform>
            <numerusform>%n deleted invoices left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>downloading %n invoice(s) of Business Center %1 into %2</source>
        <translation>
            <numerusform>downloading %n invoice of Business Center %1 into %2</numerusform>
            <numerusform>downloading %n invoices of Business Center %1 into %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>downloading %n invoice(s) of Business Center %1 into %2 through an invoice task</source>
        <translation>
            <numerusform>downloading %n invoice of Business Center %1 into %2 through an invoice task</numerusform>
            <numerusform>downloading %n invoices of Business Center %1 into %2 through an invoice task</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 invoice(s) failed: %2</source>
        <translation>
            <numerusform>%n of %1 invoice failed: %2</numerusform>
            <numerusform>%n of %1 invoices failed: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::SyncCommand</name>
    <message numerus="yes">
        <source>sync of Business Center %1 failed for %n list(s): %2 (the other %3 were updated; the failed ones keep their previous mirror)</source>
        <translation>
            <numerusform>sync of Business Center %1 failed for %n list: %2 (the other %3 were updated; the failed ones keep their previous mirror)</numerusform>
            <numerusform>sync of Business Center %1 failed for %n lists: %2 (the other %3 were updated; the failed ones keep their previous mirror)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::ui::ActivityPanel</name>
    <message numerus="yes">
        <source>Activity · %1 request(s)</source>
        <translation>
            <numerusform>Activity · %1 request</numerusform>
            <numerusform>Activity · %1 requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activity · %1 of %2 request(s)</source>
        <translation>
            <numerusform>Activity · %1 of %2 request</numerusform>
            <numerusform>Activity · %1 of %2 requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n request(s)</source>
        <translation>
            <numerusform>Copied %n request</numerusform>
            <numerusform>Copied %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::ui::BusinessCentersPanel</name>
    <message numerus="yes">
        <source>%n Business Center(s) fetched in %1 ms</source>
        <translation>
            <numerusform>%n Business Center fetched in %1 ms</numerusform>
            <numerusform>%n Business Centers fetched in %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Copied %n row</numerusform>
            <numerusform>Copied %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::ui::MainWindow</name>
    <message numerus="yes">
        <source>Sync cancelled: %n list(s) fetched before.</source>
        <translation>
            <numerusform>Sync cancelled: %n list fetched before.</numerusform>
            <numerusform>Sync cancelled: %n lists fetched before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync finished: %n list(s) fetched.</source>
        <translation>
            <numerusform>Sync finished: %n list fetched.</numerusform>
            <numerusform>Sync finished: %n lists fetched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::ui::MirrorTablePanel</name>
    <message numerus="yes">
        <source> · fetched %n min ago</source>
        <translation>
            <numerusform> · fetched %n min ago</numerusform>
            <numerusform> · fetched %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Copied %n row</numerusform>
            <numerusform>Copied %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::ui::OverviewPanel</name>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s), %1</source>
        <translation>
            <numerusform>%Ln invoice, %1</numerusform>
            <numerusform>%Ln invoices, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ad account(s)</source>
        <translation>
            <numerusform>%Ln ad account</numerusform>
            <numerusform>%Ln ad accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln asset</numerusform>
            <numerusform>%Ln assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln billing group(s)</source>
        <translation>
            <numerusform>%Ln billing group</numerusform>
            <numerusform>%Ln billing groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pixel(s)</source>
        <translation>
            <numerusform>%Ln pixel</numerusform>
            <numerusform>%Ln pixels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other account(s)</source>
        <translation>
            <numerusform>%Ln other account</numerusform>
            <numerusform>%Ln other accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost per ad account, last %Ln day(s)</source>
        <translation>
            <numerusform>Cost per ad account, last %Ln day</numerusform>
            <numerusform>Cost per ad account, last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total %1 across %Ln ad account(s), %2 – %3 (UTC).</source>
        <translation>
            <numerusform>Total %1 across %Ln ad account, %2 – %3 (UTC).</numerusform>
            <numerusform>Total %1 across %Ln ad accounts, %2 – %3 (UTC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also %1 across %Ln ad account(s) in another currency.</source>
        <translation>
            <numerusform>Also %1 across %Ln ad account in another currency.</numerusform>
            <numerusform>Also %1 across %Ln ad accounts in another currency.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln transaction(s): in %1, out %2.</source>
        <translation>
            <numerusform>%Ln transaction: in %1, out %2.</numerusform>
            <numerusform>%Ln transactions: in %1, out %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also %Ln in %1 (not charted): in %2, out %3.</source>
        <translation>
            <numerusform>Also %Ln in %1 (not charted): in %2, out %3.</numerusform>
            <numerusform>Also %Ln in %1 (not charted): in %2, out %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::ui::SignInDialog</name>
    <message numerus="yes">
        <source>Ad accounts it reaches (%n):</source>
        <translation>
            <numerusform>Ad accounts it reaches (%n):</numerusform>
            <numerusform>Ad accounts it reaches (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::ui::TokenStatusView</name>
    <message numerus="yes">
        <source>%n accounts: %1, …</source>
        <translation>
            <numerusform>%n account: %1, …</numerusform>
            <numerusform>%n accounts: %1, …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
