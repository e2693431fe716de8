/**
 * Dutch, the source catalogue: every key the UI uses is defined here first,
 * and fr.ts / en.ts must translate each one (the type checker enforces it).
 * Words follow the sites' own guides (seeds/): 'Kopieer code', 'Verzenden'.
 */
import type { ErrorCode } from '../errors.ts';

export const nl = {
  'app.name': 'Havencode',
  'common.cancel': 'Annuleren',
  'common.close': 'Sluiten',
  'common.yes': 'Ja',
  'common.no': 'Nee',
  'common.loading': 'Even geduld…',
  'common.language': 'Taal',
  'setup.title': 'Beveilig Havencode',
  'setup.intro':
    'Kies hoe je Havencode ontgrendelt. Je codes worden versleuteld op dit toestel bewaard.',
  'setup.passkey': 'Gebruik vingerafdruk, gezicht of beveiligingssleutel',
  'setup.passkeyHint': 'Face ID, Touch ID, Windows Hello, vingerafdruk of een FIDO2-sleutel.',
  'setup.or': 'of',
  'setup.pin': 'Kies een pincode (minstens 6 cijfers) of wachtzin',
  'setup.pinConfirm': 'Herhaal je pincode',
  'setup.submit': 'Beveiligen',
  'setup.pinMismatch': 'De twee pincodes zijn niet gelijk.',
  'recovery.title': 'Je herstelcode',
  'recovery.intro':
    'Met deze code kom je in Havencode als je je pincode vergeet of je vingerafdruk niet meer werkt. Schrijf hem op of bewaar hem buiten dit toestel. Hij wordt maar één keer getoond.',
  'recovery.introKiosk':
    'Met deze code kom je in je kluis als je je beveiligingssleutel kwijt bent. Schrijf hem op en bewaar hem niet bij de sleutel. Hij wordt maar één keer getoond.',
  'recovery.deviceWarning':
    'Let op: je codes staan alleen op dit toestel. Ben je het toestel kwijt, dan helpt de herstelcode niet — alleen een versleutelde back-up brengt je codes dan terug. Havencode stelt er een voor zodra je een account toevoegt.',
  'recovery.deviceWarningKiosk': 'Let op: je kluis staat alleen op deze pc.',
  'recovery.copy': 'Kopiëren',
  'recovery.print': 'Afdrukken',
  'recovery.download': 'Als bestand bewaren',
  'recovery.copied': 'Herstelcode gekopieerd.',
  'recovery.file':
    'Havencode-herstelcode, gemaakt op {date}:\n\n{code}\n\nHiermee ontgrendel je Havencode als je je pincode of passkey kwijt bent. Bewaar dit op een veilige plaats.',
  'recovery.done': 'Ik heb de code bewaard',
  'recovery.use': 'Herstelcode gebruiken',
  'recovery.input': 'Herstelcode',
  'unlock.title': 'Ontgrendel Havencode',
  'unlock.pin': 'Pincode',
  'unlock.submit': 'Ontgrendelen',
  'unlock.passkey': 'Ontgrendel met vingerafdruk, gezicht of sleutel',
  'unlock.triesLeft':
    '{count, plural, one {Nog # poging} other {Nog # pogingen}} voor je moet wachten.',
  'unlock.wipeLeft':
    'Na {count, plural, one {nog # foute poging} other {nog # foute pogingen}} wordt de kluis gewist.',
  'reauth.intro': 'Bevestig eerst dat jij het bent.',
  'reauth.pin': 'Huidige pincode',
  'reauth.submit': 'Bevestigen',
  'reauth.passkey': 'Bevestig met vingerafdruk, gezicht of sleutel',
  'time.seconds': '{n, plural, one {# seconde} other {# seconden}}',
  'time.minutes': '{n, plural, one {# minuut} other {# minuten}}',
  'lock.now': 'Vergrendelen',
  'accounts.title': 'Je codes',
  'accounts.empty':
    'Nog geen accounts. Tik op + Toevoegen en scan de QR-code van MyCepa of C-point.',
  'accounts.noMatch': 'Geen account gevonden voor ‘{query}’.',
  'accounts.search': 'Zoeken',
  'accounts.copy': 'Kopieer code',
  'accounts.copied': 'Code van {name} gekopieerd — wordt over {wait} gewist.',
  'accounts.copiedKept': 'Code van {name} gekopieerd.',
  'accounts.copyLabel': 'Code van {name} kopiëren',
  'accounts.menu': 'Meer voor {name}',
  'accounts.currentSite': 'Voor deze site',
  'accounts.others': 'Andere accounts',
  'accounts.useHere': 'Gebruik Havencode op deze site',
  'accounts.useHereFor': 'Koppelt {origin} aan {name}.',
  'accounts.useHereAccount': 'Account voor deze site',
  'accounts.useHereRefused':
    'De browser liet Havencode niet toe op {origin}. Sta het toe in de instellingen.',
  'accounts.useHereDone': '{origin} is gekoppeld aan {name}. Herlaad de pagina.',
  'accounts.delete': 'Verwijderen',
  'accounts.rename': 'Naam wijzigen',
  'accounts.next': 'Volgende code',
  'accounts.secondsLeft': 'nog {seconds} s',
  'accounts.nextHotp': 'Nieuwe code',
  'accounts.deleteConfirm': '{name} verwijderen? Je kan dit nog even ongedaan maken.',
  'accounts.deleted': '{name} verwijderd.',
  'accounts.undo': 'Ongedaan maken',
  'accounts.recentlyDeleted': 'Onlangs verwijderd',
  'accounts.restore': 'Terugzetten',
  'accounts.deletedKept':
    'Verwijderde accounts blijven {days} dagen bewaard en kun je hier terugzetten.',
  'add.open': 'Account toevoegen',
  'add.openShort': 'Toevoegen',
  'add.title': 'Account toevoegen',
  'add.uri':
    'Of plak de link uit de QR-code (begint met otpauth://) of een Google Authenticator-export',
  'add.submit': 'Toevoegen',
  'add.added': '{count, plural, one {# account toegevoegd} other {# accounts toegevoegd}}.',
  'add.addedOne': '{name} toegevoegd.',
  'add.duplicates':
    '{count, plural, one {# account stond er al} other {# accounts stonden er al}}.',
  'add.duplicateOne': '{name} stond er al.',
  'add.scanPage': 'QR-code op deze pagina lezen',
  'add.scanCamera': 'QR-code scannen met de camera',
  'add.image': 'Afbeelding kiezen',
  'inline.fill': 'Vul code in',
  'inline.enrol': 'Toevoegen aan Havencode',
  'inline.enrolled': 'Toegevoegd aan Havencode',
  'inline.choose': 'Kies je account',
  'inline.nextCode':
    'Die code is net gebruikt. Nieuwe code over {seconds, plural, one {# seconde} other {# seconden}}.',
  'inline.noCode': 'Havencode vond op deze pagina geen account-QR-code.',
  'confirm.addAsk': 'De pagina van {site} wil dit toevoegen aan Havencode:',
  'confirm.foreign':
    'Let op: dit hoort bij {sites}, niet bij {site}. Voeg het alleen toe als je dat zelf zo bedoelt.',
  'confirm.doubled':
    'Je hebt dan twee accounts voor {sites}: Havencode vult daar de code niet meer vanzelf in.',
  'confirm.removeAsk':
    'Je registratie op {site} wordt gewist. Ook {name} uit Havencode verwijderen?',
  'confirm.removeUndo': 'Je kan het nog 7 dagen terugzetten onder ‘Onlangs verwijderd’.',
  'confirm.chooseAsk': 'Welk account voor {site}? Havencode vult de code in.',
  'confirm.gone': 'Deze vraag is al beantwoord of verlopen. Je kan dit venster sluiten.',
  'kiosk.title': 'Wie ben je?',
  'kiosk.search': 'Typ je naam of werkboeknummer',
  'kiosk.searchHint':
    'Je naam verschijnt pas als je hem volledig typt. Daarna houd je je eigen beveiligingssleutel bij de pc.',
  'kiosk.noMatch':
    'Niemand gevonden. Typ je volledige naam of je werkboeknummer, of voeg jezelf hieronder toe.',
  'kiosk.newWorker': 'Nieuw op deze pc?',
  'kiosk.ephemeral':
    'Deze pc wist mogelijk alle gegevens bij afmelden: Havencode heeft hier nog nooit iets bewaard over een herstart heen. Dan is je kluis na het afmelden weg. Vraag het je beheerder voor je je hier toevoegt.',
  'kiosk.name': 'Naam of werkboeknummer',
  'kiosk.add': 'Nieuwe werknemer met eigen sleutel',
  'kiosk.forgetMe': 'Vergeet mij op deze pc',
  'kiosk.forgetsOn': 'Wordt vergeten op {date} als je Havencode hier niet eerder gebruikt.',
  'kiosk.sealedExport': 'Versleutelde kluis voor IT-herstel',
  'kiosk.sealedDownload': 'Kluis van {name} downloaden (alleen voor IT)',
  'kiosk.reenrolTitle': 'Sleutel kwijt?',
  'kiosk.reenrolIntro':
    'IT maakt van je versleutelde kluis een heropnamebestand en geeft je een eenmalige code. Daarna registreer je je nieuwe sleutel; je accounts blijven.',
  'kiosk.reenrolFile': 'Heropnamebestand van IT',
  'kiosk.reenrolCode': 'Eenmalige code van IT',
  'kiosk.reenrolSubmit': 'Nieuwe sleutel registreren',
  'kiosk.forgetConfirm':
    'Je kluis en al je accounts van deze pc verwijderen? Dit kan niet ongedaan worden.',
  'kiosk.pinInstead': 'Of een pincode in plaats van een sleutel (minstens 6 cijfers)',
  'options.kiosk':
    'Havencode staat op deze pc in kioskmodus. Je beheerder bepaalt de instellingen.',
  'settings.title': 'Instellingen',
  'settings.autoLock': 'Automatisch vergrendelen na (minuten)',
  'settings.clipboard': 'Klembord wissen na (seconden)',
  'settings.autoFill': 'Code meteen invullen op MyCepa en C-point',
  'settings.save': 'Bewaren',
  'settings.saved': 'Bewaard.',
  'links.title': 'Sites gekoppeld aan accounts',
  'links.intro':
    'Havencode vult een code ook in op een https-adres dat je aan een account koppelt.',
  'links.address': 'Adres (https://…)',
  'links.add': 'Koppelen',
  'links.remove': 'Ontkoppelen',
  'links.blocked': 'Havencode kan hier pas een code invullen als de browser het toelaat.',
  'links.allow': 'Toelaten',
  'slots.title': 'Manieren om te ontgrendelen',
  'slots.intro':
    'Elke manier opent Havencode op zichzelf. Houd er minstens twee, zodat je niet buitengesloten raakt.',
  'slots.pin': 'Pincode',
  'slots.passkey': 'Passkey (vingerafdruk, gezicht of sleutel)',
  'slots.recovery': 'Herstelcode',
  'slots.remove': 'Verwijderen',
  'slots.removeAsk': 'Deze manier van ontgrendelen verwijderen?',
  'slots.removePinAsk':
    'Pincode verwijderen? Daarna ontgrendel je Havencode alleen nog met je passkey of je herstelcode.',
  'slots.removePasskeyAsk':
    'Deze passkey verwijderen? Met die vingerafdruk, dat gezicht of die sleutel kom je daarna niet meer in Havencode.',
  'slots.removeRecoveryAsk':
    'Herstelcode verwijderen? Vergeet je daarna je pincode of verlies je je sleutel, dan is er geen weg meer terug naar je codes.',
  'slots.removeYes': 'Ja, verwijderen',
  'slots.passkeyNeeded': 'Dit toestel of deze browser kan geen passkey met versleuteling maken.',
  'slots.newPin': 'Nieuwe pincode',
  'slots.currentPin': 'Huidige pincode',
  'slots.repeatPin': 'Herhaal de nieuwe pincode',
  'slots.pinChanged': 'Je pincode is gewijzigd. Gebruik voortaan de nieuwe.',
  'slots.pinAdded': 'Pincode toegevoegd.',
  'slots.passkeyAdded': 'Passkey toegevoegd: je kan nu ook zo ontgrendelen.',
  'slots.removed': 'Verwijderd.',
  'slots.changePin': 'Pincode wijzigen',
  'slots.addPin': 'Pincode toevoegen',
  'slots.addPasskey': 'Passkey toevoegen',
  'options.empty': 'Maak eerst je kluis aan in het Havencode-venster.',
  'accounts.moveUp': 'Omhoog',
  'accounts.moveDown': 'Omlaag',
  'add.manual': 'Manueel invoeren',
  'add.pasteHint': 'Je kan hier ook een schermafbeelding met een QR-code plakken.',
  'manual.issuer': 'Dienst (bv. C-point)',
  'manual.account': 'Accountnaam',
  'manual.secret': 'Geheime sleutel',
  'manual.secretHint':
    'Staat bij de QR-code, vaak onder ‘Kan je niet scannen?’. Minstens 16 letters en cijfers; spaties mag je overnemen.',
  'manual.secretShort':
    'Deze sleutel is te kort: hij heeft minstens 16 tekens (nu {count}). Neem hem volledig over.',
  'manual.secretChars':
    'Deze sleutel bevat tekens die er niet in horen. Alleen de letters A tot Z en de cijfers 2 tot 7 (geen 0, 1, 8 of 9).',
  'manual.siteDigits': '{site}-codes hebben {digits} cijfers; Havencode stelt dat zelf in.',
  'manual.advanced': 'Geavanceerde opties',
  'manual.type': 'Soort code',
  'manual.totp': 'Tijdgebaseerd (TOTP)',
  'manual.hotp': 'Tellergebaseerd (HOTP)',
  'manual.digits': 'Aantal cijfers',
  'manual.period': 'Geldig (seconden)',
  'manual.counter': 'Teller',
  'manual.algorithm': 'Algoritme',
  'scan.title': 'Richt de camera op de QR-code',
  'scan.starting': 'Camera starten…',
  'scan.torch': 'Lamp',
  'scan.switch': 'Andere camera',
  'scan.batch': '{done} van {total} exportcodes gescand. Scan de volgende.',
  'scan.addPartial': 'Toevoegen wat al gescand is',
  'pwa.updateReady': 'Er is een nieuwe versie van Havencode.',
  'pwa.update': 'Vernieuwen',
  'pwa.iosInstall':
    'Zet Havencode op je beginscherm: tik op Deel en dan op ‘Zet op beginscherm’. In een gewoon Safari-tabblad wist iOS je codes na 7 dagen zonder gebruik.',
  'backup.open': 'Instellingen en back-up',
  'backup.title': 'Back-up en import',
  'backup.passphrase': 'Wachtwoord voor de back-up (minstens 12 tekens)',
  'backup.export': 'Versleutelde back-up downloaden',
  'backup.exportPlain': 'Onversleutelde lijst downloaden (otpauth://)',
  'backup.plainWarning': 'Wie die lijst heeft, kan al je codes maken. Bewaar hem niet onbeveiligd.',
  'backup.saved': 'Back-up gemaakt: {name}',
  'backup.importFile': 'Back-up importeren (Havencode, Aegis, 2FAS, otpauth-lijst)',
  'backup.importPassphrase': 'Wachtwoord van die back-up',
  'backup.import': 'Importeren',
  'backup.imported':
    '{added, plural, one {# account geïmporteerd} other {# accounts geïmporteerd}}, {duplicates, plural, one {# stond er al} other {# stonden er al}}, {skipped} overgeslagen.',
  'backup.nudge':
    'Maak nu een versleutelde back-up. Zonder back-up ben je je codes kwijt als je dit toestel verliest.',
  'backup.nudgeOpen': 'Back-up maken',
  'backup.nudgeLater': 'Later',
  'storage.title': 'Opslag op dit toestel',
  'storage.persisted': 'De browser bewaart je kluis blijvend: hij wist ze niet om plaats te maken.',
  'storage.denied':
    'Let op: de browser mag je kluis wissen als de opslag volloopt. Installeer Havencode (op je beginscherm of als extensie) en houd een versleutelde back-up bij.',
  'storage.unsupported':
    'Deze browser zegt niet of hij je kluis blijvend bewaart. Houd een versleutelde back-up bij.',
  'backup.reminderTitle': 'Nog geen back-up',
  'backup.reminder':
    '{count, plural, one {# account staat alleen op dit toestel: er is nog geen back-up van.} other {# accounts staan alleen op dit toestel: er is nog geen back-up van.}} Maak er nu een versleutelde back-up van.',
  'export.title': 'Meenemen naar een andere app',
  'transfer.start': 'Naar Havencode op je telefoon',
  'transfer.how':
    'Open Havencode op je telefoon, tik op + Toevoegen › Scan met de camera en richt op deze QR-codes tot alle codes gelezen zijn. Typ daarna de code hieronder. Zonder die code kan niemand iets met de QR-codes.',
  'transfer.codeIs': 'Code voor je telefoon:',
  'transfer.stop': 'Overdracht stoppen',
  'transfer.ask': 'Typ de code van 8 tekens die de andere Havencode toont.',
  'transfer.code': 'Code van de overdracht',
  'transfer.open': 'Accounts overnemen',
  'export.intro':
    'Zet je accounts over naar Google Authenticator, Aegis of een andere app die hun formaat leest.',
  'export.google': 'Tonen als QR-codes voor Google Authenticator',
  'export.googleHow':
    'Kies in de andere app ‘Accounts importeren’ en scan de codes een voor een. Wie ze ziet, kan je codes maken: toon ze niemand anders.',
  'export.googleLeft':
    '{count, plural, one {# account past niet in dit formaat en staat er niet in} other {# accounts passen niet in dit formaat en staan er niet in}}: {names}.',
  'export.codeOf': 'Code {index} van {count}',
  'export.previous': 'Vorige',
  'export.next': 'Volgende',
  'export.hide': 'QR-codes verbergen',
  'export.aegisPlain': 'Onversleuteld Aegis-bestand downloaden',
  'export.aegisPassphrase': 'Wachtwoord voor het Aegis-bestand (minstens 12 tekens)',
  'export.aegisEncrypted': 'Versleuteld Aegis-bestand downloaden',
  'snapshots.title': 'Herstel een eerdere stand',
  'snapshots.intro':
    '{count, plural, =0 {Nog geen eerdere stand: Havencode bewaart er een voor elke wijziging aan je accounts.} one {Havencode bewaarde je accounts zoals ze waren voor je laatste wijziging.} other {Havencode bewaarde je accounts zoals ze waren voor elk van je laatste # wijzigingen.}}',
  'snapshots.accounts': '{count, plural, one {# account} other {# accounts}}',
  'snapshots.restore': 'Deze stand terugzetten',
  'snapshots.ask':
    'Je accounts terugzetten zoals ze waren op {when} ({count, plural, one {# account} other {# accounts}})? De huidige stand blijft bewaard.',
  'snapshots.restored': 'Je accounts staan weer zoals op {when}.',
  'guide.title': 'Zo begin je',
  'guide.add':
    'Tik op + Toevoegen en scan de QR-code die MyCepa of C-point toont, of kies een schermafbeelding ervan.',
  'guide.copy':
    'Tik op een code om ze te kopiëren. In de browser vult Havencode ze zelf in op MyCepa en C-point.',
  'guide.backup':
    'Maak daarna een versleutelde back-up, zodat een verloren toestel je codes niet meeneemt.',
  'errors.unknown': 'Er ging iets mis. Probeer het opnieuw.',
  'errors.otp/invalid-digits': 'Een code moet 6 tot 10 cijfers hebben.',
  'errors.otp/invalid-period': 'De geldigheidsduur van de code klopt niet.',
  'errors.otp/invalid-counter': 'De teller van deze code klopt niet.',
  'errors.otp/invalid-secret': 'De geheime sleutel is ongeldig.',
  'errors.uri/not-otpauth':
    'Dit is geen link van een authenticator-QR-code (zo’n link begint met otpauth://).',
  'errors.uri/invalid-type': 'Onbekend codetype: alleen TOTP en HOTP.',
  'errors.uri/missing-secret': 'De link bevat geen geheime sleutel.',
  'errors.uri/invalid-secret':
    'De geheime sleutel klopt niet: alleen de letters A tot Z en de cijfers 2 tot 7 horen erin.',
  'errors.uri/invalid-digits': 'Het aantal cijfers moet tussen 6 en 10 liggen.',
  'errors.uri/invalid-period': 'De periode in de link is ongeldig.',
  'errors.uri/invalid-algorithm': 'Onbekend algoritme: alleen SHA1, SHA256 of SHA512.',
  'errors.uri/missing-counter': 'Een HOTP-link moet een teller hebben.',
  'errors.uri/invalid-counter': 'De teller in de link is ongeldig.',
  'errors.uri/issuer-mismatch': 'De uitgever in de naam en in de link verschillen.',
  'errors.uri/invalid-label': 'De link bevat geen accountnaam.',
  'errors.uri/invalid-migration': 'Deze Google Authenticator-export is beschadigd.',
  'errors.qr/unreadable': 'De afbeelding kan niet gelezen worden.',
  'errors.qr/not-an-image': 'Dit bestand is geen afbeelding.',
  'errors.qr/no-code':
    'Geen QR-code gevonden. Zorg dat de hele QR-code scherp in beeld staat, of typ de geheime sleutel manueel in.',
  'errors.qr/not-an-account': 'Deze QR-code is geen account-code.',
  'errors.qr/colour-code':
    'Dit is geen QR-code maar waarschijnlijk een gekleurde activatiecode (zoals die van de Cepa OTP-app). Alleen de eigen app van de site kan die lezen. Havencode kan wel een gewone QR-code of een geheime sleutel van de site gebruiken; MyCepa invullen doet Havencode hoe dan ook.',
  'errors.vault/locked': 'Havencode is vergrendeld.',
  'errors.vault/wrong-pin': 'Verkeerde pincode.',
  'errors.vault/throttled': 'Te veel foute pogingen. Probeer opnieuw over {wait}.',
  'errors.vault/pin-too-short': 'Een pincode heeft minstens 6 cijfers.',
  'errors.vault/passphrase-too-short':
    'Een wachtwoord dat geen pincode is, heeft minstens 8 tekens. Of kies een pincode van minstens 6 cijfers.',
  'errors.vault/no-slot': 'Deze manier van ontgrendelen is niet ingesteld.',
  'errors.vault/corrupt': 'De kluis is beschadigd en kan niet gelezen worden.',
  'errors.vault/not-found': 'Deze kluis bestaat niet (meer).',
  'errors.vault/exists': 'Er bestaat al een kluis met die naam.',
  'errors.vault/prf-unsupported':
    'Deze sleutel of dit toestel ondersteunt geen versleuteling (PRF). Kies een pincode.',
  'errors.vault/passkey-cancelled':
    'Aanmelden met vingerafdruk, gezicht of sleutel is geannuleerd.',
  'errors.vault/wiped': 'Na te veel foute pogingen is de kluis gewist.',
  'errors.storage/quota': 'Er is geen opslagruimte meer op dit toestel.',
  'errors.storage/failed': 'Opslaan is mislukt. Er is niets verloren gegaan.',
  'errors.transfer/wrong-code':
    'Deze code past niet bij de QR-codes. Typ de 8 tekens die de andere Havencode toont.',
  'errors.transfer/incomplete': 'Niet alle QR-codes van de overdracht zijn gelezen. Scan opnieuw.',
  'errors.backup/corrupt': 'Het back-upbestand is beschadigd. Er is niets gewijzigd.',
  'errors.backup/wrong-password': 'Verkeerd wachtwoord voor deze back-up. Er is niets gewijzigd.',
  'errors.backup/pin-not-enough':
    'Een pincode is niet genoeg voor een back-up: wie het bestand heeft, kan onbeperkt raden. Kies een wachtwoord van minstens 12 tekens, bijvoorbeeld vier losse woorden.',
  'errors.backup/passphrase-too-short':
    'Een back-upwachtwoord heeft minstens 12 tekens. Vier losse woorden zijn makkelijk te onthouden en moeilijk te raden.',
  'errors.backup/passphrase-guessable':
    'Dit wachtwoord is te makkelijk te raden (een bekend woord, naam, datum of patroon). Voeg meer losse woorden toe.',
  'errors.backup/unsupported': 'Dit bestandsformaat wordt niet herkend.',
  'errors.backup/passphrase-required': 'Deze back-up is versleuteld: vul het wachtwoord in.',
  'errors.backup/too-large':
    'Dit bestand is te groot voor een back-up (hoogstens 16 MiB). Er is niets gewijzigd.',
  'errors.backup/too-costly':
    'Deze back-up vraagt meer geheugen of tijd om te openen dan Havencode toestaat. Er is niets gewijzigd.',
  'errors.site/unknown': 'Deze site is niet gekend.',
  'errors.vault/weak-kdf': 'Deze beveiligingsinstellingen zijn te zwak.',
  'errors.vault/last-slot':
    'Dit is de laatste manier om te ontgrendelen; die kan je niet verwijderen.',
  'errors.vault/wrong-recovery-code': 'Verkeerde herstelcode.',
  'errors.kiosk/bad-admin-key':
    'De herstelsleutel van IT in het kioskbeleid is geen geldige P-256-sleutel. Werknemers die al een kluis hebben, ontgrendelen gewoon; een nieuwe werknemer toevoegen kan pas als IT het beleid verbetert.',
  'errors.kiosk/wrong-admin-key': 'Deze privésleutel opent deze kluis niet.',
  'errors.kiosk/no-admin-slot': 'Deze kluis heeft geen herstel door de beheerder.',
  'errors.kiosk/bad-file': 'Dit bestand is geen Havencode-kluis of heropnamebestand.',
  'errors.vault/wrong-passkey': 'Deze sleutel hoort niet bij deze kluis.',
  'errors.vault/invalid-link': 'Dit is geen geldig https-adres om te koppelen.',
  'errors.vault/invalid-name': 'Kies een naam voor deze kluis.',
  'errors.vault/invalid-setting': 'Deze instelling heeft een ongeldige waarde.',
  'errors.vault/conflict':
    'Een ander venster wijzigde je accounts op hetzelfde moment. Probeer opnieuw; er is niets verloren gegaan.',
  'errors.camera/denied':
    'Havencode mag de camera niet gebruiken. Geef toestemming in de instellingen van je browser, of kies een afbeelding.',
  'errors.camera/not-found': 'Geen camera gevonden. Kies een afbeelding of plak de link.',
  'errors.camera/in-use':
    'De camera wordt door een andere app gebruikt. Sluit die app en probeer opnieuw.',
  'errors.camera/unsupported':
    'Deze browser kan hier de camera niet gebruiken. Kies een afbeelding of plak de link.',
} as const satisfies Record<`errors.${ErrorCode}`, string> & Record<string, string>;
