<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
    <context>
        <name>About</name>
        <message>
            <location filename="../src/careorganiser/ui/about.py" line="+50" />
            <source>About Care Organiser</source>
            <translation>O programie Care Organiser</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Care Organiser {version}</source>
            <translation>Care Organiser {version}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>An offline organiser for family caregivers. Your records stay on this computer; nothing is sent anywhere.</source>
            <translation>Organizer dla opiekunów rodzinnych działający bez internetu. Zapisy zostają na tym komputerze; nic nie jest nigdzie wysyłane.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your records are kept in this folder:</source>
            <translation>Zapisy są przechowywane w tym folderze:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Data folder</source>
            <translation>Folder danych</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Open the data folder</source>
            <translation>&amp;Otwórz folder danych</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fonts and libraries shipped with Care Organiser, and their licences:</source>
            <translation>Czcionki i biblioteki dołączone do Care Organiser oraz ich licencje:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fonts and libraries</source>
            <translation>Czcionki i biblioteki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Version</source>
            <translation>Wersja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Licence</source>
            <translation>Licencja</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Licence text</source>
            <translation>Tekst licencji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading the list…</source>
            <translation>Wczytywanie listy…</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The list of libraries could not be read.</source>
            <translation>Nie można wczytać listy bibliotek.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{name}: {licence}</source>
            <translation>{name}: {licence}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../src/careorganiser/app.py" line="+76" />
            <source>There is no display to open the window on. The commands work without one: careorganiser --help lists them.</source>
            <translation>Brak ekranu, na którym można otworzyć okno. Polecenia działają bez niego: careorganiser --help je wyświetla.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--passphrase-stdin opens the profile named with --profile NAME</source>
            <translation>--passphrase-stdin otwiera profil wskazany opcją --profile NAZWA</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../src/careorganiser/ui/application.py" line="+246" />
            <source>Profile in use</source>
            <extracomment>After the first reminder check, the rest of the write path is made ready this much later, in idle time. How long opening a profile waits for a command that is writing it (seconds); the GUI waits meanwhile. Asks the person; handed to every window and context this controller makes. Text typed and not saved when the window last closed for a lock or a restore: (profile file, drafts). Forms the lock closed with text typed in them (told about after the passphrase), and the profile the prompter's kept forms belong to. Starts answering later launches (``SingleInstance.listen``): once a window is up, not before.</extracomment>
            <translation>Profil w użyciu</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Switch profile</source>
            <translation>Przełącz profil</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Care Organiser was started again for “{name}”. Close “{current}” and switch to it?</source>
            <translation>Care Organiser uruchomiono ponownie dla „{name}”. Zamknąć „{current}” i przełączyć się?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Switch</source>
            <translation>Przełącz</translation>
        </message>
        <message>
            <location line="+154" />
            <source>When the screen locked, the form “{form}” was open and not saved. What you typed in it is kept until Care Organiser closes: open “{form}” again and it is filled in as you left it.</source>
            <translation>Gdy ekran się zablokował, formularz „{form}” był otwarty i niezapisany. To, co w nim wpisano, jest przechowywane do zamknięcia Care Organiser: otwórz „{form}” ponownie, a zostanie wypełniony tak, jak go zostawiono.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What you typed:</source>
            <translation>Co wpisano:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not saved yet</source>
            <translation>Jeszcze niezapisane</translation>
        </message>
        <message>
            <location line="+109" />
            <source>The automatic backup failed: {error}</source>
            <translation>Automatyczna kopia zapasowa nie powiodła się: {error}</translation>
        </message>
        <message>
            <location line="+103" />
            <source>&amp;Larger text</source>
            <translation>&amp;Większy tekst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Smaller text</source>
            <translation>&amp;Mniejszy tekst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Normal text size</source>
            <translation>&amp;Normalny rozmiar tekstu</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Care Organiser is already running, but did not answer. Close it (or wait a moment) and try again.</source>
            <translation>Care Organiser już działa, ale nie odpowiada. Zamknij go (lub chwilę poczekaj) i spróbuj ponownie.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentForms</name>
        <message>
            <location filename="../src/careorganiser/ui/appointments/forms.py" line="+111" />
            <source>&amp;Save</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>Zapisz</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <location line="+75" />
            <source>New appointment</source>
            <translation>Nowa wizyta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change appointment</source>
            <translation>Zmień wizytę</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Date of the appointment</source>
            <translation>Data wizyty</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>for example 10:30</source>
            <translation>na przykład 10:30</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Time:</source>
            <translation>&amp;Godzina:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time of the appointment</source>
            <translation>Godzina wizyty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example 14:30 or 2pm.</source>
            <translation>Na przykład 14:30.</translation>
        </message>
        <message>
            <location line="+4" />
            <source> minutes</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not known</source>
            <translation>nieznany</translation>
        </message>
        <message>
            <location line="+1" />
            <source>D&amp;uration:</source>
            <translation>&amp;Czas trwania:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duration in minutes</source>
            <translation>Czas trwania w minutach</translation>
        </message>
        <message>
            <location line="+1" />
            <source>— not recorded —</source>
            <translation>— nie podano —</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Clinician</source>
            <translation>Lekarz</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;With:</source>
            <translation>&amp;U kogo:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>for example Chest clinic, St Mary's Hospital</source>
            <translation>na przykład Poradnia Chorób Płuc, Szpital Wojewódzki</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Place:</source>
            <translation>&amp;Miejsce:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Place</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <location line="+3" />
            <source>for example ILD review</source>
            <translation>na przykład kontrola ILD</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purp&amp;ose:</source>
            <translation>C&amp;el:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Purpose</source>
            <translation>Cel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notatki:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What to bring, who to ask for…</source>
            <translation>Co zabrać, o kogo pytać…</translation>
        </message>
    </context>
    <context>
        <name>AppointmentOutcome</name>
        <message>
            <location filename="../src/careorganiser/ui/appointments/outcome.py" line="+55" />
            <source>O&amp;utcome: what was found and decided</source>
            <translation>&amp;Wynik: co stwierdzono i postanowiono</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outcome of the appointment</source>
            <translation>Wynik wizyty</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Save outcome and answers</source>
            <translation>&amp;Zapisz wynik i odpowiedzi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the outcome and the answers</source>
            <translation>Zapisz wynik i odpowiedzi</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Choose an appointment in the agenda to record what happened.</source>
            <translation>Wybierz wizytę w terminarzu, aby zapisać, co się wydarzyło.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>After {appointment}: write what was decided and the answers you got.</source>
            <translation>Po wizycie ({appointment}): zapisz, co postanowiono, i otrzymane odpowiedzi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{appointment} has not happened yet. Fill this in during or after the visit.</source>
            <translation>Wizyta {appointment} jeszcze się nie odbyła. Wypełnij to w trakcie wizyty lub po niej.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No questions were planned for this appointment. Add them under Questions.</source>
            <translation>Na tę wizytę nie zaplanowano pytań. Dodaj je w zakładce Pytania.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answers to the questions for this appointment (leave a box empty if it was not answered):</source>
            <translation>Odpowiedzi na pytania do tej wizyty (pozostaw pole puste, jeśli nie było odpowiedzi):</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Answer to: {question}</source>
            <translation>Odpowiedź na: {question}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the answer, in your own words</source>
            <translation>odpowiedź własnymi słowami</translation>
        </message>
    </context>
    <context>
        <name>Appointments</name>
        <message>
            <location filename="../src/careorganiser/services/appointments.py" line="+71" />
            <source>Give a date without a time.</source>
            <translation>Podaj datę bez godziny.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the date, for example 3 Dec 2026.</source>
            <translation>Wpisz datę, na przykład 3 gru 2026.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This is not a date. Write it like 3 Dec 2026 or 2026-12-03.</source>
            <translation>To nie jest data. Wpisz ją jak 3 gru 2026 lub 2026-12-03.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is no such day as “{text}” in the calendar.</source>
            <translation>W kalendarzu nie ma dnia „{text}”.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{text}” is not a date. Write it like 3 Dec 2026, 03/12/2026 or 2026-12-03.</source>
            <translation>„{text}” nie jest datą. Wpisz ją jak 3 gru 2026, 03.12.2026 lub 2026-12-03.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Enter the time, for example 10:30.</source>
            <translation>Wpisz godzinę, na przykład 10:30.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This is not a time of day. Write it like 10:30.</source>
            <translation>To nie jest godzina. Wpisz ją jak 10:30.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{text}” is not a time of day. Use hours 0 to 23 and minutes 0 to 59, for example 14:30 or 2pm.</source>
            <translation>„{text}” nie jest godziną. Użyj godzin 0–23 i minut 0–59, na przykład 14:30.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Place</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purpose</source>
            <translation>Cel</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <location line="+5" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Outcome</source>
            <translation>Skutek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pickup address</source>
            <translation>Adres odbioru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation>Cel podróży</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Question</source>
            <translation>Pytanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topic</source>
            <translation>Temat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>Odpowiedź</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <location line="+26" />
            <source>That contact is no longer in the care circle. Choose another, or none.</source>
            <translation>Tego kontaktu nie ma już w kręgu opieki. Wybierz inny albo żaden.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Give the duration as a whole number of minutes, for example 45.</source>
            <translation>Podaj czas trwania w pełnych minutach, na przykład 45.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The duration cannot be negative.</source>
            <translation>Czas trwania nie może być ujemny.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The duration must be less than a day (at most {limit} minutes).</source>
            <translation>Czas trwania musi być krótszy niż doba (najwyżej {limit} minut).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Choose an appointment from the list.</source>
            <translation>Wybierz wizytę z listy.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+20" />
            <location line="+88" />
            <source>That appointment no longer exists.</source>
            <translation>Ta wizyta już nie istnieje.</translation>
        </message>
        <message>
            <location line="-38" />
            <source>Enter the date of the appointment, for example 3 Dec 2026.</source>
            <translation>Wpisz datę wizyty, na przykład 3 gru 2026.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the time of the appointment, for example 10:30.</source>
            <translation>Wpisz godzinę wizyty, na przykład 10:30.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time</source>
            <translation>Godzina</translation>
        </message>
        <message>
            <location line="+116" />
            <location line="+125" />
            <location line="+14" />
            <source>That ride no longer exists.</source>
            <translation>Ten przejazd już nie istnieje.</translation>
        </message>
        <message>
            <location line="-125" />
            <source>Choose the ride's status: needed, asked, confirmed, done or cancelled.</source>
            <translation>Wybierz status przejazdu: potrzebny, poproszono, potwierdzony, wykonany lub odwołany.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>That appointment no longer exists. Choose another, or make this a ride on its own.</source>
            <translation>Ta wizyta już nie istnieje. Wybierz inną albo zapisz przejazd osobno.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the day of the pickup, for example 3 Dec 2026.</source>
            <translation>Wpisz dzień odbioru, na przykład 3 gru 2026.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pickup day</source>
            <translation>Dzień odbioru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the pickup time, for example 09:30.</source>
            <translation>Wpisz godzinę odbioru, na przykład 09:30.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pickup time</source>
            <translation>Godzina odbioru</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The pickup must be before the appointment starts ({when}).</source>
            <translation>Odbiór musi być przed rozpoczęciem wizyty ({when}).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Enter where the ride goes.</source>
            <translation>Wpisz, dokąd jedzie przejazd.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Return day</source>
            <translation>Dzień powrotu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pickup for the way back</source>
            <translation>Odbiór na powrót</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The return pickup must be after the pickup ({when}).</source>
            <translation>Odbiór na powrót musi być po odbiorze ({when}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The return pickup must be after the appointment starts ({when}).</source>
            <translation>Odbiór na powrót musi być po rozpoczęciu wizyty ({when}).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A confirmed ride names its driver: choose who drives, or choose another status.</source>
            <translation>Potwierdzony przejazd wskazuje kierowcę: wybierz, kto prowadzi, albo wybierz inny status.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsPage</name>
        <message>
            <location filename="../src/careorganiser/ui/appointments/actions.py" line="+21" />
            <source>&amp;New appointment…</source>
            <translation>&amp;Nowa wizyta…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New appointment</source>
            <translation>Nowa wizyta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit appointment…</source>
            <translation>&amp;Edytuj wizytę…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit the selected appointment</source>
            <translation>Edytuj wybraną wizytę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete appointment</source>
            <translation>&amp;Usuń wizytę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected appointment</source>
            <translation>Usuń wybraną wizytę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prepare &amp;pack…</source>
            <translation>Przygotuj &amp;pakiet…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prepare the appointment pack for the selected appointment</source>
            <translation>Przygotuj pakiet na wybraną wizytę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A PDF to print and take to the appointment</source>
            <translation>PDF do wydrukowania i zabrania na wizytę</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New ride on its o&amp;wn…</source>
            <translation>Osobn&amp;y przejazd…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New ride that is not for an appointment</source>
            <translation>Nowy przejazd niezwiązany z wizytą</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/agenda.py" line="+47" />
            <source>&amp;Agenda: coming appointments first, the soonest at the top; then past ones</source>
            <translation>Termin&amp;arz: najpierw nadchodzące wizyty, najbliższe na górze; potem minione</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Agenda</source>
            <translation>Terminarz</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/month.py" line="+45" />
            <source>Pick a da&amp;y to see only its appointments:</source>
            <translation>Wybierz &amp;dzień, aby zobaczyć tylko jego wizyty:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Month view</source>
            <translation>Widok miesiąca</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days with an appointment are bold on blue; days with a ride are underlined. Pick a day to see only its appointments.</source>
            <translation>Dni z wizytą są pogrubione na niebiesko; dni z przejazdem są podkreślone. Wybierz dzień, aby zobaczyć tylko jego wizyty.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/wording.py" line="+132" />
            <source>&lt;b&gt;Bold on blue&lt;/b&gt;: an appointment. &lt;u&gt;Underlined&lt;/u&gt;: a ride.</source>
            <translation>&lt;b&gt;Pogrubione na niebiesko&lt;/b&gt;: wizyta. &lt;u&gt;Podkreślone&lt;/u&gt;: przejazd.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/month.py" line="+13" />
            <source>Show a&amp;ll dates</source>
            <translation>Pokaż wszystk&amp;ie daty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the appointments of all dates</source>
            <translation>Pokaż wizyty ze wszystkich dat</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/actions.py" line="+17" />
            <source>Details</source>
            <translation>Szczegóły</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Rides there and back</source>
            <translation>Przejazdy ta&amp;m i z powrotem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After the appoint&amp;ment</source>
            <translation>Po wizy&amp;cie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rides on &amp;their own</source>
            <translation>&amp;Osobne przejazdy</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/page.py" line="+108" />
            <source>Rides</source>
            <extracomment>A change to the contacts (a clinician's name) or to rides not named by appointment reads the agenda again.</extracomment>
            <translation>Przejazdy</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Appointments &amp; rides</source>
            <translation>Wizyty i przejazdy</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/agenda.py" line="-23" />
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What and where</source>
            <translation>Co i gdzie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ride</source>
            <translation>Przejazd</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/wording.py" line="-71" />
            <source>{place}, with {clinician}</source>
            <translation>{place}, u: {clinician}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>with {clinician}</source>
            <translation>u: {clinician}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no details)</source>
            <translation>(brak szczegółów)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>now</source>
            <translation>teraz</translation>
        </message>
        <message>
            <location line="+2" />
            <source>today</source>
            <translation>dzisiaj</translation>
        </message>
        <message>
            <location line="+2" />
            <source>tomorrow</source>
            <translation>jutro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>in {days} days</source>
            <translation>za {days} dni</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No ride planned</source>
            <translation>Brak zaplanowanego przejazdu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ride needed</source>
            <translation>Potrzebny przejazd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Asked {driver}, not confirmed</source>
            <translation>Poproszono: {driver}, niepotwierdzony</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asked, not confirmed</source>
            <translation>Poproszono, niepotwierdzony</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Confirmed: {driver}</source>
            <translation>Potwierdzony: {driver}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done</source>
            <translation>Wykonano</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A ride is needed and nobody has been asked yet.</source>
            <translation>Potrzebny jest przejazd i nikogo jeszcze nie poproszono.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Someone was asked to drive but has not confirmed yet.</source>
            <translation>Poproszono kogoś o przejazd, ale jeszcze nie potwierdził.</translation>
        </message>
        <message>
            <location line="-70" />
            <source>Coming ({count})</source>
            <translation>Nadchodzące ({count})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Past ({count})</source>
            <translation>Minione ({count})</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Showing {day} only.</source>
            <translation>Pokazano tylko: {day}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No appointments on {day}. Pick another day, or use “New appointment” to add one on this day.</source>
            <translation>Brak wizyt w dniu {day}. Wybierz inny dzień lub użyj „Nowa wizyta”, aby dodać wizytę w tym dniu.</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Showing all dates.</source>
            <translation>Pokazano wszystkie daty.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No appointments yet. Use “New appointment” (Ctrl+N) to add the next one, with its date, time and place.</source>
            <translation>Brak wizyt. Użyj „Nowa wizyta” (Ctrl+N), aby dodać następną, z datą, godziną i miejscem.</translation>
        </message>
        <message numerus="yes">
            <location line="+23" />
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n wizyta</numerusform>
                <numerusform>%n wizyty</numerusform>
                <numerusform>%n wizyt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n ride(s)</source>
            <translation>
                <numerusform>%n przejazd</numerusform>
                <numerusform>%n przejazdy</numerusform>
                <numerusform>%n przejazdów</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/page.py" line="+175" />
            <source>Rides moved too</source>
            <translation>Przejazdy też przesunięto</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/wording.py" line="+15" />
            <source>The rides for this appointment moved with it to the new time. A ride that was confirmed is now “asked” again: let the driver know the new time, then mark it confirmed.</source>
            <translation>Przejazdy na tę wizytę przesunięto razem z nią na nową godzinę. Potwierdzony przejazd ma znów status „poproszono”: przekaż kierowcy nową godzinę, potem oznacz przejazd jako potwierdzony.</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Its rides go with it.</source>
            <translation>Jej przejazdy zostaną usunięte razem z nią.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Its questions will show under “Not planned yet”.</source>
            <translation>Jej pytania pojawią się w „Jeszcze nie zaplanowano”.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the appointment on {what}?</source>
            <translation>Usunąć wizytę: {what}?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this.</source>
            <translation>Można to cofnąć.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/page.py" line="+10" />
            <location line="+5" />
            <source>Delete appointment</source>
            <translation>Usuń wizytę</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Deleted the appointment on {what}.</source>
            <translation>Usunięto wizytę: {what}.</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <location filename="../src/careorganiser/services/backup.py" line="+122" />
            <source>“{name}” is not a Care Organiser profile.</source>
            <translation>„{name}” nie jest profilem Care Organiser.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>{path} is not a file (a folder, a device or a pipe), so it is not a backup.</source>
            <translation>{path} nie jest plikiem (to folder, urządzenie lub potok), więc nie jest kopią zapasową.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file {path}</source>
            <translation>Nie ma pliku {path}</translation>
        </message>
        <message>
            <location line="+31" />
            <location line="+17" />
            <source>{path} is not a Care Organiser backup.</source>
            <translation>{path} nie jest kopią zapasową Care Organiser.</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+12" />
            <source>The backup {path} is damaged ({detail}); choose another one.</source>
            <translation>Kopia zapasowa {path} jest uszkodzona ({detail}); wybierz inną.</translation>
        </message>
        <message>
            <location line="-7" />
            <source>This backup is protected by a passphrase.</source>
            <translation>Ta kopia zapasowa jest chroniona hasłem.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That passphrase does not open this backup.</source>
            <translation>To hasło nie otwiera tej kopii zapasowej.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{path} was saved by a newer version of Care Organiser.</source>
            <translation>{path} zapisano w nowszej wersji Care Organiser.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This backup could not be brought up to date ({error}); nothing was changed.</source>
            <translation>Nie udało się zaktualizować tej kopii zapasowej ({error}); niczego nie zmieniono.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>“{name}” has changes that were not yet written into its file; open it once with its own passphrase, then restore.</source>
            <translation>„{name}” ma zmiany jeszcze niezapisane w pliku; otwórz go raz z jego hasłem, potem przywróć.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>nothing</source>
            <translation>nic</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rescued into “{name}”: {got}.</source>
            <translation>Odzyskano do „{name}”: {got}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The changes saved last, still in {file} beside the damaged file, were read too.</source>
            <translation>Ostatnio zapisane zmiany, wciąż w {file} obok uszkodzonego pliku, również zostały odczytane.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unreadable parts skipped in: {tables}.</source>
            <translation>Pominięto nieczytelne części w: {tables}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Left out because what they belonged to was lost: {rows}.</source>
            <translation>Pominięto, bo zaginęło to, do czego należały: {rows}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing could be read from: {tables}.</source>
            <translation>Nie udało się nic odczytać z: {tables}.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/store/backups.py" line="+178" />
            <source>{path} already exists.</source>
            <extracomment>An automatic copy is made when the newest one is older than this.</extracomment>
            <translation>{path} już istnieje.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The profile is damaged ({problems}), so no backup was made from it: a copy of the damage is not a backup. Restore the newest good backup, or try to rescue what can be read.</source>
            <translation>Profil jest uszkodzony ({problems}), więc nie utworzono z niego kopii zapasowej: kopia uszkodzenia nie jest kopią zapasową. Przywróć najnowszą dobrą kopię albo spróbuj odzyskać to, co da się odczytać.</translation>
        </message>
    </context>
    <context>
        <name>CaregiverBox</name>
        <message>
            <location filename="../src/careorganiser/ui/person/caregiver_box.py" line="+17" />
            <location line="+3" />
            <source>Caregiver</source>
            <translation>Opiekun</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who looks after the person and answers the phone about them. The ride sheet tells the driver to call this number if something goes wrong.</source>
            <translation>Osoba, która opiekuje się chorym i odbiera telefony w jego sprawie. Karta przejazdu każe kierowcy dzwonić pod ten numer, gdy coś pójdzie nie tak.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Caregiver's name</source>
            <translation>Imię i nazwisko opiekuna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Ruth Hale</source>
            <translation>np. Anna Kowalska</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Caregiver's phone</source>
            <translation>Telefon opiekuna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 07700 900123</source>
            <translation>np. 600 123 456</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caregiver's na&amp;me:</source>
            <translation>I&amp;mię i nazwisko opiekuna:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Caregiver's p&amp;hone:</source>
            <translation>Te&amp;lefon opiekuna:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save &amp;caregiver</source>
            <translation>Zapisz &amp;opiekuna</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the caregiver</source>
            <translation>Zapisz opiekuna</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Saved.</source>
            <translation>Zapisano.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No caregiver: the ride sheet lists the family contacts.</source>
            <translation>Brak opiekuna: karta przejazdu podaje kontakty rodzinne.</translation>
        </message>
    </context>
    <context>
        <name>Caregivers</name>
        <message>
            <location filename="../src/careorganiser/services/caregivers.py" line="+33" />
            <source>That contact no longer exists.</source>
            <translation>Ten kontakt już nie istnieje.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>carer</source>
            <translation>opiekun</translation>
        </message>
        <message>
            <location line="+26" />
            <source>That person is not one of the caregivers.</source>
            <translation>Ta osoba nie jest jednym z opiekunów.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/caregivers.py" line="+67" />
            <location line="+7" />
            <source>Add a caregiver</source>
            <translation>Dodaj opiekuna</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Name of the person who shares the care (someone in Contacts, or a new contact):</source>
            <translation>Imię i nazwisko osoby, która współdzieli opiekę (ktoś z Kontaktów lub nowy kontakt):</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Who’s &amp;here:</source>
            <translation>&amp;Kto jest tutaj:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who’s here</source>
            <translation>Kto jest tutaj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The caregiver using the app now: each change is recorded with this name. It is not a password: the profile’s passphrase protects the records.</source>
            <translation>Opiekun, który teraz korzysta z aplikacji: każda zmiana jest zapisywana z tym imieniem. To nie jest hasło: zapisy chroni hasło profilu.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Nobody chosen</source>
            <translation>Nikogo nie wybrano</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add a caregiver…</source>
            <translation>Dodaj opiekuna…</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Who’s here?</source>
            <translation>Kto jest tutaj?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose your name, so the others can see what you did when they take over.</source>
            <translation>Wybierz swoje imię, by inni widzieli, co zrobiono, gdy przejmą opiekę.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../src/careorganiser/commands/common.py" line="+38" />
            <source>no passphrase was given on standard input</source>
            <translation>nie podano hasła na standardowym wejściu</translation>
        </message>
        <message>
            <location line="+21" />
            <source>{command}: --profile NAME is required</source>
            <translation>{command}: wymagana jest opcja --profile NAZWA</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/cli.py" line="+150" />
            <source>(protected)</source>
            <translation>(chroniony)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>moved “{name}” to the trash ({file}); “careorganiser profile undelete” brings it back</source>
            <translation>przeniesiono „{name}” do kosza ({file}); „careorganiser profile undelete” go przywraca</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(deleted {when})</source>
            <translation>(usunięty {when})</translation>
        </message>
        <message>
            <location line="+7" />
            <source>there is no profile named “{name}” in the trash</source>
            <translation>w koszu nie ma profilu o nazwie „{name}”</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} (deleted {when})</source>
            <translation>{name} (usunięty {when})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>brought back “{name}” as “{other}”: a profile named “{name}” exists</source>
            <translation>przywrócono „{name}” jako „{other}”: profil o nazwie „{name}” już istnieje</translation>
        </message>
        <message>
            <location line="+4" />
            <source>brought back “{name}”</source>
            <translation>przywrócono „{name}”</translation>
        </message>
        <message>
            <location line="+6" />
            <source>created profile “{name}”</source>
            <translation>utworzono profil „{name}”</translation>
        </message>
        <message>
            <location line="+9" />
            <source>created demo profile “{name}”: {summary}</source>
            <translation>utworzono profil demonstracyjny „{name}”: {summary}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“{name}” is protected by a passphrase and an export writes its health records readable by anyone: add --unencrypted to export it all the same, or use backup (which stays encrypted)</source>
            <translation>Profil „{name}” jest chroniony hasłem, a eksport zapisuje dane o zdrowiu w postaci czytelnej dla każdego: dodaj --unencrypted, aby mimo to wyeksportować, albo użyj kopii zapasowej (backup), która pozostaje zaszyfrowana</translation>
        </message>
        <message>
            <location line="+9" />
            <source>exported “{name}” to {path}</source>
            <translation>wyeksportowano „{name}” do {path}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>imported into “{name}”: {summary}</source>
            <translation>zaimportowano do „{name}”: {summary}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>backup: --json goes with "backup list"</source>
            <translation>backup: opcja --json działa tylko z „backup list”</translation>
        </message>
        <message>
            <location line="+3" />
            <source>backed up “{name}” to {path} (checked: ok)</source>
            <translation>utworzono kopię zapasową „{name}” w {path} (sprawdzono: ok)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>backup list: -o is for making a backup</source>
            <translation>backup list: opcja -o służy do tworzenia kopii</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“{name}” has no backups yet; “careorganiser backup --profile NAME” makes one</source>
            <translation>„{name}” nie ma jeszcze kopii zapasowych; „careorganiser backup --profile NAZWA” ją tworzy</translation>
        </message>
        <message>
            <location line="+4" />
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DAMAGED: {problems}</source>
            <translation>USZKODZONA: {problems}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not checked (protected)</source>
            <translation>nie sprawdzono (chroniona)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>restored “{name}” from {path}</source>
            <translation>przywrócono „{name}” z {path}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the version it replaced is in the trash: “careorganiser profile undelete {name}” brings it back beside this one</source>
            <translation>zastąpiona wersja jest w koszu: „careorganiser profile undelete {name}” przywróci ją obok tej</translation>
        </message>
        <message>
            <location line="+61" />
            <source>error: {message}</source>
            <translation>błąd: {message}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>interrupted</source>
            <translation>przerwano</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Give it on standard input with --passphrase-stdin.</source>
            <translation>Podaj je na standardowym wejściu z opcją --passphrase-stdin.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>error: a command is needed here</source>
            <translation>błąd: tu potrzebne jest polecenie</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/careorganiser/commands/calendar.py" line="+24" />
            <source>wrote %n appointment and ride event(s) to {path}</source>
            <translation>
                <numerusform>zapisano %n wydarzenie (wizyty i przejazdy) do {path}</numerusform>
                <numerusform>zapisano %n wydarzenia (wizyty i przejazdy) do {path}</numerusform>
                <numerusform>zapisano %n wydarzeń (wizyty i przejazdy) do {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/careorganiser/commands/pack.py" line="+56" />
            <source>“{name}” has no appointment coming up; name one with --appointment ID</source>
            <translation>„{name}” nie ma nadchodzącej wizyty; wskaż ją opcją --appointment ID</translation>
        </message>
        <message>
            <location line="+5" />
            <source>wrote the appointment pack ({pack}) to {path}</source>
            <translation>zapisano pakiet na wizytę ({pack}) do {path}</translation>
        </message>
    </context>
    <context>
        <name>ContactChooser</name>
        <message>
            <location filename="../src/careorganiser/ui/widgets/contact_chooser.py" line="+40" />
            <location line="+1" />
            <source>New contact</source>
            <translation>Nowy kontakt</translation>
        </message>
        <message>
            <location line="+14" />
            <source>choose or type, e.g. GP, driver</source>
            <translation>wybierz lub wpisz, np. lekarz rodzinny, kierowca</translation>
        </message>
        <message>
            <location line="+7" />
            <source>N&amp;ame:</source>
            <translation>&amp;Imię i nazwisko:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Role:</source>
            <translation>&amp;Rola:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Organizacja:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Save contact</source>
            <translation>&amp;Zapisz kontakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the new contact</source>
            <translation>Zapisz nowy kontakt</translation>
        </message>
        <message>
            <location line="+52" />
            <source>New contact…</source>
            <translation>Nowy kontakt…</translation>
        </message>
    </context>
    <context>
        <name>ContactRoles</name>
        <message>
            <location filename="../src/careorganiser/services/contacts.py" line="+30" />
            <source>pulmonologist</source>
            <translation>pulmonolog</translation>
        </message>
        <message>
            <location line="+0" />
            <source>GP</source>
            <translation>lekarz rodzinny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ILD specialist nurse</source>
            <translation>pielęgniarka ds. ILD</translation>
        </message>
        <message>
            <location line="+0" />
            <source>rheumatologist</source>
            <translation>reumatolog</translation>
        </message>
        <message>
            <location line="+1" />
            <source>specialist nurse</source>
            <translation>pielęgniarka specjalistyczna</translation>
        </message>
        <message>
            <location line="+0" />
            <source>pharmacy</source>
            <translation>apteka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>trial coordinator</source>
            <translation>koordynator badania</translation>
        </message>
        <message>
            <location line="+0" />
            <source>physiotherapist</source>
            <translation>fizjoterapeuta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>hospital switchboard</source>
            <translation>centrala szpitala</translation>
        </message>
        <message>
            <location line="+0" />
            <source>family</source>
            <translation>rodzina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>friend</source>
            <translation>przyjaciel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>neighbour</source>
            <translation>sąsiad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>driver</source>
            <translation>kierowca</translation>
        </message>
        <message>
            <location line="+1" />
            <source>carer</source>
            <translation>opiekun</translation>
        </message>
        <message>
            <location line="+0" />
            <source>social worker</source>
            <translation>pracownik socjalny</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <location line="+23" />
            <location line="+79" />
            <source>That contact no longer exists.</source>
            <translation>Ten kontakt już nie istnieje.</translation>
        </message>
        <message>
            <location line="-58" />
            <source>Prescriber of {names}.</source>
            <translation>Przepisał(a): {names}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clinician at 1 appointment.</source>
            <translation>Lekarz na 1 wizycie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clinician at {count} appointments.</source>
            <translation>Lekarz na wizytach: {count}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Driver for 1 ride.</source>
            <translation>Kierowca na 1 przejeździe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Driver for {count} rides.</source>
            <translation>Kierowca na przejazdach: {count}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{count} more</source>
            <translation>jeszcze {count}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>and</source>
            <translation>i</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{phone}” does not look like a phone number: use digits, spaces and + ( ) -.</source>
            <translation>„{phone}” nie wygląda na numer telefonu: użyj cyfr, spacji i znaków + ( ) -.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{email}” does not look like an email address: it needs an @ and a dot after it, with no spaces.</source>
            <translation>„{email}” nie wygląda na adres e-mail: musi mieć @ i kropkę po nim, bez spacji.</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../src/careorganiser/ui/contacts/page.py" line="+53" />
            <source>The people who help: doctors and nurses, the pharmacy, the trial team, and family and friends who drive. Prescribers, clinicians and drivers are chosen from this list.</source>
            <translation>Osoby, które pomagają: lekarze i pielęgniarki, apteka, zespół badania oraz rodzina i przyjaciele, którzy wożą. Z tej listy wybiera się przepisujących leki, lekarzy i kierowców.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Contacts</source>
            <translation>Kontakty</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;New contact</source>
            <translation>&amp;Nowy kontakt</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+28" />
            <location line="+152" />
            <source>New contact</source>
            <translation>Nowy kontakt</translation>
        </message>
        <message>
            <location line="-173" />
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Care circle</source>
            <translation>Krąg opieki</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No contacts yet. Press New contact to add the first person who helps, for example the GP or a family member who drives.</source>
            <translation>Brak kontaktów. Naciśnij Nowy kontakt, aby dodać pierwszą osobę, która pomaga, np. lekarza rodzinnego lub członka rodziny, który wozi.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Contact details</source>
            <translation>Dane kontaktu</translation>
        </message>
        <message>
            <location line="+13" />
            <source>choose or type, e.g. GP, driver</source>
            <translation>wybierz lub wpisz, np. lekarz rodzinny, kierowca</translation>
        </message>
        <message>
            <location line="+11" />
            <source>e.g. can drive on Tuesdays</source>
            <translation>np. może wozić we wtorki</translation>
        </message>
        <message>
            <location line="+2" />
            <source>N&amp;ame</source>
            <translation>&amp;Imię i nazwisko</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Role</source>
            <translation>&amp;Rola</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organisation</source>
            <translation>&amp;Organizacja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Addr&amp;ess</source>
            <translation>&amp;Adres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No&amp;tes</source>
            <translation>Uwa&amp;gi</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Where this contact is used</source>
            <translation>Gdzie używany jest ten kontakt</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+107" />
            <source>&amp;Save</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <location line="-106" />
            <source>Save contact</source>
            <translation>Zapisz kontakt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cance&amp;l</source>
            <translation>Anu&amp;luj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel changes</source>
            <translation>Anuluj zmiany</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Delete</source>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+199" />
            <source>Delete contact</source>
            <translation>Usuń kontakt</translation>
        </message>
        <message numerus="yes">
            <location line="-172" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n osoba</numerusform>
                <numerusform>%n osoby</numerusform>
                <numerusform>%n osób</numerusform>
            </translation>
        </message>
        <message>
            <location line="+33" />
            <source>a contact</source>
            <translation>kontakt</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Edit “{name}”</source>
            <translation>Edycja: „{name}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save changes</source>
            <translation>&amp;Zapisz zmiany</translation>
        </message>
        <message>
            <location line="+21" />
            <source>the new contact</source>
            <translation>nowy kontakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsaved changes</source>
            <translation>Niezapisane zmiany</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your changes to {name} are not saved yet. Discard them?</source>
            <translation>Zmiany w kontakcie {name} nie są jeszcze zapisane. Odrzucić je?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard changes</source>
            <translation>Odrzuć zmiany</translation>
        </message>
        <message>
            <location line="+45" />
            <location line="+4" />
            <source>Cannot save the contact</source>
            <translation>Nie można zapisać kontaktu</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/contacts/words.py" line="+27" />
            <source>Delete {name} from the care circle?</source>
            <translation>Usunąć {name} z kręgu opieki?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} is still named in your records:</source>
            <translation>{name} nadal występuje w zapisach:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Those records will show no one there until you choose someone else.</source>
            <translation>W tych zapisach nie będzie nikogo, dopóki nie wybierzesz innej osoby.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this.</source>
            <translation>Można to cofnąć.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/contacts/page.py" line="+18" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot delete</source>
            <translation>Nie można usunąć</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Deleted {name}.</source>
            <translation>Usunięto: {name}.</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../src/careorganiser/ui/widgets/date_field.py" line="+83" />
            <source>for example 3 Dec 2026</source>
            <translation>na przykład 3 gru 2026</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Calendar…</source>
            <translation>Kalendarz…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick {what} from a calendar</source>
            <translation>Wybierz z kalendarza: {what}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Calendar</source>
            <translation>Kalendarz</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Day understood</source>
            <translation>Rozpoznany dzień</translation>
        </message>
        <message>
            <location line="+49" />
            <source>not a date yet: add the year</source>
            <translation>to jeszcze nie data: dopisz rok</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+99" />
            <source>not a date yet</source>
            <translation>to jeszcze nie data</translation>
        </message>
        <message>
            <location line="-59" />
            <source>{what}, day</source>
            <translation>{what}, dzień</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{what}, time</source>
            <translation>{what}, godzina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 10:15</source>
            <translation>np. 10:15</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{what} understood</source>
            <translation>{what}: rozpoznano</translation>
        </message>
        <message>
            <location line="+20" />
            <source>21 Nov 2026 or 21/11/2026</source>
            <translation>21 lis 2026 lub 21.11.2026</translation>
        </message>
        <message>
            <location line="+1" />
            <source>10:15 or 2pm</source>
            <translation>10:15 lub 14:00</translation>
        </message>
        <message>
            <location line="+31" />
            <source>not a time yet</source>
            <translation>to jeszcze nie godzina</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../src/careorganiser/domain/formatting.py" line="+17" />
            <source>Jan</source>
            <translation>sty</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Feb</source>
            <translation>lut</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apr</source>
            <translation>kwi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>May</source>
            <translation>maj</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Jun</source>
            <translation>cze</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jul</source>
            <translation>lip</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Aug</source>
            <translation>sie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sep</source>
            <translation>wrz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Oct</source>
            <translation>paź</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nov</source>
            <translation>lis</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dec</source>
            <translation>gru</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Mon</source>
            <translation>pon.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tue</source>
            <translation>wt.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Wed</source>
            <translation>śr.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thu</source>
            <translation>czw.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fri</source>
            <translation>pt.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sat</source>
            <translation>sob.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sun</source>
            <translation>niedz.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Monday</source>
            <translation>poniedziałek</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tuesday</source>
            <translation>wtorek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wednesday</source>
            <translation>środa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Thursday</source>
            <translation>czwartek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Friday</source>
            <translation>piątek</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saturday</source>
            <translation>sobota</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sunday</source>
            <translation>niedziela</translation>
        </message>
        <message>
            <location line="+20" />
            <source>there is no month {month}</source>
            <translation>nie ma miesiąca {month}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{year} has no {day} {month}</source>
            <translation>{year} nie ma dnia {day} ({month})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no month has a day {day}</source>
            <translation>żaden miesiąc nie ma dnia {day}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{day} {month} {year}</source>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{weekday} {day} {month} {year}</source>
            <translation>{weekday}, {day} {month} {year}</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../src/careorganiser/ui/prompter.py" line="+129" />
            <source>{path} is one of Care Organiser's own files (profiles and backups). Choose a file somewhere else.</source>
            <translation>{path} to jeden z plików Care Organiser (profile i kopie zapasowe). Wybierz plik w innym miejscu.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} already exists. Replace it?</source>
            <translation>{name} już istnieje. Zastąpić?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replace</source>
            <translation>Zastąp</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/dialogs.py" line="+17" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Passphrase for “{name}”:</source>
            <translation>Hasło do „{name}”:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Protected profile</source>
            <translation>Profil chroniony</translation>
        </message>
    </context>
    <context>
        <name>DoseHistory</name>
        <message>
            <location filename="../src/careorganiser/domain/status_words.py" line="+50" />
            <source>Taken</source>
            <translation>Przyjęto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped</source>
            <translation>Pominięto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missed</source>
            <translation>Nie przyjęto</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/dose_history.py" line="+67" />
            <source>Due</source>
            <translation>Termin</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+55" />
            <location line="+91" />
            <source>What happened</source>
            <translation>Co się stało</translation>
        </message>
        <message>
            <location line="-144" />
            <source>Taken at</source>
            <translation>Przyjęto o</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+144" />
            <source>Amount</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <location line="-143" />
            <location line="+68" />
            <location line="+75" />
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <location line="-116" />
            <source>Record a dose of {name}</source>
            <translation>Zapisz dawkę: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change a dose of {name}</source>
            <translation>Zmień dawkę: {name}</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+10" />
            <location line="+96" />
            <source>Due at</source>
            <translation>Planowo o</translation>
        </message>
        <message>
            <location line="-104" />
            <location line="+6" />
            <source>When the dose was due</source>
            <translation>Kiedy dawka była zaplanowana</translation>
        </message>
        <message>
            <location line="-5" />
            <source>For a dose taken as needed, the time it was taken.</source>
            <translation>Dla dawki przyjmowanej w razie potrzeby: godzina przyjęcia.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Due at</source>
            <translation>&amp;Planowo o</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;What happened</source>
            <translation>&amp;Co się stało</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time ta&amp;ken</source>
            <translation>Godzina p&amp;rzyjęcia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The time it was taken is known</source>
            <translation>Godzina przyjęcia jest znana</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <location line="+84" />
            <source>Time taken</source>
            <translation>Godzina przyjęcia</translation>
        </message>
        <message>
            <location line="-79" />
            <source>Amount taken</source>
            <translation>Przyjęta ilość</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2 tablets</source>
            <translation>np. 2 tabletki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Amount</source>
            <translation>&amp;Ilość</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. taken late after the clinic</source>
            <translation>np. przyjęta później, po wizycie w przychodni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note</source>
            <translation>&amp;Notatka</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Save</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save this dose</source>
            <translation>Zapisz tę dawkę</translation>
        </message>
        <message>
            <location line="+66" />
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Dose histor&amp;y</source>
            <extracomment>A dose record was changed from here (the page also hears it through the change bus).</extracomment>
            <translation>&amp;Historia dawek</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Dose history</source>
            <translation>Historia dawek</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Newest first. Enter changes the chosen dose; Delete removes it.</source>
            <translation>Od najnowszych. Enter zmienia wybraną dawkę; Delete ją usuwa.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Record a d&amp;ose…</source>
            <translation>Zapisz &amp;dawkę…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record a dose</source>
            <translation>Zapisz dawkę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change dose…</source>
            <translation>Z&amp;mień dawkę…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the chosen dose</source>
            <translation>Zmień wybraną dawkę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De&amp;lete dose</source>
            <translation>Usuń d&amp;awkę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the chosen dose record</source>
            <translation>Usuń wybrany zapis dawki</translation>
        </message>
        <message numerus="yes">
            <location line="+57" />
            <source>%Ln dose(s) recorded</source>
            <translation>
                <numerusform>%Ln zapisana dawka</numerusform>
                <numerusform>%Ln zapisane dawki</numerusform>
                <numerusform>%Ln zapisanych dawek</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>No doses recorded yet. Doses appear here when they are marked taken or skipped on Today, or with “Record a dose” below.</source>
            <translation>Brak zapisanych dawek. Dawki pojawiają się tu po oznaczeniu ich jako przyjęte lub pominięte w zakładce Dzisiaj albo przyciskiem „Zapisz dawkę” poniżej.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Delete the record of the dose due {when} ({status})?</source>
            <translation>Usunąć zapis dawki zaplanowanej na {when} ({status})?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Its units go back into the stock.</source>
            <translation>Jej jednostki wrócą do zapasu.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Delete dose record</source>
            <translation>Usuń zapis dawki</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
    </context>
    <context>
        <name>Doses</name>
        <message>
            <location filename="../src/careorganiser/domain/doses.py" line="+428" />
            <source>{time} on {date}</source>
            <translation>{time}, {date}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>This schedule ended on {date}.</source>
            <translation>Ten harmonogram zakończył się {date}.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>This schedule starts on {date}.</source>
            <translation>Ten harmonogram zaczyna się {date}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Already {count} today; at most {most} a day.</source>
            <translation>Dzisiaj już {count}; najwyżej {most} na dobę.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Too soon: the last dose was at {last}; keep at least {interval} between doses.</source>
            <translation>Za wcześnie: ostatnia dawka była o {last}; zachowaj co najmniej {interval} między dawkami.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next allowed at {time}.</source>
            <translation>Następna dozwolona o {time}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No more doses in this schedule.</source>
            <translation>Brak dalszych dawek w tym harmonogramie.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/doses.py" line="+70" />
            <source>please give a date and time (it is required)</source>
            <translation>podaj datę i godzinę (wymagane)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>must be a date and time</source>
            <translation>musi być datą i godziną</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must say which time zone it is in</source>
            <translation>musi mieć strefę czasową</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{year} is not a plausible year</source>
            <translation>{year} nie jest wiarygodnym rokiem</translation>
        </message>
        <message>
            <location line="+8" />
            <source>must be taken, skipped or missed</source>
            <translation>musi być: przyjęta, pominięta lub nieprzyjęta</translation>
        </message>
        <message>
            <location line="+6" />
            <source>only a dose that was taken has a time taken</source>
            <translation>tylko przyjęta dawka ma godzinę przyjęcia</translation>
        </message>
        <message>
            <location line="+7" />
            <source>That medication no longer exists.</source>
            <translation>Ten lek już nie istnieje.</translation>
        </message>
        <message>
            <location line="-37" />
            <location line="+44" />
            <source>That dose record no longer exists.</source>
            <translation>Ten zapis dawki już nie istnieje.</translation>
        </message>
    </context>
    <context>
        <name>DueNow</name>
        <message>
            <location filename="../src/careorganiser/ui/dose_text.py" line="+30" />
            <source>{time} on {date}</source>
            <translation>{time}, {date}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/widgets/due_now.py" line="+82" />
            <source>Felt unwell</source>
            <translation>Złe samopoczucie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Side effects</source>
            <translation>Działania niepożądane</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ran out</source>
            <translation>Skończył się</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Doctor's advice</source>
            <translation>Zalecenie lekarza</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not at home</source>
            <translation>Poza domem</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Taken</source>
            <translation>Przyjęto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mark {subject} taken</source>
            <translation>Oznacz jako przyjęte: {subject}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Taken at {time}; the arrow (or the Down key) offers now or another time</source>
            <translation>Przyjęto o {time}; strzałka (lub klawisz w dół) pozwala wybrać teraz lub inną godzinę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Taken now; the arrow (or the Down key) offers another time</source>
            <translation>Przyjęto teraz; strzałka (lub klawisz w dół) pozwala wybrać inną godzinę</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Taken when</source>
            <translation>Kiedy przyjęto</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Now</source>
            <translation>Teraz</translation>
        </message>
        <message>
            <location line="+0" />
            <source>At another time…</source>
            <translation>O innej godzinie…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At the scheduled time ({time})</source>
            <translation>O planowej godzinie ({time})</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Skip</source>
            <translation>Pomiń</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Skip {subject}</source>
            <translation>Pomiń: {subject}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip; the arrow (or the Down key) offers a reason</source>
            <translation>Pomiń; strzałka (lub klawisz w dół) pozwala wybrać powód</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason for skipping</source>
            <translation>Powód pominięcia</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Other reason…</source>
            <translation>Inny powód…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Due now</source>
            <translation>Do przyjęcia teraz</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Missed while closed</source>
            <translation>Przypadające podczas zamknięcia</translation>
        </message>
        <message>
            <location line="+42" />
            <source>These fell due while the app was closed or the computer was asleep. Mark each one taken or skipped if you know, or leave it as missed.</source>
            <translation>Te dawki przypadły, gdy aplikacja była zamknięta lub komputer był uśpiony. Oznacz każdą jako przyjętą lub pominiętą, jeśli wiesz, albo pozostaw jako nieprzyjętą.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/dose_text.py" line="+30" />
            <source>Snoozed until {time}</source>
            <translation>Przypomnienie odłożone do {time}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/widgets/due_now.py" line="+49" />
            <location line="+50" />
            <source>{what} at {time}</source>
            <translation>{what} o {time}</translation>
        </message>
        <message>
            <location line="-41" />
            <source>Snooze</source>
            <translation>Przypomnij później</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Snooze the reminder for {subject}</source>
            <translation>Przypomnij później: {subject}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Snooze for</source>
            <translation>Przypomnij za</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Other…</source>
            <translation>Inne…</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Leave as missed</source>
            <translation>Pozostaw jako nieprzyjętą</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Leave {subject} as missed</source>
            <translation>Pozostaw jako nieprzyjętą: {subject}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Undo</source>
            <translation>Cofnij</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Undo: {subject} {state}</source>
            <translation>Cofnij: {subject} {state}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../src/careorganiser/store/errors.py" line="+87" />
            <source>Your text is still here.</source>
            <translation>Wpisany tekst nadal tu jest.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not saved: the disk is full. Free some space and try again.</source>
            <translation>Nie zapisano: dysk jest pełny. Zwolnij trochę miejsca i spróbuj ponownie.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{number} MB</source>
            <translation>{number} MB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{number} KB</source>
            <translation>{number} KB</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not saved: the file could not be written because this computer limits the size of the files Care Organiser may write ({size}; see ulimit -f). Nothing was lost; raise the limit and try again.</source>
            <translation>Nie zapisano: nie udało się zapisać pliku, ponieważ ten komputer ogranicza rozmiar plików, które Care Organiser może zapisywać ({size}; zob. ulimit -f). Nic nie zostało utracone; zwiększ limit i spróbuj ponownie.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not saved: the profile cannot be written (the file or its folder is read-only).</source>
            <translation>Nie zapisano: nie można zapisać profilu (plik lub jego folder są tylko do odczytu).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not saved: the profile is in use by another Care Organiser process and stayed busy. Try again in a moment.</source>
            <translation>Nie zapisano: profil jest używany przez inny proces Care Organiser i pozostał zajęty. Spróbuj ponownie za chwilę.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not saved: the same record was saved elsewhere at the same moment. Look at it again, then try again.</source>
            <translation>Nie zapisano: ten sam zapis został w tej samej chwili zapisany gdzie indziej. Obejrzyj go ponownie i spróbuj jeszcze raz.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not saved: the profile file could not be read or written (a disk or file problem).</source>
            <translation>Nie zapisano: nie udało się odczytać ani zapisać pliku profilu (problem z dyskiem lub plikiem).</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Not saved: the file could not be written ({error}).</source>
            <translation>Nie zapisano: nie udało się zapisać pliku ({error}).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Nothing was changed: the folder {folder} cannot be written (it is read-only, on a read-only disk, or not yours).</source>
            <translation>Niczego nie zmieniono: nie można zapisywać w folderze {folder} (jest tylko do odczytu, na dysku tylko do odczytu albo nie należy do Ciebie).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing was changed: a file in the folder {folder} could not be written or read ({error}).</source>
            <translation>Niczego nie zmieniono: nie udało się zapisać ani odczytać pliku w folderze {folder} ({error}).</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Not saved: the database refused the change ({kind}).</source>
            <translation>Nie zapisano: baza danych odrzuciła zmianę ({kind}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Something went wrong ({kind}).</source>
            <translation>Coś poszło nie tak ({kind}).</translation>
        </message>
    </context>
    <context>
        <name>Failures</name>
        <message>
            <location filename="../src/careorganiser/ui/failures.py" line="+39" />
            <source>Not saved</source>
            <translation>Nie zapisano</translation>
        </message>
    </context>
    <context>
        <name>FieldLimits</name>
        <message numerus="yes">
            <location filename="../src/careorganiser/ui/widgets/field_limits.py" line="+28" />
            <source>%n entries: this box holds at most {limit}. Remove some to save.</source>
            <translation>
                <numerusform>%n pozycja: to pole mieści najwyżej {limit}. Usuń kilka, aby zapisać.</numerusform>
                <numerusform>%n pozycje: to pole mieści najwyżej {limit}. Usuń kilka, aby zapisać.</numerusform>
                <numerusform>%n pozycji: to pole mieści najwyżej {limit}. Usuń kilka, aby zapisać.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>One line is %n character(s) too long: each line holds at most {limit}.</source>
            <translation>
                <numerusform>Jeden wiersz ma %n znak za dużo: każdy wiersz mieści najwyżej {limit}.</numerusform>
                <numerusform>Jeden wiersz ma %n znaki za dużo: każdy wiersz mieści najwyżej {limit}.</numerusform>
                <numerusform>Jeden wiersz ma %n znaków za dużo: każdy wiersz mieści najwyżej {limit}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n character(s) too long: this box holds at most {limit}. Shorten it to save.</source>
            <translation>
                <numerusform>%n znak za dużo: to pole mieści najwyżej {limit}. Skróć tekst, aby zapisać.</numerusform>
                <numerusform>%n znaki za dużo: to pole mieści najwyżej {limit}. Skróć tekst, aby zapisać.</numerusform>
                <numerusform>%n znaków za dużo: to pole mieści najwyżej {limit}. Skróć tekst, aby zapisać.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Followup</name>
        <message>
            <location filename="../src/careorganiser/domain/followup.py" line="+82" />
            <location line="+130" />
            <source>Baseline</source>
            <extracomment>The tests of the IPF trials in the guidance: lung function, walk test, oxygen, liver tests.</extracomment>
            <translation>Wizyta początkowa</translation>
        </message>
        <message>
            <location line="-128" />
            <source>{n}-month visit</source>
            <translation>Wizyta po {n} mies.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Week {n} visit</source>
            <translation>Wizyta w tygodniu {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day {n} visit</source>
            <translation>Wizyta w dniu {n}</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/careorganiser/ui/followup/chart.py" line="+92" />
            <location line="+1" />
            <source>baseline</source>
            <translation>wizyta początkowa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n}-month</source>
            <translation>{n} mies.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>week {n}</source>
            <translation>tydzień {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>day {n}</source>
            <translation>dzień {n}</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Choose days, weeks or months.</source>
            <translation>Wybierz dni, tygodnie lub miesiące.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/careorganiser/services/followup.py" line="+264" />
            <source>Enter the visits, for example 0, 3, 6, 9, 12.</source>
            <translation>Wpisz wizyty, na przykład 0, 3, 6, 9, 12.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>“{part}” is not a whole number of {unit}s.</source>
            <translation>„{part}” nie jest liczbą całkowitą (jednostka: {unit}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{value} {unit}s is more than ten years.</source>
            <translation>{value} ({unit}) to więcej niż dziesięć lat.</translation>
        </message>
        <message>
            <location line="+15" />
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+149" />
            <source>days</source>
            <translation>dni</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+0" />
            <source>weeks</source>
            <translation>tygodnie</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+0" />
            <source>months</source>
            <translation>miesiące</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{first} and {last}</source>
            <translation>{first} i {last}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>book the lung function lab and the blood test</source>
            <translation>umówić badanie czynności płuc i badanie krwi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>book the lung function lab</source>
            <translation>umówić badanie czynności płuc</translation>
        </message>
        <message>
            <location line="+2" />
            <source>book the blood test</source>
            <translation>umówić badanie krwi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>check the visit is booked</source>
            <translation>sprawdzić, czy wizyta jest umówiona</translation>
        </message>
        <message>
            <location line="+166" />
            <source>{name}: {before} {how_before} at baseline, {after} {how_after} at the {visit}: taken differently, so not compared</source>
            <translation>{name}: {before} {how_before} na początku, {after} {how_after} podczas wizyty ({visit}): wykonane inaczej, więc nie porównano</translation>
        </message>
        <message>
            <location line="+9" />
            <source>predicted</source>
            <translation>należnej</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name}: {before} → {after} since baseline</source>
            <translation>{name}: {before} → {after} od wizyty początkowej</translation>
        </message>
        <message>
            <location line="+3" />
            <source>, no change</source>
            <translation>, bez zmian</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>a fall of %n point(s)</source>
            <translation>
                <numerusform>spadek o %n punkt</numerusform>
                <numerusform>spadek o %n punkty</numerusform>
                <numerusform>spadek o %n punktów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>a rise of %n point(s)</source>
            <translation>
                <numerusform>wzrost o %n punkt</numerusform>
                <numerusform>wzrost o %n punkty</numerusform>
                <numerusform>wzrost o %n punktów</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>a fall of {n} points</source>
            <translation>spadek o {n} pkt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>a rise of {n} points</source>
            <translation>wzrost o {n} pkt</translation>
        </message>
        <message>
            <location line="+5" />
            <source>a relative fall of {pct}%</source>
            <translation>względny spadek o {pct}%</translation>
        </message>
        <message>
            <location line="+0" />
            <source>a relative rise of {pct}%</source>
            <translation>względny wzrost o {pct}%</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a fall of {amount}</source>
            <translation>spadek o {amount}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>a rise of {amount}</source>
            <translation>wzrost o {amount}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{change} at the {visit}{about}. {rule} is a sign of progression in IPF: what does this mean, and should the treatment or the trial be reviewed?</source>
            <translation>{change}: {visit}{about}. {rule} to oznaka progresji IPF: co to oznacza i czy należy zweryfikować leczenie lub udział w badaniu?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} was {value} {unit} at the {visit}{about}, more than 3 times the upper limit of normal. Does the dose need to change?</source>
            <translation>{name}: {value} {unit}, {visit}{about}, ponad 3 razy powyżej górnej granicy normy. Czy trzeba zmienić dawkę?</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{tests} due at the {visit} on {day}: {hint}</source>
            <translation>{tests} – termin: {visit}, {day}: {hint}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>baseline visit</source>
            <translation>wizyta początkowa</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No {visit} {tests} recorded yet</source>
            <translation>Brak wyników ({visit}): {tests}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/followup.py" line="-176" />
            <source>Choose a follow-up plan.</source>
            <translation>Wybierz plan obserwacji.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+7" />
            <source>That follow-up plan no longer exists.</source>
            <translation>Ten plan obserwacji już nie istnieje.</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+3" />
            <location line="+146" />
            <source>That trial no longer exists.</source>
            <translation>To badanie już nie istnieje.</translation>
        </message>
        <message>
            <location line="-92" />
            <source>Enter a date, not a date and time.</source>
            <translation>Wpisz datę, bez godziny.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter a date.</source>
            <translation>Wpisz datę.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{text}” is not a day of the calendar.</source>
            <translation>„{text}” nie jest dniem kalendarza.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{text}” is not a date.</source>
            <translation>„{text}” nie jest datą.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Enter a time, for example 09:30.</source>
            <translation>Wpisz godzinę, na przykład 09:30.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{text}” is not a time.</source>
            <translation>„{text}” nie jest godziną.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Place</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Out of hours</source>
            <translation>Poza godzinami pracy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Question</source>
            <translation>Pytanie</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Choose the tests from the list.</source>
            <translation>Wybierz badania z listy.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{test}” is not a measurement this app knows.</source>
            <translation>„{test}” nie jest pomiarem znanym tej aplikacji.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>A plan follows one trial or one medication.</source>
            <translation>Plan dotyczy jednego badania klinicznego lub jednego leku.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A follow-up plan is for a trial the person is enrolled in. Set your interest to “enrolled” first.</source>
            <translation>Plan obserwacji jest dla badania, w którym osoba uczestniczy. Najpierw ustaw zainteresowanie na „uczestniczy”.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>That medication no longer exists.</source>
            <translation>Ten lek już nie istnieje.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>This already has a follow-up plan.</source>
            <translation>To ma już plan obserwacji.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose at least one test to follow.</source>
            <translation>Wybierz co najmniej jedno badanie do obserwacji.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>{subject} follow-up: {visit}</source>
            <translation>Obserwacja – {subject}: {visit}</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+73" />
            <location line="+4" />
            <source>Tests: {tests}.</source>
            <translation>Badania: {tests}.</translation>
        </message>
        <message>
            <location line="-47" />
            <location line="+42" />
            <source>That visit no longer exists.</source>
            <translation>Ta wizyta już nie istnieje.</translation>
        </message>
        <message>
            <location line="-35" />
            <source>The visit stays between the one before ({before}) and the one after ({after}).</source>
            <translation>Wizyta musi być między poprzednią ({before}) a następną ({after}).</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <location filename="../src/careorganiser/ui/followup/controller.py" line="+213" />
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Choose a severity from 0 (none) to 4 (very severe).</source>
            <translation>Wybierz nasilenie od 0 (brak) do 4 (bardzo ciężkie).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The team cannot have been told before it happened.</source>
            <translation>Zespół nie mógł zostać poinformowany, zanim to się stało.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say what happened.</source>
            <translation>Opisz, co się stało.</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+10" />
            <source>That event no longer exists.</source>
            <translation>To zdarzenie już nie istnieje.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The question is empty.</source>
            <translation>Pytanie jest puste.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>follow-up</source>
            <translation>obserwacja</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/chart.py" line="-62" />
            <source>Change from baseline chart</source>
            <translation>Wykres zmian od wizyty początkowej</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/controller.py" line="-97" />
            <source>-month visit</source>
            <translation>Wizyta po</translation>
        </message>
        <message>
            <location line="+0" />
            <source> mo</source>
            <translation> po</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/chart.py" line="+66" />
            <source>threshold</source>
            <translation>próg</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/page.py" line="+49" />
            <location line="+89" />
            <source>Follow-up plan</source>
            <translation>Plan obserwacji</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="-9" />
            <source>Baseline date</source>
            <translation>Data wizyty początkowej</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Baseline (start) date:</source>
            <translation>&amp;Data wizyty początkowej:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Visits after baseline</source>
            <translation>Wizyty po wizycie początkowej</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Visits counted in</source>
            <translation>Jednostka odstępów</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Visits (0 is baseline):</source>
            <translation>&amp;Wizyty (0 to początek):</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Follow {test}</source>
            <translation>Obserwuj: {test}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Tests at each visit:</source>
            <translation>&amp;Badania na każdej wizycie:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time of the visits</source>
            <translation>Godzina wizyt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ti&amp;me of the visits:</source>
            <translation>&amp;Godzina wizyt:</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+373" />
            <source>Where the visits are</source>
            <translation>Miejsce wizyt</translation>
        </message>
        <message>
            <location line="-372" />
            <source>&amp;Where:</source>
            <translation>&amp;Miejsce:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A &amp;ride is needed to each visit</source>
            <translation>Na każdą wizytę potrzebny &amp;przejazd</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/followup.py" line="-311" />
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+3" />
            <location line="+363" />
            <source>Coordinator's name</source>
            <translation>Imię i nazwisko koordynatora</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="-362" />
            <source>&amp;Coordinator:</source>
            <translation>Koo&amp;rdynator:</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/followup.py" line="+1" />
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+1" />
            <location line="+362" />
            <source>Coordinator's number</source>
            <translation>Numer koordynatora</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="-361" />
            <source>&amp;Number:</source>
            <translation>&amp;Numer:</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+362" />
            <source>What to do out of hours</source>
            <translation>Co robić poza godzinami pracy</translation>
        </message>
        <message>
            <location line="-361" />
            <source>&amp;Out of hours:</source>
            <translation>P&amp;oza godzinami:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create the plan and its &amp;appointments</source>
            <translation>&amp;Utwórz plan i jego wizyty</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/controller.py" line="+48" />
            <source>The trial record states the visits: {visits} (from “{frames}”). Check them with the trial team.</source>
            <translation>Rekord badania podaje wizyty: {visits} (z „{frames}”). Sprawdź je z zespołem badania.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The trial record states no visit times: enter them (the IPF trials in the guidance see people at baseline and 3, 6, 9 and 12 months).</source>
            <translation>Rekord badania nie podaje terminów wizyt: wpisz je (w badaniach IPF z wytycznych wizyty są na początku oraz po 3, 6, 9 i 12 miesiącach).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the visits the clinic planned (often baseline and 3, 6, 9 and 12 months, with liver tests in the first months).</source>
            <translation>Wpisz wizyty zaplanowane przez przychodnię (często na początku oraz po 3, 6, 9 i 12 miesiącach, z badaniami wątroby w pierwszych miesiącach).</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+37" />
            <source>Plan made: its appointments are in Appointments, with the rides to arrange.</source>
            <translation>Plan utworzony: jego wizyty są w zakładce Wizyty, wraz z przejazdami do zorganizowania.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/page.py" line="-43" />
            <source>&amp;Visits and tests</source>
            <translation>&amp;Wizyty i badania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change from baseline</source>
            <translation>&amp;Zmiana od początku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Side effects and events</source>
            <translation>&amp;Działania niepożądane i zdarzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trial contact ca&amp;rd</source>
            <translation>&amp;Karta kontaktowa badania</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+11" />
            <location line="+115" />
            <source>Visit</source>
            <translation>Wizyta</translation>
        </message>
        <message>
            <location line="-114" />
            <source>Day</source>
            <translation>Dzień</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(moved)</source>
            <translation>(przesunięta)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tests</source>
            <translation>Badania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appointment</source>
            <translation>Wizyta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results recorded</source>
            <translation>Zapisane wyniki</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New day for the visit</source>
            <translation>Nowy dzień wizyty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Move the chosen visit to:</source>
            <translation>&amp;Przesuń wybraną wizytę na:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>M&amp;ove</source>
            <translation>Prz&amp;esuń</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Make the &amp;appointments</source>
            <translation>U&amp;twórz wizyty</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Tests at the chosen visit:</source>
            <translation>Badania na wybranej wizycie:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{test} at the chosen visit</source>
            <translation>{test} na wybranej wizycie</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save the &amp;tests</source>
            <translation>Zapisz &amp;badania</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Tests saved for the visit.</source>
            <translation>Zapisano badania dla wizyty.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/controller.py" line="+31" />
            <source>none yet</source>
            <translation>jeszcze brak</translation>
        </message>
        <message>
            <location line="+14" />
            <source>not yet: {tests}</source>
            <translation>jeszcze nie: {tests}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+32" />
            <source>Measurement shown in the chart</source>
            <translation>Pomiar pokazany na wykresie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;hart of:</source>
            <translation>W&amp;ykres:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Change since baseline</source>
            <translation>Zmiana od początku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Threshold</source>
            <translation>Próg</translation>
        </message>
        <message>
            <location line="+0" />
            <source>crossed: {rule}</source>
            <translation>przekroczony: {rule}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Suggested questions for the next appointment</source>
            <translation>Proponowane pytania na następną wizytę</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Suggested questions</source>
            <translation>Proponowane pytania</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add to the &amp;questions</source>
            <translation>Dodaj do &amp;pytań</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/followup.py" line="+3" />
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+1" />
            <location line="+14" />
            <source>What happened</source>
            <translation>Co się stało</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="-13" />
            <location line="+16" />
            <source>Severity</source>
            <translation>Nasilenie</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Team told</source>
            <translation>Zespół wie</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/controller.py" line="-169" />
            <source>yes, {day}</source>
            <translation>tak, {day}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yes</source>
            <translation>tak</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not yet</source>
            <translation>jeszcze nie</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/followup.py" line="+2" />
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+1" />
            <location line="+23" />
            <source>Outcome</source>
            <translation>Skutek</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="-14" />
            <source>Date of the event</source>
            <translation>Data zdarzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date:</source>
            <translation>D&amp;ata:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;What happened:</source>
            <translation>&amp;Co się stało:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>S&amp;everity:</source>
            <translation>&amp;Nasilenie:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day the team or doctor was told</source>
            <translation>Dzień poinformowania zespołu lub lekarza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Told on:</source>
            <translation>&amp;Poinformowano dnia:</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/followup.py" line="-1" />
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+1" />
            <source>Who was told</source>
            <translation>Kogo poinformowano</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+1" />
            <source>Wh&amp;o was told:</source>
            <translation>K&amp;ogo poinformowano:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>O&amp;utcome:</source>
            <translation>&amp;Skutek:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add to the &amp;log</source>
            <translation>Dodaj do &amp;rejestru</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save the c&amp;hosen event</source>
            <translation>Zapisz wybrane zdarz&amp;enie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the chosen eve&amp;nt</source>
            <translation>&amp;Usuń wybrane zdarzenie</translation>
        </message>
        <message>
            <location line="+69" />
            <source>Event saved.</source>
            <translation>Zapisano zdarzenie.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete the event</source>
            <translation>Usuń zdarzenie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete “{what}” from the log?</source>
            <translation>Usunąć „{what}” z rejestru?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Event deleted.</source>
            <translation>Usunięto zdarzenie.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Coordinator:</source>
            <translation>Koordynator:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number:</source>
            <translation>Numer:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out of hours:</source>
            <translation>Poza godzinami pracy:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the visits are:</source>
            <translation>Miejsce wizyt:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save the car&amp;d</source>
            <translation>Zapisz kar&amp;tę</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/controller.py" line="+131" />
            <source>Appointments made.</source>
            <translation>Utworzono wizyty.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No appointments yet.</source>
            <translation>Brak wizyt.</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/followup/text.py" line="+17" />
            <source>Next: {visit} on {day}.</source>
            <translation>Następna: {visit}, {day}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All visits are past.</source>
            <translation>Wszystkie wizyty minęły.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{subject}
Baseline {day}; visits: {visits}. {state} {next}</source>
            <translation>{subject}
Wizyta początkowa {day}; wizyty: {visits}. {state} {next}</translation>
        </message>
        <message>
            <location line="+62" />
            <source>No results to compare with baseline yet.</source>
            <translation>Brak wyników do porównania z wizytą początkową.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="-246" />
            <source>Choose the visit to move in the list first.</source>
            <translation>Najpierw wybierz na liście wizytę do przesunięcia.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Visit moved, with its appointment; rides moved: {n}.</source>
            <translation>Przesunięto wizytę wraz z jej terminem; przesunięte przejazdy: {n}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Appointments made: {n}.</source>
            <translation>Utworzone wizyty: {n}.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Added to the questions for the next appointment.</source>
            <translation>Dodano do pytań na następną wizytę.</translation>
        </message>
        <message>
            <location line="+128" />
            <source>Added to the log.</source>
            <translation>Dodano do rejestru.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Contact card saved.</source>
            <translation>Zapisano kartę kontaktową.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/today_section.py" line="+39" />
            <source>Trial and treatment follow-up</source>
            <translation>Obserwacja badania i leczenia</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/text.py" line="+2" />
            <source>Question to ask: {q}</source>
            <translation>Pytanie do zadania: {q}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/today_section.py" line="+40" />
            <source>Open the follow-up…</source>
            <translation>Otwórz obserwację…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the follow-up of {subject}</source>
            <translation>Otwórz obserwację: {subject}</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <location filename="../src/careorganiser/services/handover.py" line="+83" />
            <source>taken</source>
            <extracomment>A caregiver who never looked sees the last day. A change touching more records than this (an import) is one line of the handover.</extracomment>
            <translation>przyjęto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>skipped</source>
            <translation>pominięto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>missed</source>
            <translation>nie przyjęto</translation>
        </message>
        <message>
            <location line="+4" />
            <source>needed</source>
            <translation>potrzebny</translation>
        </message>
        <message>
            <location line="+0" />
            <source>asked</source>
            <translation>poproszono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confirmed</source>
            <translation>potwierdzony</translation>
        </message>
        <message>
            <location line="+0" />
            <source>done</source>
            <translation>wykonany</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>odwołany</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{medication} ({time}): {status}</source>
            <translation>{medication} ({time}): {status}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New note: {text}</source>
            <translation>Nowa notatka: {text}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New measurement: {kind} {value} {unit}</source>
            <translation>Nowy pomiar: {kind} {value} {unit}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New medication: {name}</source>
            <translation>Nowy lek: {name}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Medication stopped: {name}</source>
            <translation>Odstawiony lek: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Medication changed: {name} ({what})</source>
            <translation>Zmieniony lek: {name} ({what})</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Ride {status}: {pickup} to {destination}{driver}</source>
            <translation>Przejazd ({status}): {pickup} do {destination}{driver}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>driver {name}</source>
            <translation>kierowca {name}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Side effect or event ({subject}, {day}): {what}, severity {severity} of 4</source>
            <translation>Działanie niepożądane lub zdarzenie ({subject}, {day}): {what}, nasilenie {severity} z 4</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the team was told</source>
            <translation>zespół poinformowano</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Question answered: {question}</source>
            <translation>Odpowiedziano na pytanie: {question}</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{n} records were added or changed at once (an import).</source>
            <translation>Zapisy dodane lub zmienione naraz (import): {n}.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{medication} ({time}): missed, nobody marked it</source>
            <translation>{medication} ({time}): nieprzyjęta, nikt jej nie oznaczył</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/widgets/handover.py" line="+26" />
            <source>Since you last looked</source>
            <translation>Od ostatniego przeglądu</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Mark as seen</source>
            <translation>&amp;Oznacz jako przejrzane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark everything here as seen</source>
            <translation>Oznacz wszystko tutaj jako przejrzane</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Handover &amp;sheet…</source>
            <translation>&amp;Karta przekazania…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save a one-page handover sheet to print</source>
            <translation>Zapisz jednostronicową kartę przekazania opieki do wydruku</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The handover could not be read: {error}</source>
            <translation>Nie udało się odczytać przekazania: {error}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing new from the others since {when}.</source>
            <translation>Od {when} pozostali nie zapisali nic nowego.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} things happened since {when}:</source>
            <translation>Zdarzenia od {when} ({n}):</translation>
        </message>
        <message>
            <location line="+8" />
            <source>nobody chosen</source>
            <translation>nikogo nie wybrano</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Handover {day}</source>
            <translation>Przekazanie {day}</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+8" />
            <location line="+2" />
            <source>Handover sheet</source>
            <translation>Karta przekazania</translation>
        </message>
        <message>
            <location line="-9" />
            <source>PDF files (*.pdf)</source>
            <translation>Pliki PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved to {path}. Open it to print.</source>
            <translation>Zapisano w {path}. Otwórz plik, aby go wydrukować.</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../src/careorganiser/ui/help.py" line="+25" />
            <source>Profiles: one for each person you care for</source>
            <translation>Profile: jeden dla każdej osoby pod opieką</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each person's records are a profile of their own, kept in one file. Choose File &gt; Switch profile to move between them.</source>
            <translation>Zapisy każdej osoby to osobny profil, przechowywany w jednym pliku. Wybierz Plik &gt; Przełącz profil, aby przejść między nimi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On a shared computer, protect a profile with a passphrase when you create it: the file is then encrypted and nobody can read it without the passphrase. Keep the passphrase safe: it cannot be recovered.</source>
            <translation>Na wspólnym komputerze chroń profil hasłem przy jego tworzeniu: plik jest wtedy zaszyfrowany i nikt nie odczyta go bez hasła. Przechowuj hasło bezpiecznie: nie da się go odzyskać.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Medications and reminders</source>
            <translation>Leki i przypomnienia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add each medication under Medications with the times it is taken. Today then lists every dose of the day; press Taken or Skip as the day goes.</source>
            <translation>Dodaj każdy lek w zakładce Leki wraz z porami przyjmowania. Zakładka Dzisiaj pokaże wtedy każdą dawkę dnia; w ciągu dnia naciskaj Przyjęto lub Pomiń.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>While the app is open (or in the tray) a due dose shows under “Due now” and as a notification. Doses that fell due while the app was closed are shown at the next start.</source>
            <translation>Gdy aplikacja jest otwarta (lub w zasobniku), dawka do przyjęcia pojawia się w „Do przyjęcia teraz” i jako powiadomienie. Dawki przypadające, gdy aplikacja była zamknięta, są pokazywane przy następnym uruchomieniu.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Appointments and the pack</source>
            <translation>Wizyty i pakiet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add appointments and their rides under Appointments &amp; rides, and write questions down under Questions as they come up.</source>
            <translation>Dodawaj wizyty i przejazdy w zakładce Wizyty i przejazdy, a pytania zapisuj w zakładce Pytania, gdy tylko się pojawią.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Before a visit press Prepare pack (Ctrl+P): one PDF with the questions, the medications, how doses went, symptoms, measurements with their charts, trials and the rides. Print it or save it. File also makes a medication card and a ride sheet for the driver.</source>
            <translation>Przed wizytą naciśnij Przygotuj pakiet (Ctrl+P): jeden PDF z pytaniami, lekami, przebiegiem przyjmowania dawek, objawami, pomiarami z wykresami, badaniami klinicznymi i przejazdami. Wydrukuj go lub zapisz. W menu Plik można też utworzyć kartę leków i kartę przejazdu dla kierowcy.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+27" />
            <source>Backups</source>
            <translation>Kopie zapasowe</translation>
        </message>
        <message>
            <location line="-26" />
            <source>A copy of a profile is kept in the Backups folder before the app changes the file's layout after an update. Make your own copies too: “careorganiser backup --profile NAME” writes one (a protected profile's copy stays encrypted), or copy the folders Help &gt; Where is my data shows to a USB stick.</source>
            <translation>Przed zmianą układu pliku po aktualizacji aplikacja zachowuje kopię profilu w folderze Backups. Rób też własne kopie: „careorganiser backup --profile NAZWA” tworzy kopię (kopia chronionego profilu pozostaje zaszyfrowana), albo skopiuj foldery pokazane w Pomoc &gt; Gdzie są moje dane na pendrive.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A shared computer</source>
            <translation>Wspólny komputer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The list of profiles shows only names. A protected profile asks for its passphrase every time it is opened: when you step away, choose File &gt; Switch profile or Quit so the next person sees only the list.</source>
            <translation>Lista profili pokazuje tylko nazwy. Chroniony profil prosi o hasło przy każdym otwarciu: odchodząc od komputera, wybierz Plik &gt; Przełącz profil lub Zakończ, aby następna osoba widziała tylko listę.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing is sent anywhere: the records stay on this computer.</source>
            <translation>Nic nie jest nigdzie wysyłane: zapisy pozostają na tym komputerze.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Larger text</source>
            <translation>Większy tekst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>View &gt; Larger text (Ctrl++) makes every screen's text bigger; Ctrl+0 goes back to normal.</source>
            <translation>Widok &gt; Większy tekst (Ctrl++) powiększa tekst na każdym ekranie; Ctrl+0 przywraca normalny.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>All profiles and settings</source>
            <translation>Wszystkie profile i ustawienia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profiles (one file each)</source>
            <translation>Profile (każdy w osobnym pliku)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deleted profiles (can come back)</source>
            <translation>Usunięte profile (można przywrócić)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everything is kept on this computer, in folders only your account can open.</source>
            <translation>Wszystko jest przechowywane na tym komputerze, w folderach, które może otworzyć tylko Twoje konto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>It is protected with a passphrase: the file is encrypted.</source>
            <translation>Jest chroniony hasłem: plik jest zaszyfrowany.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>It is not protected with a passphrase: anyone who can open the file can read it.</source>
            <translation>Nie jest chroniony hasłem: każdy, kto może otworzyć plik, może go odczytać.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This profile, “{name}”, is the file</source>
            <translation>Ten profil, „{name}”, to plik</translation>
        </message>
        <message>
            <location line="+6" />
            <source>To keep a copy elsewhere, copy the Profiles and Backups folders (for example to a USB stick) while the app is closed. “careorganiser export” writes a readable copy of a profile; for a protected profile that copy is not encrypted.</source>
            <translation>Aby zachować kopię gdzie indziej, skopiuj foldery Profiles i Backups (np. na pendrive), gdy aplikacja jest zamknięta. „careorganiser export” zapisuje czytelną kopię profilu; dla chronionego profilu ta kopia nie jest zaszyfrowana.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Open the folder</source>
            <translation>&amp;Otwórz folder</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/menu_entries.py" line="+63" />
            <source>&amp;Getting started</source>
            <translation>&amp;Pierwsze kroki</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Where is my data</source>
            <translation>&amp;Gdzie są moje dane</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/help.py" line="-50" />
            <location line="+60" />
            <source>Getting started</source>
            <translation>Pierwsze kroki</translation>
        </message>
        <message>
            <location line="-46" />
            <location line="+48" />
            <source>Where is my data</source>
            <translation>Gdzie są moje dane</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../src/careorganiser/services/history.py" line="+39" />
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication</source>
            <translation>Lek</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Schedule</source>
            <translation>Harmonogram</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Earlier schedule</source>
            <translation>Wcześniejszy harmonogram</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dose</source>
            <translation>Dawka</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Appointment</source>
            <translation>Wizyta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ride</source>
            <translation>Przejazd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measurement</source>
            <translation>Pomiar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Trial</source>
            <translation>Badanie kliniczne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Question</source>
            <translation>Pytanie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Measurement kind</source>
            <translation>Rodzaj pomiaru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offer</source>
            <translation>Propozycja</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Follow-up plan</source>
            <translation>Plan obserwacji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up visit</source>
            <translation>Wizyta kontrolna</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Side effect or event</source>
            <translation>Działanie niepożądane lub zdarzenie</translation>
        </message>
        <message>
            <location line="+7" />
            <source>name</source>
            <translation>nazwa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>strength</source>
            <translation>moc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>form</source>
            <translation>postać</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dose</source>
            <translation>dawka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>route</source>
            <translation>droga podania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>purpose</source>
            <translation>cel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>instructions</source>
            <translation>instrukcje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>prescriber</source>
            <translation>lekarz przepisujący</translation>
        </message>
        <message>
            <location line="+1" />
            <source>start date</source>
            <translation>data rozpoczęcia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stop date</source>
            <translation>data odstawienia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reason stopped</source>
            <translation>powód odstawienia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stock</source>
            <translation>zapas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>units per dose</source>
            <translation>jednostki na dawkę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>status</source>
            <translation>stan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>time taken</source>
            <translation>godzina przyjęcia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>amount</source>
            <translation>ilość</translation>
        </message>
        <message>
            <location line="+1" />
            <source>note</source>
            <translation>notatka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>notes</source>
            <translation>notatki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>value</source>
            <translation>wartość</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unit</source>
            <translation>jednostka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>where measured</source>
            <translation>gdzie zmierzono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>what the person was doing</source>
            <translation>co robiła osoba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>range from</source>
            <translation>zakres od</translation>
        </message>
        <message>
            <location line="+1" />
            <source>range to</source>
            <translation>zakres do</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kind</source>
            <translation>rodzaj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>date and time</source>
            <translation>data i godzina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>duration</source>
            <translation>czas trwania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>place</source>
            <translation>miejsce</translation>
        </message>
        <message>
            <location line="+1" />
            <source>clinician</source>
            <translation>lekarz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pickup</source>
            <translation>odbiór</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pickup for the way back</source>
            <translation>odbiór na powrót</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pickup address</source>
            <translation>adres odbioru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>destination</source>
            <translation>cel podróży</translation>
        </message>
        <message>
            <location line="+1" />
            <source>driver</source>
            <translation>kierowca</translation>
        </message>
        <message>
            <location line="+1" />
            <source>text</source>
            <translation>treść</translation>
        </message>
        <message>
            <location line="+1" />
            <source>topic</source>
            <translation>temat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>priority</source>
            <translation>priorytet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>answer</source>
            <translation>odpowiedź</translation>
        </message>
        <message>
            <location line="+1" />
            <source>appointment</source>
            <translation>wizyta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>symptoms</source>
            <translation>objawy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>activity and pacing</source>
            <translation>aktywność i tempo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>phone</source>
            <translation>telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>email</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>address</source>
            <translation>adres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>role</source>
            <translation>rola</translation>
        </message>
        <message>
            <location line="+1" />
            <source>organisation</source>
            <translation>organizacja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>date of birth</source>
            <translation>data urodzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sex</source>
            <translation>płeć</translation>
        </message>
        <message>
            <location line="+1" />
            <source>conditions</source>
            <translation>choroby</translation>
        </message>
        <message>
            <location line="+1" />
            <source>allergies</source>
            <translation>alergie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>times of day</source>
            <translation>godziny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>interest</source>
            <translation>zainteresowanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>title</source>
            <translation>tytuł</translation>
        </message>
        <message>
            <location line="+7" />
            <source>added</source>
            <translation>dodano</translation>
        </message>
        <message>
            <location line="+2" />
            <source>removed</source>
            <translation>usunięto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>moved to the trash</source>
            <translation>przeniesiono do kosza</translation>
        </message>
        <message>
            <location line="+0" />
            <source>restored</source>
            <translation>przywrócono</translation>
        </message>
        <message>
            <location line="+2" />
            <source>changed {fields}</source>
            <translation>zmieniono: {fields}</translation>
        </message>
        <message>
            <location line="+39" />
            <source>(empty)</source>
            <translation>(puste)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>at home</source>
            <translation>w domu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>at the clinic</source>
            <translation>w przychodni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by the lab</source>
            <translation>w laboratorium</translation>
        </message>
        <message>
            <location line="+4" />
            <source>at set times</source>
            <translation>o stałych godzinach</translation>
        </message>
        <message>
            <location line="+1" />
            <source>every few days</source>
            <translation>co kilka dni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>every few hours</source>
            <translation>co kilka godzin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>as needed</source>
            <translation>w razie potrzeby</translation>
        </message>
        <message>
            <location line="+4" />
            <source>high</source>
            <translation>wysoki</translation>
        </message>
        <message>
            <location line="+0" />
            <source>normal</source>
            <translation>normalny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>low</source>
            <translation>niski</translation>
        </message>
        <message>
            <location line="+94" />
            <source>That change is no longer in the history.</source>
            <translation>Tej zmiany nie ma już w historii.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The record this change was made to no longer exists.</source>
            <translation>Zapis, którego dotyczyła zmiana, już nie istnieje.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/history_dialog.py" line="+31" />
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Kto</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+87" />
            <source>nobody chosen</source>
            <translation>nikogo nie wybrano</translation>
        </message>
        <message>
            <location line="-86" />
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>Zapis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change</source>
            <translation>Zmiana</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Changes</source>
            <translation>Zmiany</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Revert this change</source>
            <translation>&amp;Cofnij tę zmianę</translation>
        </message>
        <message>
            <location line="+2" />
            <source>History of this &amp;record</source>
            <translation>Historia tego &amp;zapisu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Close</source>
            <translation>Za&amp;mknij</translation>
        </message>
        <message>
            <location line="+23" />
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;History of {kind} “{label}”&lt;/b&gt;</source>
            <translation>&lt;b&gt;Historia: {kind} „{label}”&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Activity</source>
            <translation>Aktywność</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;Every change in this profile, newest first&lt;/b&gt;</source>
            <translation>&lt;b&gt;Wszystkie zmiany w tym profilu, od najnowszych&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Undo this change by {who} ({what}: {change})? The undoing is kept in the history too.</source>
            <translation>Cofnąć tę zmianę wprowadzoną przez: {who} ({what}: {change})? Cofnięcie też zostanie zapisane w historii.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+5" />
            <source>Revert</source>
            <translation>Cofnij</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <location filename="../src/careorganiser/ui/idle_lock.py" line="+79" />
            <source>&amp;Lock now</source>
            <extracomment>How often the idle time and the locked reminders are looked at (a wake-up; the clock decides).</extracomment>
            <translation>Za&amp;blokuj teraz</translation>
        </message>
        <message>
            <location line="+93" />
            <source>Locked — Care Organiser</source>
            <translation>Zablokowano — Care Organiser</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Locked</source>
            <translation>Zablokowano</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Profile: {name}</source>
            <translation>Profil: {name}</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+1" />
            <source>Passphrase</source>
            <translation>Hasło</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Unlock</source>
            <translation>&amp;Odblokuj</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Care Organiser (locked)</source>
            <translation>Care Organiser (zablokowano)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Unlock…</source>
            <translation>&amp;Odblokuj…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>&amp;Zakończ</translation>
        </message>
        <message>
            <location line="+14" />
            <source>A dose is due for the person in “{profile}” — unlock to see.</source>
            <translation>Dawka do przyjęcia dla osoby w „{profile}” — odblokuj, aby zobaczyć.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Care Organiser</source>
            <translation>Care Organiser</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Type the passphrase to unlock.</source>
            <translation>Wpisz hasło, aby odblokować.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Please wait {n} seconds before the next try.</source>
            <translation>Poczekaj {n} s przed kolejną próbą.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../src/careorganiser/services/profiles.py" line="+114" />
            <source>Cannot read {path}: it is not a file (a folder, a device or a pipe).</source>
            <translation>Nie można odczytać {path}: to nie jest plik (to folder, urządzenie lub potok).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot read {path}: {error}</source>
            <translation>Nie można odczytać {path}: {error}</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <location filename="../src/careorganiser/ui/journal/page.py" line="+33" />
            <source>Symptoms or measurements</source>
            <translation>Objawy lub pomiary</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Symptom &amp;journal</source>
            <translation>Dziennik &amp;objawów</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Measurements and tests</source>
            <translation>&amp;Pomiary i badania</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Symptom &amp;trends</source>
            <translation>T&amp;rendy objawów</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alt+J</source>
            <translation>Alt+O</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alt+M</source>
            <translation>Alt+P</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alt+T</source>
            <translation>Alt+R</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Symptoms &amp; measurements</source>
            <translation>Objawy i pomiary</translation>
        </message>
        <message>
            <location line="+32" />
            <source>a symptom note</source>
            <translation>notatka o objawach</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a measurement</source>
            <translation>pomiar</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/note_words.py" line="+19" />
            <source>{number} – {words}</source>
            <translation>{number} – {words}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/notes.py" line="+54" />
            <source>symptom, e.g. cough</source>
            <translation>objaw, np. kaszel</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not noted</source>
            <translation>nie zapisano</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Symptom {number}</source>
            <translation>Objaw {number}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How bad was symptom {number}, from 0 none to 4 very severe</source>
            <translation>Jak silny był objaw {number}, od 0 brak do 4 bardzo ciężki</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove symptom {number}</source>
            <translation>Usuń objaw {number}</translation>
        </message>
        <message>
            <location line="+35" />
            <location line="+152" />
            <source>New note</source>
            <translation>Nowa notatka</translation>
        </message>
        <message>
            <location line="-151" />
            <source>Symptom note</source>
            <translation>Notatka o objawach</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+4" />
            <location line="+54" />
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <location line="-57" />
            <source>N&amp;ow</source>
            <translation>&amp;Teraz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set the time to now</source>
            <translation>Ustaw bieżącą godzinę</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;When</source>
            <translation>K&amp;iedy</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Symptoms&lt;/b&gt; — how bad, from 0 (none) to 4 (very severe)</source>
            <translation>&lt;b&gt;Objawy&lt;/b&gt; — nasilenie od 0 (brak) do 4 (bardzo ciężkie)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Add symptom</source>
            <translation>&amp;Dodaj objaw</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a symptom</source>
            <translation>Dodaj objaw</translation>
        </message>
        <message>
            <location line="+14" />
            <source>How was the day? Anything to tell the doctor?</source>
            <translation>Jak minął dzień? Coś do przekazania lekarzowi?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes</source>
            <translation>&amp;Notatki</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. short walk, rested after lunch</source>
            <translation>np. krótki spacer, odpoczynek po obiedzie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ctivity and pacing</source>
            <translation>&amp;Aktywność i rozkładanie sił</translation>
        </message>
        <message>
            <location line="+4" />
            <source>words to find notes later, separated by commas</source>
            <translation>słowa do późniejszego wyszukiwania notatek, oddzielone przecinkami</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tags</source>
            <translation>Zna&amp;czniki</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+95" />
            <source>&amp;Save note</source>
            <translation>Zapi&amp;sz notatkę</translation>
        </message>
        <message>
            <location line="-95" />
            <source>Save note</source>
            <translation>Zapisz notatkę</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+95" />
            <source>C&amp;lear</source>
            <translation>&amp;Wyczyść</translation>
        </message>
        <message>
            <location line="-95" />
            <source>Clear the form</source>
            <translation>Wyczyść formularz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter saves, Escape cancels.</source>
            <translation>Enter zapisuje, Escape anuluje.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Symptoms</source>
            <translation>Objawy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity and pacing</source>
            <translation>Aktywność i rozkładanie sił</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags</source>
            <translation>Znaczniki</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Journal, newest first</source>
            <translation>Dziennik, od najnowszych</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Number of notes</source>
            <translation>Liczba notatek</translation>
        </message>
        <message>
            <location line="-2" />
            <source>&amp;Edit</source>
            <translation>&amp;Edytuj</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit the selected note</source>
            <translation>Edytuj wybraną notatkę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected note</source>
            <translation>Usuń wybraną notatkę</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No notes yet. Choose how bad each symptom is above, add a few words if you like, and press Save note.</source>
            <translation>Brak notatek. Wybierz powyżej nasilenie każdego objawu, dodaj kilka słów, jeśli chcesz, i naciśnij Zapisz notatkę.</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>&lt;b&gt;Journal&lt;/b&gt; — %n note(s), newest first</source>
            <translation>
                <numerusform>&lt;b&gt;Dziennik&lt;/b&gt; — %n notatka, od najnowszych</numerusform>
                <numerusform>&lt;b&gt;Dziennik&lt;/b&gt; — %n notatki, od najnowszych</numerusform>
                <numerusform>&lt;b&gt;Dziennik&lt;/b&gt; — %n notatek, od najnowszych</numerusform>
            </translation>
        </message>
        <message>
            <location line="+69" />
            <source>Edit the note of {when}</source>
            <translation>Edytuj notatkę z {when}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save changes</source>
            <translation>&amp;Zapisz zmiany</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cance&amp;l edit</source>
            <translation>Anu&amp;luj edycję</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/note_words.py" line="+24" />
            <source>Symptom {number} has a severity but no name. Type a name or remove it.</source>
            <translation>Objaw {number} ma nasilenie, ale nie ma nazwy. Wpisz nazwę lub usuń go.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/notes.py" line="+55" />
            <source>Cannot save the note</source>
            <translation>Nie można zapisać notatki</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Delete note</source>
            <translation>Usuń notatkę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the note of {when}? You can undo this.</source>
            <translation>Usunąć notatkę z {when}? Można to cofnąć.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cannot delete</source>
            <translation>Nie można usunąć</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted the note of {when}.</source>
            <translation>Usunięto notatkę z {when}.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../src/careorganiser/ui/language.py" line="+79" />
            <source>&amp;Language</source>
            <extracomment>Each language named in itself, as language menus do; "" follows the system. The locale used for dates and numbers when a language is chosen over the system's.</extracomment>
            <translation>&amp;Język</translation>
        </message>
        <message>
            <location line="+12" />
            <source>System language</source>
            <translation>Język systemu</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Care Organiser will use the new language the next time it starts.</source>
            <translation>Care Organiser użyje nowego języka przy następnym uruchomieniu.</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <location filename="../src/careorganiser/store/lock.py" line="+68" />
            <source>the Care Organiser window (process {pid})</source>
            <extracomment>How long a writer waits for the lock before it gives up with a clear message (seconds).</extracomment>
            <translation>okno Care Organiser (proces {pid})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the command “careorganiser {what}” (process {pid})</source>
            <translation>polecenie „careorganiser {what}” (proces {pid})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>another Care Organiser process (process {pid})</source>
            <translation>inny proces Care Organiser (proces {pid})</translation>
        </message>
        <message>
            <location line="+13" />
            <source>another Care Organiser process</source>
            <translation>inny proces Care Organiser</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The profile “{name}” is in use by {holder}; nothing was changed. Close it there or try again in a moment.</source>
            <translation>Profil „{name}” jest używany przez: {holder}; niczego nie zmieniono. Zamknij go tam lub spróbuj ponownie za chwilę.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../src/careorganiser/ui/main_window.py" line="+92" />
            <source>Today</source>
            <translation>Dzisiaj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medications</source>
            <translation>Leki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appointments &amp; rides</source>
            <translation>Wizyty i przejazdy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Symptoms &amp; measurements</source>
            <translation>Objawy i pomiary</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions</source>
            <translation>Pytania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trials</source>
            <translation>Badania kliniczne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contacts</source>
            <translation>Kontakty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{name} — Care Organiser</source>
            <extracomment>The user asked to switch profile; the application closes this window and shows the picker. The profile's file was replaced (restore): the application reopens it in a new window.</extracomment>
            <translation>{name} — Care Organiser</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This profile is open read-only.</source>
            <translation>Ten profil jest otwarty tylko do odczytu.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Read-only</source>
            <translation>Tylko do odczytu</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Areas</source>
            <translation>Obszary</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose an area: Ctrl+1 to Ctrl+8</source>
            <translation>Wybierz obszar: Ctrl+1 do Ctrl+8</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Profile: {name}</source>
            <translation>Profil: {name}</translation>
        </message>
        <message>
            <location line="+77" />
            <source>&amp;File</source>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <location line="+15" />
            <source>E&amp;xport as JSON…</source>
            <translation>Eksportuj jako &amp;JSON…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;History of changes…</source>
            <translation>&amp;Historia zmian…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>History of the selected &amp;record…</source>
            <translation>Historia &amp;wybranego zapisu…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Switch profile…</source>
            <translation>P&amp;rzełącz profil…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Quit</source>
            <translation>&amp;Zakończ</translation>
        </message>
        <message>
            <location line="-38" />
            <source>&amp;Go</source>
            <translation>Prze&amp;jdź</translation>
        </message>
        <message>
            <location line="+50" />
            <source>&amp;Search</source>
            <translation>&amp;Szukaj</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;New</source>
            <translation>&amp;Nowy</translation>
        </message>
        <message>
            <location line="-54" />
            <source>&amp;View</source>
            <translation>&amp;Widok</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <location line="+63" />
            <source>&amp;About Care Organiser</source>
            <translation>&amp;O programie Care Organiser</translation>
        </message>
        <message>
            <location line="+58" />
            <source>What you were typing is back in the form; it is not saved yet.</source>
            <translation>To, co było wpisywane, jest z powrotem w formularzu; nie zostało jeszcze zapisane.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>text in the form “{form}”</source>
            <translation>tekst w formularzu „{form}”</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not saved yet</source>
            <translation>Jeszcze niezapisane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You have typed {what} that is not saved. Close without saving it? Choose Cancel to go back and save it.</source>
            <translation>Niezapisane: {what}. Zamknąć bez zapisywania? Wybierz Anuluj, aby wrócić i zapisać.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close without saving</source>
            <translation>Zamknij bez zapisywania</translation>
        </message>
    </context>
    <context>
        <name>Measurements</name>
        <message>
            <location filename="../src/careorganiser/services/measurements.py" line="+54" />
            <source>Lung function</source>
            <translation>Czynność płuc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vital signs and weight</source>
            <translation>Parametry życiowe i masa ciała</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Blood tests</source>
            <translation>Badania krwi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your own kinds</source>
            <translation>Własne rodzaje</translation>
        </message>
        <message>
            <location line="+6" />
            <source>home</source>
            <translation>w domu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>clinic</source>
            <translation>w przychodni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lab</source>
            <translation>w laboratorium</translation>
        </message>
        <message>
            <location line="+42" />
            <location line="+220" />
            <source>That measurement no longer exists.</source>
            <translation>Ten pomiar już nie istnieje.</translation>
        </message>
        <message>
            <location line="-181" />
            <source>{low} to {high}{unit}</source>
            <translation>{low}–{high}{unit}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Choose what was measured.</source>
            <translation>Wybierz, co zmierzono.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{kind}” is not a known kind of measurement. Choose one from the list or add your own kind.</source>
            <translation>„{kind}” nie jest znanym rodzajem pomiaru. Wybierz z listy lub dodaj własny rodzaj.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Value: type one number here. A blood pressure of {top}/{bottom} is two measurements: {top} as {systolic} and {bottom} as {diastolic}.</source>
            <translation>Wartość: wpisz tu jedną liczbę. Ciśnienie krwi {top}/{bottom} to dwa pomiary: {top} jako {systolic} i {bottom} jako {diastolic}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{number} or {number} {unit}</source>
            <translation>{number} lub {number} {unit}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+164" />
            <source>Unit</source>
            <translation>Jednostka</translation>
        </message>
        <message>
            <location line="-156" />
            <source>Value: {label} is recorded in {unit}, not “{given}”. Type it like {example}.</source>
            <translation>Wartość: {label} zapisuje się w {unit}, nie „{given}”. Wpisz jak {example}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>plain numbers</source>
            <translation>zwykłe liczby</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{label} is recorded in {unit}, not “{given}”.</source>
            <translation>{label} zapisuje się w {unit}, nie „{given}”.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{label} of {value}{unit} is not plausible: it should be from {range}. Check the number.</source>
            <translation>{label}: wartość {value}{unit} jest nieprawdopodobna; powinna mieścić się w zakresie {range}. Sprawdź liczbę.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>If it is in {other}, type “{value} {other}” (that is {converted}{unit}).</source>
            <translation>Jeśli to wartość w {other}, wpisz „{value} {other}” (to {converted}{unit}).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The value is too large to be a measurement.</source>
            <translation>Wartość jest zbyt duża, by była pomiarem.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose where it was measured: home, clinic or lab.</source>
            <translation>Wybierz, gdzie zmierzono: w domu, w przychodni czy w laboratorium.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bottom of the reference range</source>
            <translation>Dolna granica zakresu referencyjnego</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top of the reference range</source>
            <translation>Górna granica zakresu referencyjnego</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The top of the reference range is below its bottom.</source>
            <translation>Górna granica zakresu referencyjnego jest poniżej dolnej.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Choose when it was taken: at rest, on exertion, during sleep or on oxygen.</source>
            <translation>Wybierz, kiedy zmierzono: w spoczynku, przy wysiłku, podczas snu czy z tlenem.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>{value} is {change} more than {previous} on {date}.</source>
            <translation>{value} to o {change} więcej niż {previous} dnia {date}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{value} is {change} less than {previous} on {date}.</source>
            <translation>{value} to o {change} mniej niż {previous} dnia {date}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Typed in {other}? Write {value} {other}.</source>
            <translation>Wpisano w {other}? Wpisz {value} {other}.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is already a kind called “{label}”.</source>
            <translation>Już istnieje rodzaj o nazwie „{label}”.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A key uses lower-case letters, digits and _ (at most 64).</source>
            <translation>Klucz zawiera małe litery, cyfry i _ (najwyżej 64 znaki).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The key “{key}” is already used.</source>
            <translation>Klucz „{key}” jest już używany.</translation>
        </message>
        <message>
            <source>FVC % predicted</source>
            <translation>FVC % należnej</translation>
        </message>
        <message>
            <source>FVC</source>
            <translation>FVC</translation>
        </message>
        <message>
            <source>FEV1</source>
            <translation>FEV1</translation>
        </message>
        <message>
            <source>FEV1/FVC ratio</source>
            <translation>Wskaźnik FEV1/FVC</translation>
        </message>
        <message>
            <source>DLCO % predicted</source>
            <translation>DLCO % należnej</translation>
        </message>
        <message>
            <source>Six-minute walk distance</source>
            <translation>Dystans w teście 6-min. marszu</translation>
        </message>
        <message>
            <source>SpO2</source>
            <translation>SpO2</translation>
        </message>
        <message>
            <source>Oxygen flow</source>
            <translation>Przepływ tlenu</translation>
        </message>
        <message>
            <source>Heart rate</source>
            <translation>Tętno</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Masa ciała</translation>
        </message>
        <message>
            <source>Blood pressure (systolic)</source>
            <translation>Ciśnienie tętnicze (skurczowe)</translation>
        </message>
        <message>
            <source>Blood pressure (diastolic)</source>
            <translation>Ciśnienie tętnicze (rozkurczowe)</translation>
        </message>
        <message>
            <source>ALT</source>
            <translation>ALT</translation>
        </message>
        <message>
            <source>AST</source>
            <translation>AST</translation>
        </message>
        <message>
            <source>Bilirubin</source>
            <translation>Bilirubina</translation>
        </message>
        <message>
            <source>Creatinine</source>
            <translation>Kreatynina</translation>
        </message>
        <message>
            <source>Haemoglobin</source>
            <translation>Hemoglobina</translation>
        </message>
        <message>
            <source>FEV1 % predicted</source>
            <translation>FEV1 % należnej</translation>
        </message>
        <message>
            <source>Direct bilirubin</source>
            <translation>Bilirubina bezpośrednia</translation>
        </message>
        <message>
            <source>eGFR (from the lab)</source>
            <translation>eGFR (z laboratorium)</translation>
        </message>
        <message>
            <source>Creatinine clearance</source>
            <translation>Klirens kreatyniny</translation>
        </message>
        <message>
            <source>Platelets</source>
            <translation>Płytki krwi</translation>
        </message>
        <message>
            <source>Neutrophils</source>
            <translation>Neutrofile</translation>
        </message>
    </context>
    <context>
        <name>MeasurementsPanel</name>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurement_words.py" line="+25" />
            <source>at home</source>
            <translation>w domu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>at the clinic</source>
            <translation>w przychodni</translation>
        </message>
        <message>
            <location line="+0" />
            <source>by the lab</source>
            <translation>w laboratorium</translation>
        </message>
        <message>
            <location line="+5" />
            <source>not stated</source>
            <translation>nie podano</translation>
        </message>
        <message>
            <location line="+0" />
            <source>at rest</source>
            <translation>w spoczynku</translation>
        </message>
        <message>
            <location line="+0" />
            <source>on exertion (walking, exercise)</source>
            <translation>przy wysiłku (chodzenie, ćwiczenia)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>during sleep</source>
            <translation>podczas snu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>on oxygen</source>
            <translation>z tlenem</translation>
        </message>
        <message>
            <location line="+7" />
            <source>(unit not converted)</source>
            <translation>(jednostka nieprzeliczona)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(above range)</source>
            <translation>(powyżej zakresu)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(below range)</source>
            <translation>(poniżej zakresu)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Imported in {unit} before imports converted units: it is not used in the chart or the pre-screen. Enter it again in {kind_unit}.</source>
            <translation>Zaimportowany w {unit}, zanim import przeliczał jednostki: nie jest używany na wykresie ani we wstępnej ocenie. Wpisz go ponownie w {kind_unit}.</translation>
        </message>
        <message>
            <location line="+64" />
            <source> or </source>
            <translation> lub </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type it in {unit}, or in {others} with the unit after the number (“{example}”): it is saved in {unit}.</source>
            <translation>Wpisz wartość w {unit} albo w {others}, z jednostką po liczbie („{example}”): zostanie zapisana w {unit}.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Saved {value} (from {typed}).</source>
            <translation>Zapisano {value} (wpisano {typed}).</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurements.py" line="+94" />
            <location line="+120" />
            <source>Add your own kind of measurement</source>
            <translation>Dodaj własny rodzaj pomiaru</translation>
        </message>
        <message>
            <location line="-117" />
            <source>For a reading the list does not have, such as peak flow or blood sugar.</source>
            <translation>Dla pomiaru, którego nie ma na liście, np. PEF lub cukru we krwi.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. Peak flow</source>
            <translation>np. PEF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. L/min (may be left empty)</source>
            <translation>np. L/min (można zostawić puste)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation>&amp;Nazwa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Unit</source>
            <translation>&amp;Jednostka</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Add kind</source>
            <translation>&amp;Dodaj rodzaj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add kind</source>
            <translation>Dodaj rodzaj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot add the kind</source>
            <translation>Nie można dodać rodzaju</translation>
        </message>
        <message>
            <location line="+69" />
            <location line="+152" />
            <source>Add a measurement</source>
            <translation>Dodaj pomiar</translation>
        </message>
        <message>
            <location line="-151" />
            <source>Measurement</source>
            <translation>Pomiar</translation>
        </message>
        <message>
            <location line="+130" />
            <source>The trend could not be drawn. {reason}</source>
            <translation>Nie udało się narysować trendu. {reason}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurement_form.py" line="+68" />
            <source>&amp;What</source>
            <translation>&amp;Co</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What was measured</source>
            <translation>Co zmierzono</translation>
        </message>
        <message>
            <location line="+15" />
            <source>V&amp;alue</source>
            <translation>W&amp;artość</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>When it was measured</source>
            <translation>Kiedy zmierzono</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Whe&amp;n</source>
            <translation>K&amp;iedy</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Measured a&amp;t</source>
            <translation>&amp;Gdzie zmierzono</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where it was measured</source>
            <translation>Gdzie zmierzono</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Ta&amp;ken</source>
            <translation>Oko&amp;liczności</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What the person was doing when it was taken</source>
            <translation>Co robiła osoba w czasie pomiaru</translation>
        </message>
        <message>
            <location line="+4" />
            <source>from</source>
            <translation>od</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference range, lowest normal value (optional)</source>
            <translation>Zakres referencyjny, najniższa prawidłowa wartość (opcjonalnie)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>do</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference range, highest normal value (optional)</source>
            <translation>Zakres referencyjny, najwyższa prawidłowa wartość (opcjonalnie)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Reference
range</source>
            <translation>Zakres
referencyjn&amp;y</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The normal range printed on the lab report, if there is one.</source>
            <translation>Zakres prawidłowy wydrukowany na wyniku z laboratorium, jeśli jest.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>optional</source>
            <translation>opcjonalnie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;ote</source>
            <translation>&amp;Notatka</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurements.py" line="-118" />
            <location line="+140" />
            <source>&amp;Save measurement</source>
            <translation>Zapi&amp;sz pomiar</translation>
        </message>
        <message>
            <location line="-140" />
            <source>Save measurement</source>
            <translation>Zapisz pomiar</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+139" />
            <source>C&amp;lear</source>
            <translation>&amp;Wyczyść</translation>
        </message>
        <message>
            <location line="-139" />
            <source>Clear the form</source>
            <translation>Wyczyść formularz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter saves, Escape cancels.</source>
            <translation>Enter zapisuje, Escape anuluje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add your own &amp;kind…</source>
            <translation>Dodaj własny ro&amp;dzaj…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>L&amp;ist</source>
            <translation>&amp;Filtr</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Which measurements to list and chart</source>
            <translation>Które pomiary pokazać na liście i wykresie</translation>
        </message>
        <message>
            <location line="-2" />
            <source>&amp;Edit</source>
            <translation>&amp;Edytuj</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit the selected measurement</source>
            <translation>Edytuj wybrany pomiar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected measurement</source>
            <translation>Usuń wybrany pomiar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurement_words.py" line="-54" />
            <location filename="../src/careorganiser/ui/journal/measurements.py" line="+1" />
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurements.py" line="+2" />
            <source>Normal range</source>
            <translation>Zakres prawidłowy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>Gdzie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Taken</source>
            <translation>Okoliczności</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Measurements, newest first</source>
            <translation>Pomiary, od najnowszych</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No measurements yet. Choose what was measured on the left, type the value and press Save measurement.</source>
            <translation>Brak pomiarów. Wybierz po lewej, co zmierzono, wpisz wartość i naciśnij Zapisz pomiar.</translation>
        </message>
        <message>
            <location line="-172" />
            <source>All kinds</source>
            <translation>Wszystkie rodzaje</translation>
        </message>
        <message numerus="yes">
            <location line="+190" />
            <source>%n measurement(s)</source>
            <translation>
                <numerusform>%n pomiar</numerusform>
                <numerusform>%n pomiary</numerusform>
                <numerusform>%n pomiarów</numerusform>
            </translation>
        </message>
        <message>
            <location line="+41" />
            <source>No measurements yet. Once you add some, their trend over time is drawn here, one kind at a time.</source>
            <translation>Brak pomiarów. Gdy je dodasz, ich trend w czasie pojawi się tutaj, po jednym rodzaju naraz.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurement_words.py" line="+0" />
            <source>Value in {unit}</source>
            <translation>Wartość w {unit}</translation>
        </message>
        <message>
            <location line="-6" />
            <source>{low} to {high}</source>
            <translation>{low}–{high}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurements.py" line="+48" />
            <source>Edit the measurement of {when}</source>
            <translation>Edytuj pomiar z {when}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save changes</source>
            <translation>&amp;Zapisz zmiany</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cance&amp;l edit</source>
            <translation>Anu&amp;luj edycję</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Check the number</source>
            <translation>Sprawdź liczbę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save it as typed?</source>
            <translation>Zapisać tak, jak wpisano?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as typed</source>
            <translation>Zapisz tak, jak wpisano</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot save the measurement</source>
            <translation>Nie można zapisać pomiaru</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurement_words.py" line="+21" />
            <source>{label} {value} of {when}</source>
            <translation>{label} {value} z {when}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurements.py" line="+42" />
            <source>Delete measurement</source>
            <translation>Usuń pomiar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete {what}? You can undo this.</source>
            <translation>Usunąć {what}? Można to cofnąć.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cannot delete</source>
            <translation>Nie można usunąć</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted {what}.</source>
            <translation>Usunięto {what}.</translation>
        </message>
    </context>
    <context>
        <name>MedicationDialogs</name>
        <message>
            <location filename="../src/careorganiser/ui/medications/dialogs.py" line="+70" />
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Stop taking {name}</source>
            <translation>Odstaw: {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Its schedules and dose history are kept, and it can be taken again later.</source>
            <translation>Jego harmonogramy i historia dawek zostają zachowane, a później można go znów przyjmować.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Stop taking</source>
            <translation>&amp;Odstaw</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <location line="+39" />
            <source>Stopped on</source>
            <translation>Odstawiono</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Stopped &amp;on</source>
            <translation>Odstawiono &amp;dnia</translation>
        </message>
        <message>
            <location line="+9" />
            <source>e.g. course finished, side effects, doctor's advice</source>
            <translation>np. koniec kuracji, działania niepożądane, zalecenie lekarza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Why</source>
            <translation>&amp;Powód</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why it was stopped</source>
            <translation>Powód odstawienia</translation>
        </message>
        <message>
            <location line="+13" />
            <source>From now: {name} moves to the stopped list, and none of its later doses today is reminded. Doses recorded earlier today still count.</source>
            <translation>Od teraz: {name} trafia na listę odstawionych i żadna z jego późniejszych dzisiejszych dawek nie jest przypominana. Dawki zapisane wcześniej dzisiaj nadal się liczą.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} stays under “Taking now”, with its doses reminded, up to and including {date}; it moves to the stopped list after that day.</source>
            <translation>{name} pozostaje w „Przyjmowane”, z przypomnieniami o dawkach, do {date} włącznie; po tym dniu trafia na listę odstawionych.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} moves to the stopped list now, with {date} recorded as the last day it was taken; its doses up to the end of that day still count.</source>
            <translation>{name} trafia teraz na listę odstawionych, a {date} zostaje zapisany jako ostatni dzień przyjmowania; jego dawki do końca tego dnia nadal się liczą.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>3 Dec 2026 or 03/12/2026</source>
            <translation>3 gru 2026 lub 03.12.2026</translation>
        </message>
        <message>
            <location line="+14" />
            <source>units</source>
            <translation>jedn.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The stock of {name} is not counted yet; the refill becomes the stock.</source>
            <translation>Zapas leku {name} nie jest jeszcze liczony; uzupełnienie stanie się zapasem.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name}: {stock} {unit} now.</source>
            <translation>{name}: teraz {stock} {unit}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record a refill of {name}</source>
            <translation>Zapisz uzupełnienie: {name}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Add to stock</source>
            <translation>&amp;Dodaj do zapasu</translation>
        </message>
        <message>
            <location line="+6" />
            <source>how many {unit} were collected</source>
            <translation>ile {unit} odebrano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Amount added</source>
            <translation>Dodana &amp;ilość</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount added</source>
            <translation>Dodana ilość</translation>
        </message>
    </context>
    <context>
        <name>MedicationForm</name>
        <message>
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+28" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/form.py" line="+126" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Strength</source>
            <translation>Moc</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Form</source>
            <translation>Postać</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Dose</source>
            <translation>Dawka</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+1" />
            <source>Route</source>
            <translation>Droga podania</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Purpose</source>
            <translation>Wskazanie</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/form.py" line="+3" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Instructions</source>
            <translation>Zalecenia</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+1" />
            <source>Prescriber</source>
            <translation>Lekarz przepisujący</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Start date</source>
            <translation>Data rozpoczęcia</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Stock now</source>
            <translation>Obecny zapas</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+1" />
            <source>Stock counted in</source>
            <translation>Jednostka zapasu</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Refill when down to</source>
            <translation>Uzupełnić przy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Units per dose</source>
            <translation>Ilość na dawkę</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/form.py" line="+14" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Schedules</source>
            <translation>Harmonogramy</translation>
        </message>
        <message>
            <location line="-70" />
            <source>Medication form</source>
            <translation>Formularz leku</translation>
        </message>
        <message>
            <location line="+22" />
            <source>About the medication</source>
            <translation>O leku</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name</source>
            <translation>&amp;Nazwa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name of the medication</source>
            <translation>Nazwa leku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Pirfenidone</source>
            <translation>np. Pirfenidone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stren&amp;gth</source>
            <translation>&amp;Moc</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 267 mg</source>
            <translation>np. 267 mg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Form</source>
            <translation>&amp;Postać</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. capsule, tablet, inhaler</source>
            <translation>np. kapsułka, tabletka, inhalator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Dose</source>
            <translation>Dawk&amp;a</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 3 capsules</source>
            <translation>np. 3 kapsułki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Route</source>
            <translation>Dro&amp;ga podania</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. by mouth, inhaled</source>
            <translation>np. doustnie, wziewnie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Purpose</source>
            <translation>&amp;Wskazanie</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>What it is for</source>
            <translation>Na co jest</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Instructions</source>
            <translation>Zal&amp;ecenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. take with food</source>
            <translation>np. przyjmować z posiłkiem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>None</source>
            <translation>Brak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prescri&amp;ber</source>
            <translation>Le&amp;karz przepisujący</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The day it was first taken. Reminders begin when it is saved here: no earlier dose is counted as missed.</source>
            <translation>Dzień pierwszego przyjęcia. Przypomnienia zaczynają się od zapisania tutaj: żadna wcześniejsza dawka nie jest liczona jako nieprzyjęta.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start dat&amp;e</source>
            <translation>Data &amp;rozpoczęcia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reminders begin when you save; no earlier dose counts as missed.</source>
            <translation>Przypomnienia zaczynają się od zapisania; żadna wcześniejsza dawka nie jest liczona jako nieprzyjęta.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Supply</source>
            <translation>Zapas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stoc&amp;k now</source>
            <translation>Zapas &amp;teraz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>how many are left, e.g. 90</source>
            <translation>ile zostało, np. 90</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stock &amp;counted in</source>
            <translation>&amp;Jednostka zapasu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. capsules, puffs</source>
            <translation>np. kapsułki, dawki inhalacyjne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refill &amp;when down to</source>
            <translation>Uzupełnij, gdy zo&amp;stanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refill when stock is down to</source>
            <translation>Uzupełnij, gdy zapas spadnie do</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 14</source>
            <translation>np. 14</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Units per dose</source>
            <translation>I&amp;lość na dawkę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Units taken per dose</source>
            <translation>Ilość jednostek przyjmowana na dawkę</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 3</source>
            <translation>np. 3</translation>
        </message>
        <message>
            <location line="+6" />
            <source>When to take it</source>
            <translation>Kiedy przyjmować</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Schedu&amp;les</source>
            <translation>&amp;Harmonogramy</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Add another schedule</source>
            <translation>Dodaj kolejn&amp;y harmonogram</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add another schedule</source>
            <translation>Dodaj kolejny harmonogram</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove this sc&amp;hedule</source>
            <translation>&amp;Usuń ten harmonogram</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the chosen schedule</source>
            <translation>Usuń wybrany harmonogram</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No schedule yet. Add one so reminders know when a dose is due; choose “As needed” for a reliever.</source>
            <translation>Brak harmonogramu. Dodaj go, by przypomnienia wiedziały, kiedy przypada dawka; dla leku doraźnego wybierz „W razie potrzeby”.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Type a time such as 08:00 or 1pm; it is kept when you move on.</source>
            <translation>Wpisz godzinę, np. 08:00 lub 13:00; zostanie zachowana po przejściu dalej.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Save</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the medication</source>
            <translation>Zapisz lek</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+60" />
            <source>New medication</source>
            <translation>Nowy lek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change {name}</source>
            <translation>Zmień: {name}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/form.py" line="+64" />
            <source>A changed schedule applies from when you save it.</source>
            <translation>Zmieniony harmonogram obowiązuje od zapisania.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="-52" />
            <source>New schedule (not finished)</source>
            <translation>Nowy harmonogram (niedokończony)</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Schedule {number}, {field}: {problem}</source>
            <translation>Harmonogram {number}, {field}: {problem}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>Medications</name>
        <message>
            <location filename="../src/careorganiser/services/medications.py" line="+138" />
            <location line="+7" />
            <source>That medication no longer exists.</source>
            <translation>Ten lek już nie istnieje.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Strength</source>
            <translation>Moc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Form</source>
            <translation>Postać</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dose</source>
            <translation>Dawka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Route</source>
            <translation>Droga podania</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Purpose</source>
            <translation>Cel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Instructions</source>
            <translation>Zalecenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why it was stopped</source>
            <translation>Powód odstawienia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stock counted in</source>
            <translation>Jednostka zapasu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <location line="+22" />
            <source>“{text}” is not a number</source>
            <translation>„{text}” nie jest liczbą</translation>
        </message>
        <message>
            <location line="+4" />
            <source>please enter a number (it is required)</source>
            <translation>wpisz liczbę (jest wymagana)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>must be a number</source>
            <translation>musi być liczbą</translation>
        </message>
        <message>
            <location line="+3" />
            <source>must be an ordinary number</source>
            <translation>musi być zwykłą liczbą</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be more than {value}</source>
            <translation>musi być większe niż {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cannot be less than {value}</source>
            <translation>nie może być mniejsze niż {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>too large (at most {value})</source>
            <translation>za duże (najwyżej {value})</translation>
        </message>
        <message>
            <location line="+7" />
            <source>must be a date without a time</source>
            <translation>musi być datą bez godziny</translation>
        </message>
        <message>
            <location line="+9" />
            <source>please choose a date (it is required)</source>
            <translation>wybierz datę (jest wymagana)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>must be a date</source>
            <translation>musi być datą</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+126" />
            <source>{date} is not a plausible date</source>
            <translation>{date} nie jest wiarygodną datą</translation>
        </message>
        <message>
            <location line="-118" />
            <source>“{text}” is not a real date (write it like 2026-11-21)</source>
            <translation>„{text}” nie jest prawdziwą datą (wpisz jak 2026-11-21)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Medication details were given in a form this version cannot read.</source>
            <translation>Szczegóły leku podano w formie, której ta wersja nie odczyta.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>not one of your contacts; choose one from the list, or none</source>
            <translation>to nie jest jeden z kontaktów; wybierz z listy albo żaden</translation>
        </message>
        <message>
            <location line="+37" />
            <source>is not a schedule</source>
            <translation>nie jest harmonogramem</translation>
        </message>
        <message>
            <location line="+3" />
            <source>choose how often it is taken</source>
            <translation>wybierz, jak często jest przyjmowany</translation>
        </message>
        <message>
            <location line="+4" />
            <source>add at least one time of day</source>
            <translation>dodaj co najmniej jedną porę dnia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>tick at least one day of the week</source>
            <translation>zaznacz co najmniej jeden dzień tygodnia</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be a whole number of days from 1 to {max}</source>
            <translation>musi być pełną liczbą dni od 1 do {max}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>choose the date of the first dose</source>
            <translation>wybierz datę pierwszej dawki</translation>
        </message>
        <message>
            <location line="+5" />
            <source>must be a number of hours from {low} to {high}</source>
            <translation>musi być liczbą godzin od {low} do {high}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>choose the date and time of the first dose</source>
            <translation>wybierz datę i godzinę pierwszej dawki</translation>
        </message>
        <message>
            <location line="+5" />
            <source>must be a number of hours from 0 to {max}</source>
            <translation>musi być liczbą godzin od 0 do {max}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>must be a whole number from 1 to {max}</source>
            <translation>musi być liczbą całkowitą od 1 do {max}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the last day cannot be before the first day</source>
            <translation>ostatni dzień nie może być przed pierwszym</translation>
        </message>
        <message>
            <location line="+17" />
            <source>must be a list of schedules</source>
            <translation>musi być listą harmonogramów</translation>
        </message>
        <message>
            <location line="+2" />
            <source>at most 20 schedules per medication</source>
            <translation>najwyżej 20 harmonogramów na lek</translation>
        </message>
        <message>
            <location line="+100" />
            <source>cannot be after the day it was stopped ({date})</source>
            <translation>nie może być po dniu odstawienia ({date})</translation>
        </message>
        <message>
            <location line="+40" />
            <source>cannot be before it was started ({date})</source>
            <translation>nie może być przed rozpoczęciem ({date})</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{name} has not been stopped.</source>
            <translation>{name} nie został odstawiony.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>cannot be before the day it was stopped ({date})</source>
            <translation>nie może być przed dniem odstawienia ({date})</translation>
        </message>
        <message>
            <location line="+34" />
            <source>would make the stock more than {max}</source>
            <translation>zapas przekroczyłby {max}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>A stopped medication is kept as part of the history and cannot be deleted.</source>
            <translation>Odstawiony lek zostaje w historii i nie można go usunąć.</translation>
        </message>
    </context>
    <context>
        <name>MedicationsPage</name>
        <message>
            <location filename="../src/careorganiser/ui/medications/page.py" line="+60" />
            <source>&amp;New medication…</source>
            <extracomment>Dose changes name their records: the history puts those rows in place instead of reading its span again.</extracomment>
            <translation>&amp;Nowy lek…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New medication</source>
            <translation>Nowy lek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a medication (Ctrl+N)</source>
            <translation>Dodaj lek (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/lists.py" line="+73" />
            <location line="+13" />
            <source>Medication</source>
            <translation>Lek</translation>
        </message>
        <message>
            <location line="-12" />
            <location filename="../src/careorganiser/ui/medications/wording.py" line="+73" />
            <location line="+2" />
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/wording.py" line="-39" />
            <source>no schedule</source>
            <translation>brak harmonogramu</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/lists.py" line="+1" />
            <location filename="../src/careorganiser/ui/medications/wording.py" line="+52" />
            <source>Stock</source>
            <translation>Zapas</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/wording.py" line="-44" />
            <source>Running low</source>
            <translation>Kończące się leki</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/lists.py" line="+4" />
            <source>Medications taken now</source>
            <translation>Obecnie przyjmowane leki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Taking now</source>
            <translation>&amp;Przyjmowane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No medications yet. Press “New medication” (Ctrl+N) to add the first one, with when it is taken.</source>
            <translation>Brak leków. Naciśnij „Nowy lek” (Ctrl+N), aby dodać pierwszy, z porami przyjmowania.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Stopped on</source>
            <translation>Odstawiono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why</source>
            <translation>Powód</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stopped medications</source>
            <translation>Odstawione leki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sto&amp;pped</source>
            <translation>&amp;Odstawione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing stopped. A medication that is stopped is kept here with the date and the reason.</source>
            <translation>Nic nie odstawiono. Odstawiony lek jest przechowywany tutaj z datą i powodem.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/details.py" line="+25" />
            <source>Choose a medication on the left to see its details and dose history.</source>
            <translation>Wybierz lek po lewej, aby zobaczyć szczegóły i historię dawek.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Medication details</source>
            <translation>Szczegóły leku</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edytuj…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit the medication</source>
            <translation>Edytuj lek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record &amp;refill…</source>
            <translation>&amp;Zapisz uzupełnienie…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record a refill</source>
            <translation>Zapisz uzupełnienie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Stop taking…</source>
            <translation>Ods&amp;taw…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stop taking this medication</source>
            <translation>Odstaw ten lek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take &amp;again…</source>
            <translation>Przyjmuj pono&amp;wnie…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Take this medication again</source>
            <translation>Przyjmuj ten lek ponownie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the medication</source>
            <translation>Usuń lek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For a medication added by mistake. Use Stop taking to keep its history.</source>
            <translation>Dla leku dodanego przez pomyłkę. Użyj Odstaw, aby zachować historię.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-&amp;up…</source>
            <translation>Obse&amp;rwacja…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Follow-up plan for this medication</source>
            <translation>Plan obserwacji dla tego leku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visits, tests due, change from baseline and side effects</source>
            <translation>Wizyty, badania do wykonania, zmiana od początku i działania niepożądane</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/page.py" line="+53" />
            <source>Medications</source>
            <translation>Leki</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/wording.py" line="+25" />
            <source>For</source>
            <translation>Na co</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How</source>
            <translation>Jak</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No schedule: choose Edit to say when it is taken.</source>
            <translation>Brak harmonogramu: wybierz Edytuj, aby podać, kiedy jest przyjmowany.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prescribed by</source>
            <translation>Przepisał(a)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Started</source>
            <translation>Rozpoczęto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stopped</source>
            <translation>Odstawiono</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stops</source>
            <translation>Odstawienie</translation>
        </message>
        <message>
            <location line="-29" />
            <source>units</source>
            <translation>jedn.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>about {days} days' supply</source>
            <translation>zapas na około {days} dni</translation>
        </message>
        <message>
            <location line="+2" />
            <source>running low: refill when down to {n}</source>
            <translation>kończy się: uzupełnij przy {n}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/page.py" line="+129" />
            <source>Edit medication</source>
            <translation>Edytuj lek</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/wording.py" line="+44" />
            <source>Take {name} again? It moves back to “Taking now” from now. The stop ({date}) stays in its history, and the appointment pack lists it; its dose history is kept.</source>
            <translation>Znów przyjmować {name}? Od teraz wraca do „Przyjmowane”. Odstawienie ({date}) zostaje w jego historii i pakiet na wizytę je pokazuje; historia dawek zostaje zachowana.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/page.py" line="+36" />
            <location line="+5" />
            <source>Take again</source>
            <translation>Przyjmuj ponownie</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/wording.py" line="+6" />
            <source>Delete {name}? Only do this for a medication added by mistake: to keep its history, use “Stop taking” instead.</source>
            <translation>Usunąć {name}? Rób to tylko dla leku dodanego przez pomyłkę: aby zachować historię, użyj „Odstaw”.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/page.py" line="+8" />
            <location line="+5" />
            <source>Delete medication</source>
            <translation>Usuń lek</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Deleted “{name}”.</source>
            <translation>Usunięto „{name}”.</translation>
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <location filename="../src/careorganiser/domain/formatting.py" line="-54" />
            <source>January</source>
            <translation>stycznia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>February</source>
            <translation>lutego</translation>
        </message>
        <message>
            <location line="+1" />
            <source>March</source>
            <translation>marca</translation>
        </message>
        <message>
            <location line="+0" />
            <source>April</source>
            <translation>kwietnia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>May</source>
            <translation>maja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>June</source>
            <translation>czerwca</translation>
        </message>
        <message>
            <location line="+0" />
            <source>July</source>
            <translation>lipca</translation>
        </message>
        <message>
            <location line="+0" />
            <source>August</source>
            <translation>sierpnia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>September</source>
            <translation>września</translation>
        </message>
        <message>
            <location line="+0" />
            <source>October</source>
            <translation>października</translation>
        </message>
        <message>
            <location line="+1" />
            <source>November</source>
            <translation>listopada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>December</source>
            <translation>grudnia</translation>
        </message>
    </context>
    <context>
        <name>Outputs</name>
        <message>
            <location filename="../src/careorganiser/store/outputs.py" line="+79" />
            <source>Will not write {path}: it is inside Care Organiser's own data folder (profiles and backups). Choose a file somewhere else.</source>
            <translation>Nie można zapisać {path}: to miejsce jest w folderze danych Care Organiser (profile i kopie zapasowe). Wybierz plik w innym miejscu.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot write {path}: {error}</source>
            <translation>Nie można zapisać {path}: {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a folder</source>
            <translation>folder</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not a regular file (a device or a pipe)</source>
            <translation>nie zwykły plik (urządzenie lub potok)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Will not write {path}: it is {kind}. Give the name of a file.</source>
            <translation>Nie można zapisać {path}: to jest {kind}. Podaj nazwę pliku.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Will not write {path}: it is a Care Organiser profile or backup, and this would replace it. Choose another name.</source>
            <translation>Nie można zapisać {path}: to profil lub kopia zapasowa Care Organiser i zostałby zastąpiony. Wybierz inną nazwę.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot write {path}: the folder {folder} does not exist.</source>
            <translation>Nie można zapisać {path}: folder {folder} nie istnieje.</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Cannot write {path}: {reason}.</source>
            <translation>Nie można zapisać {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the disk is full</source>
            <translation>dysk jest pełny</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the folder is read-only or not yours</source>
            <translation>folder jest tylko do odczytu lub nie należy do Ciebie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the file would be larger than this system lets the program write (a file size limit)</source>
            <translation>plik byłby większy, niż ten system pozwala programowi zapisać (limit rozmiaru pliku)</translation>
        </message>
    </context>
    <context>
        <name>Pack</name>
        <message>
            <location filename="../src/careorganiser/pack/card.py" line="+81" />
            <location line="+4" />
            <location line="+7" />
            <location filename="../src/careorganiser/services/packs.py" line="+244" />
            <source>Medication card</source>
            <translation>Karta leków</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In an emergency, please show this to the ambulance crew or hospital staff.</source>
            <translation>W nagłym wypadku proszę pokazać tę kartę zespołowi ratownictwa lub personelowi szpitala.</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../src/careorganiser/pack/render.py" line="+380" />
            <source>{date} (age {age})</source>
            <translation>{date} (wiek: {age})</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/careorganiser/pack/render.py" line="+3" />
            <source>Date of birth</source>
            <translation>Data urodzenia</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../src/careorganiser/pack/render.py" line="+6" />
            <source>Conditions</source>
            <translation>Choroby</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../src/careorganiser/pack/render.py" line="+2" />
            <source>None recorded</source>
            <translation>Brak danych</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Medications taken now</source>
            <translation>Obecnie przyjmowane leki</translation>
        </message>
        <message>
            <location line="+2" />
            <source>None recorded.</source>
            <translation>Brak danych.</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../src/careorganiser/pack/render.py" line="+119" />
            <source>Until {date}</source>
            <translation>Do {date}</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/careorganiser/pack/render.py" line="+7" />
            <location line="+20" />
            <location line="+55" />
            <location line="+20" />
            <location line="+51" />
            <location line="+77" />
            <source>Medicine</source>
            <translation>Lek</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dose</source>
            <translation>Dawka</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/pack/handover.py" line="+70" />
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/pack/render.py" line="-223" />
            <source>What for</source>
            <translation>Wskazanie</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="+159" />
            <source>Who to call</source>
            <translation>Do kogo dzwonić</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/pack/render.py" line="-94" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="+0" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contacts</source>
            <translation>Kontakty</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Enrolled in trial</source>
            <translation>Uczestnik badania klinicznego</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Trial team</source>
            <translation>Zespół badania</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Out of hours</source>
            <translation>Poza godzinami pracy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinical trial</source>
            <translation>Badanie kliniczne</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This list was correct on {date}. Medicines change: check it with the pharmacist or GP if it is older than a month.</source>
            <translation>Ta lista była aktualna {date}. Leki się zmieniają: jeśli lista jest starsza niż miesiąc, sprawdź ją z farmaceutą lub lekarzem rodzinnym.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/followup_gather.py" line="+36" />
            <source>not yet</source>
            <translation>jeszcze nie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yes</source>
            <translation>tak</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/gather.py" line="+409" />
            <source>Could not read a schedule of {name}: its times are not shown and its doses are not counted.</source>
            <translation>Nie można odczytać harmonogramu leku {name}: jego godziny nie są pokazane, a dawki nie są liczone.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Could not read a schedule of {name}: its doses are not counted.</source>
            <translation>Nie można odczytać harmonogramu leku {name}: jego dawki nie są liczone.</translation>
        </message>
        <message>
            <location line="-182" />
            <source>That appointment does not exist.</source>
            <translation>Ta wizyta nie istnieje.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>There is no appointment with the id “{id}” in this profile.</source>
            <translation>W tym profilu nie ma wizyty o identyfikatorze „{id}”.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Since the last appointment with {who} on {date}</source>
            <translation>Od ostatniej wizyty u: {who}, {date}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The last {days} days (no earlier appointment with {who} is recorded)</source>
            <translation>Ostatnie {days} dni (brak wcześniejszej wizyty u: {who})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The last {days} days</source>
            <translation>Ostatnie {days} dni</translation>
        </message>
        <message>
            <location line="+32" />
            <source>(no name recorded)</source>
            <translation>(brak imienia i nazwiska)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Identifier</source>
            <translation>Identyfikator</translation>
        </message>
        <message>
            <location line="+22" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="+28" />
            <source>caregiver</source>
            <translation>opiekun</translation>
        </message>
        <message>
            <location line="+98" />
            <source>Could not work out how long the stock of {name} lasts.</source>
            <translation>Nie można obliczyć, na jak długo wystarczy zapas leku {name}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{amount}, less than a day</source>
            <translation>{amount}, na mniej niż dzień</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{amount}, about {days} days</source>
            <translation>{amount}, na około {days} dni</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Was {what}</source>
            <translation>Wcześniej: {what}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New schedule: {schedule}</source>
            <translation>Nowy harmonogram: {schedule}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Schedule ended: {schedule}</source>
            <translation>Harmonogram zakończony: {schedule}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>no schedule</source>
            <translation>brak harmonogramu</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Taken again (stopped {date})</source>
            <translation>Znów przyjmowany (odstawiony {date})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New schedule: {schedule} (was {before})</source>
            <translation>Nowy harmonogram: {schedule} (wcześniej {before})</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Dose taken: {old} → {new}</source>
            <translation>Przyjmowana dawka: {old} → {new}</translation>
        </message>
        <message>
            <location line="+76" />
            <source>All</source>
            <translation>Wszystkie</translation>
        </message>
        <message>
            <location line="+170" />
            <source>Activity: {activity}</source>
            <translation>Aktywność: {activity}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>A {label} reading of {date} is recorded in {unit}, not {kind_unit}: its unit was not converted when it was imported, so it is not shown here. Check it and enter it again in {kind_unit}.</source>
            <translation>Pomiar {label} z {date} jest zapisany w {unit}, nie w {kind_unit}: jednostki nie przeliczono przy imporcie, więc nie jest tu pokazany. Sprawdź go i wpisz ponownie w {kind_unit}.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/domain/readings.py" line="+72" />
            <source>{label}, {context}</source>
            <translation>{label}, {context}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/gather.py" line="+123" />
            <source>Could not read the saved record of trial {nct_id}: it is printed without its design, results and pre-screen.</source>
            <translation>Nie można odczytać zapisanego opisu badania {nct_id}: jest drukowane bez schematu, wyników i wstępnej oceny kwalifikacji.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Could not read the criteria of trial {nct_id}: it is printed without a pre-screen.</source>
            <translation>Nie można odczytać kryteriów badania {nct_id}: jest drukowane bez wstępnej oceny kwalifikacji.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{age} years</source>
            <translation>wiek: {age}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No date of birth recorded</source>
            <translation>Brak daty urodzenia</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{label} only in {unit}, not converted at import</source>
            <translation>{label} tylko w {unit}, bez przeliczenia przy imporcie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No {label} recorded</source>
            <translation>Brak danych: {label}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{label} {value} on {date}</source>
            <translation>{label}: {value}, {date}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{text} (too old to count)</source>
            <translation>{text} (zbyt stary, nie liczy się)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{text} (no upper limit of normal recorded)</source>
            <translation>{text} (brak górnej granicy normy)</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/handover.py" line="-12" />
            <source>Handover</source>
            <extracomment>At most this many lines are tried; fewer when they do not fit one page.</extracomment>
            <translation>Przekazanie opieki</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Since {when}</source>
            <translation>Od {when}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For {name}, since {when}</source>
            <translation>Dla: {name}, od {when}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing new was recorded by the others.</source>
            <translation>Pozostali nie zapisali nic nowego.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(nobody chosen)</source>
            <translation>(nikogo nie wybrano)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Kto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} earlier lines are in the app’s Since you last looked.</source>
            <translation>Kolejne wcześniejsze wiersze ({n}) są w aplikacji w „Od ostatniego przeglądu”.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/careorganiser/pack/wording.py" line="+106" />
            <source>Prepared on {date} with Care Organiser</source>
            <translation>Przygotowano {date} w Care Organiser</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/ics.py" line="+65" />
            <location filename="../src/careorganiser/pack/render.py" line="+5" />
            <location filename="../src/careorganiser/services/packs.py" line="-113" />
            <source>Appointment</source>
            <translation>Wizyta</translation>
        </message>
        <message>
            <location line="+14" />
            <source>With: {who}</source>
            <translation>U kogo: {who}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone: {phone}</source>
            <translation>Telefon: {phone}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Tomorrow: {what}</source>
            <translation>Jutro: {what}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Ride home for {name}</source>
            <translation>Przejazd do domu: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ride for {name}</source>
            <translation>Przejazd: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>do</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Pick up from: {place}</source>
            <translation>Odbiór z: {place}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take to: {place}</source>
            <translation>Zawieź do: {place}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Driver: {driver}</source>
            <translation>Kierowca: {driver}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/wording.py" line="-23" />
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <location line="+0" />
            <source>mild</source>
            <translation>łagodne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>moderate</source>
            <translation>umiarkowane</translation>
        </message>
        <message>
            <location line="+0" />
            <source>severe</source>
            <translation>ciężkie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>very severe</source>
            <translation>bardzo ciężkie</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/domain/readings.py" line="-19" />
            <source>at rest</source>
            <translation>w spoczynku</translation>
        </message>
        <message>
            <location line="+0" />
            <source>on exertion</source>
            <translation>przy wysiłku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>during sleep</source>
            <translation>podczas snu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>on oxygen</source>
            <translation>z tlenem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>activity not stated</source>
            <translation>nie podano aktywności</translation>
        </message>
        <message>
            <location line="+8" />
            <source>At rest</source>
            <translation>W spoczynku</translation>
        </message>
        <message>
            <location line="+0" />
            <source>On exertion</source>
            <translation>Przy wysiłku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>During sleep</source>
            <translation>Podczas snu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>On oxygen</source>
            <translation>Z tlenem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity not stated</source>
            <translation>Nie podano aktywności</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/domain/status_words.py" line="+25" />
            <source>Needed, no driver yet</source>
            <translation>Potrzebny, brak kierowcy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Driver asked</source>
            <translation>Poproszono kierowcę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirmed</source>
            <translation>Potwierdzono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Wykonano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Odwołano</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Confirmed, no driver named</source>
            <translation>Potwierdzony, bez wskazanego kierowcy</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/wording.py" line="+11" />
            <source>There</source>
            <translation>Dojazd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Back home</source>
            <translation>Powrót do domu</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/pdf/charts.py" line="+213" />
            <source>reference range</source>
            <translation>zakres referencyjny</translation>
        </message>
        <message>
            <location line="+87" />
            <source>too few notes for a trend</source>
            <extracomment>A sparkline is drawn from this many points on; fewer are no trend.</extracomment>
            <translation>za mało notatek, by określić trend</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/pdf/layout.py" line="+389" />
            <location line="+33" />
            <source>Page {page} of {total}</source>
            <extracomment>What ``wrap`` (and the line breaking under it) sets on the paragraph.</extracomment>
            <translation>Strona {page} z {total}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/wording.py" line="+6" />
            <source>born {date}</source>
            <translation>ur. {date}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/pdf/layout.py" line="+17" />
            <source>Nothing to show.</source>
            <translation>Brak danych do pokazania.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/render.py" line="-336" />
            <location filename="../src/careorganiser/services/packs.py" line="+111" />
            <source>Appointment pack</source>
            <translation>Pakiet na wizytę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions to ask</source>
            <translation>Pytania do zadania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medications</source>
            <translation>Leki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication adherence</source>
            <translation>Przyjmowanie leków</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+103" />
            <source>Symptoms</source>
            <translation>Objawy</translation>
        </message>
        <message>
            <location line="-102" />
            <source>Measurements and tests</source>
            <translation>Pomiary i badania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trial and treatment follow-up</source>
            <translation>Obserwacja badania i leczenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinical trials to discuss</source>
            <translation>Badania kliniczne do omówienia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Getting there and back</source>
            <translation>Dojazd i powrót</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+179" />
            <source>Since {date}</source>
            <translation>Od {date}</translation>
        </message>
        <message>
            <location line="-137" />
            <source>and {count} more</source>
            <translation>i jeszcze {count}</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+371" />
            <source>Started</source>
            <translation>Rozpoczęto</translation>
        </message>
        <message>
            <location line="-371" />
            <location line="+371" />
            <source>Stopped</source>
            <translation>Odstawiono</translation>
        </message>
        <message>
            <location line="-371" />
            <location line="+371" />
            <source>Changed</source>
            <translation>Zmieniono</translation>
        </message>
        <message>
            <location line="-365" />
            <source>No medicine started, stopped or changed since {date}</source>
            <translation>Od {date} nie rozpoczęto, nie odstawiono ani nie zmieniono żadnego leku</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Medicines</source>
            <translation>Leki</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{percent} taken: {taken} of {scheduled} doses; {missed} missed, {skipped} skipped</source>
            <translation>Przyjęto {percent}: {taken} z {scheduled} dawek; nieprzyjęte: {missed}, pominięte: {skipped}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{text} (since {date})</source>
            <translation>{text} (od {date})</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Least taken: {list}</source>
            <translation>Najrzadziej przyjmowane: {list}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Adherence</source>
            <translation>Przyjmowanie leków</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Measurements</source>
            <translation>Pomiary</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name}: worse lately; average {average}, worst {worst}, noted {count} times</source>
            <translation>{name}: ostatnio gorzej; średnio {average}, najgorzej {worst}, zapisano {count} razy</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Important questions</source>
            <translation>Ważne pytania</translation>
        </message>
        <message>
            <location line="+8" />
            <source>pre-screen {fits} fit, {conflicts} conflict</source>
            <translation>wstępna ocena: pasuje {fits}, konflikt {conflicts}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Trials to discuss</source>
            <translation>Badania do omówienia</translation>
        </message>
        <message>
            <location line="+22" />
            <source>no change</source>
            <translation>bez zmian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{number} points</source>
            <translation>{number} pkt</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/gather.py" line="-10" />
            <location filename="../src/careorganiser/pack/render.py" line="+21" />
            <source>{value} on {date}</source>
            <translation>{value}, {date}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/render.py" line="+7" />
            <source>measured that day</source>
            <translation>zmierzono tego dnia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{change} (from {value})</source>
            <translation>{change} (z {value})</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Since the last visit</source>
            <translation>Od ostatniej wizyty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latest</source>
            <translation>Ostatni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since first shown</source>
            <translation>Od pierwszego pokazania</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Also charted: {names}</source>
            <translation>Na wykresie także: {names}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>At a glance</source>
            <translation>W skrócie</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+839" />
            <location filename="../src/careorganiser/services/packs.py" line="+1" />
            <source>Health summary</source>
            <translation>Podsumowanie zdrowia</translation>
        </message>
        <message>
            <location line="-835" />
            <source>{date} at {time}</source>
            <translation>{date}, godz. {time}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>In this pack</source>
            <translation>W tym pakiecie</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Sex</source>
            <translation>Płeć</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/card.py" line="-75" />
            <location filename="../src/careorganiser/pack/render.py" line="+7" />
            <source>Allergies</source>
            <translation>Alergie</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/render.py" line="+7" />
            <source>Female</source>
            <translation>Kobieta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Male</source>
            <translation>Mężczyzna</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{start} to {end} ({minutes} minutes)</source>
            <translation>{start}–{end} ({minutes} min)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+121" />
            <location line="+594" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="-714" />
            <source>Time</source>
            <translation>Godzina</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clinician</source>
            <translation>Lekarz</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Place</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Purpose</source>
            <translation>Cel</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Most important first, with room to write the answers.</source>
            <translation>Najważniejsze na początku, z miejscem na odpowiedzi.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Important</source>
            <translation>Ważne</translation>
        </message>
        <message>
            <location line="+6" />
            <source>about {name}</source>
            <translation>dotyczy: {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>about trial {name}</source>
            <translation>dotyczy badania {name}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Taking now</source>
            <translation>Przyjmowane obecnie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Planned to start</source>
            <translation>Planowane rozpoczęcie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Starts</source>
            <translation>Początek</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Stock: {stock}</source>
            <translation>Zapas: {stock}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Dose and when</source>
            <translation>Dawka i pora</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Prescribed by</source>
            <translation>Przepisał(a)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since</source>
            <translation>Od</translation>
        </message>
        <message>
            <location line="+19" />
            <source>What changed</source>
            <translation>Co się zmieniło</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="-28" />
            <source>Why</source>
            <translation>Powód</translation>
        </message>
        <message>
            <location line="+13" />
            <source>From {start} to {end}</source>
            <translation>Od {start} do {end}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Missed and skipped doses</source>
            <translation>Nieprzyjęte i pominięte dawki</translation>
        </message>
        <message>
            <location line="+72" />
            <source>counted {start} to {end}</source>
            <translation>liczone od {start} do {end}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>counted from {date}</source>
            <translation>liczone od {date}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>counted until {date}</source>
            <translation>liczone do {date}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>All medications</source>
            <translation>Wszystkie leki</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Scheduled</source>
            <translation>Zaplanowane</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Taken</source>
            <translation>Przyjęte</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Skipped</source>
            <translation>Pominięte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missed</source>
            <translation>Nieprzyjęte</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Taken %</source>
            <translation>% przyjętych</translation>
        </message>
        <message>
            <location line="-96" />
            <location line="+127" />
            <source>{time} on {day} missed</source>
            <translation>{time}, {day}: nieprzyjęta</translation>
        </message>
        <message>
            <location line="-126" />
            <location line="+126" />
            <source>{time} on {day} skipped</source>
            <translation>{time}, {day}: pominięta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>every dose missed {days} ({count})</source>
            <translation>każda dawka nieprzyjęta {days} ({count})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>every dose skipped {days} ({count})</source>
            <translation>każda dawka pominięta {days} ({count})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>on {day}</source>
            <translation>{day}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{count} doses in a row missed on {day}, {start} to {end}</source>
            <translation>Kolejne nieprzyjęte dawki ({count}), {day}, od {start} do {end}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} doses in a row skipped on {day}, {start} to {end}</source>
            <translation>Kolejne pominięte dawki ({count}), {day}, od {start} do {end}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} doses in a row missed, {start} to {end}</source>
            <translation>Kolejne nieprzyjęte dawki ({count}), od {start} do {end}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} doses in a row skipped, {start} to {end}</source>
            <translation>Kolejne pominięte dawki ({count}), od {start} do {end}</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>{time} on {day}</source>
            <translation>{time}, {day}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Others</source>
            <translation>Inne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{runs} shorter runs: {missed} missed, {skipped} skipped (counted in the table above)</source>
            <translation>Krótsze serie ({runs}): nieprzyjęte {missed}, pominięte {skipped} (policzone w tabeli powyżej)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What happened</source>
            <translation>Co się stało</translation>
        </message>
        <message>
            <location line="-148" />
            <location line="+20" />
            <location line="+128" />
            <location line="+17" />
            <location line="+239" />
            <location line="+66" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="-10" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="-880" />
            <source>{text}; some days not counted (see Medication adherence)</source>
            <translation>{text}; niektóre dni nieliczone (zob. Przyjmowanie leków)</translation>
        </message>
        <message>
            <location line="+269" />
            <source>not filed under an appointment</source>
            <translation>nieprzypisane do żadnej wizyty</translation>
        </message>
        <message>
            <location line="+148" />
            <source>Recorded at times off the schedule</source>
            <translation>Zapisane o porach spoza harmonogramu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} doses were recorded at times none of the schedules had (for example before the app followed the medicine, or after a change of time zone); they are not counted in the table above.</source>
            <translation>Dawki zapisane o porach, których nie ma w żadnym harmonogramie (np. zanim aplikacja zaczęła śledzić lek albo po zmianie strefy czasowej): {count}; nie są liczone w tabeli powyżej.</translation>
        </message>
        <message>
            <location line="-30" />
            <source>{time} on {day} taken</source>
            <translation>{time}, {day}: przyjęta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{text} (as needed)</source>
            <translation>{text} (doraźnie)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>… and {count} more, earlier</source>
            <translation>… i jeszcze {count}, wcześniejszych</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+20" />
            <source>What was recorded</source>
            <translation>Co zapisano</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Notes on doses</source>
            <translation>Notatki do dawek</translation>
        </message>
        <message>
            <location line="+26" />
            <source>not counted on {date}</source>
            <translation>nieliczone {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not counted {start} to {end}</source>
            <translation>nieliczone od {start} do {end}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{days} (the app was not following it)</source>
            <translation>{days} (aplikacja go nie śledziła)</translation>
        </message>
        <message>
            <location line="+118" />
            <source>Severity is on one scale from 0 to 4: 0 none, 1 mild, 2 moderate, 3 severe, 4 very severe.</source>
            <translation>Nasilenie w jednej skali od 0 do 4: 0 brak, 1 łagodne, 2 umiarkowane, 3 ciężkie, 4 bardzo ciężkie.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes shown: {shown} of {total}, those with the worst symptoms and the most written.</source>
            <translation>Pokazane notatki: {shown} z {total}, te z najcięższymi objawami i najdłuższym opisem.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Symptom</source>
            <translation>Objaw</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Times noted</source>
            <translation>Ile razy</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Average severity</source>
            <translation>Średnie nasilenie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Worst</source>
            <translation>Najgorzej</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Trend</source>
            <translation>Trend</translation>
        </message>
        <message>
            <location line="+75" />
            <source>Latest {value} on {date}</source>
            <translation>Ostatnio {value}, {date}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{context}: {summary}</source>
            <translation>{context}: {summary}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>first shown {value} on {date}</source>
            <translation>po raz pierwszy {value}, {date}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>lowest {low}, highest {high} in {count} readings</source>
            <translation>najniższy {low}, najwyższy {high}, pomiarów: {count}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>reference range {low} to {high}</source>
            <translation>zakres referencyjny {low}–{high}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>reference {low} or more</source>
            <translation>norma: {low} lub więcej</translation>
        </message>
        <message>
            <location line="+3" />
            <source>reference up to {high}</source>
            <translation>norma: do {high}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Tested on</source>
            <translation>Data badania</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tested before the chart on</source>
            <translation>Badania sprzed wykresu</translation>
        </message>
        <message>
            <location line="+4" />
            <source>and {count} earlier, the first on {date}</source>
            <translation>i wcześniejsze ({count}), pierwsze {date}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Fits</source>
            <translation>Pasuje</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Conflicts</source>
            <translation>Konflikty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No recent data</source>
            <translation>Brak aktualnych danych</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ask the trial team</source>
            <translation>Zapytać zespół badania</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Considering</source>
            <translation>Rozważamy</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Contacted the team</source>
            <translation>Skontaktowano się z zespołem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In screening</source>
            <translation>W trakcie kwalifikacji</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Enrolled</source>
            <translation>Uczestniczy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not eligible</source>
            <translation>Nie kwalifikuje się</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Declined</source>
            <translation>Zrezygnowano</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The pre-screen holds each trial's published criteria against the latest measurements. It is something to discuss with the clinician and the trial team, never a verdict.</source>
            <translation>Wstępna ocena porównuje opublikowane kryteria każdego badania z ostatnimi pomiarami. To materiał do rozmowy z lekarzem i zespołem badania, nigdy rozstrzygnięcie.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Our interest: {what}</source>
            <translation>Nasze zainteresowanie: {what}</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+42" />
            <source>Warning</source>
            <translation>Ostrzeżenie</translation>
        </message>
        <message>
            <location line="-40" />
            <source>Design</source>
            <translation>Schemat badania</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Main results measured</source>
            <translation>Główne mierzone wyniki</translation>
        </message>
        <message>
            <location line="+7" />
            <source>To ask the trial team</source>
            <translation>Pytania do zespołu badania</translation>
        </message>
        <message>
            <location line="+4" />
            <source>… and {count} more items of the record for the trial team.</source>
            <translation>… i jeszcze {count} pozycji rekordu dla zespołu badania.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No </source>
            <translation>Nie </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Offer without an NCT number: {name}</source>
            <translation>Propozycja bez numeru NCT: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who offers it</source>
            <translation>Kto oferuje</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What is offered</source>
            <translation>Co jest oferowane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cost</source>
            <translation>Koszt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where we heard of it</source>
            <translation>Skąd o tym wiemy</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{fits} fit, {conflicts} conflict, {no_data} without recent data, {ask} for the trial team</source>
            <translation>pasuje: {fits}, konflikt: {conflicts}, brak aktualnych danych: {no_data}, do zespołu badania: {ask}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Must have</source>
            <translation>Kryterium włączenia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Must not have</source>
            <translation>Kryterium wyłączenia</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Criterion</source>
            <translation>Kryterium</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+15" />
            <source>Pre-screen</source>
            <translation>Wstępna ocena</translation>
        </message>
        <message>
            <location line="-867" />
            <source>No current medicines recorded</source>
            <translation>Nie zapisano żadnych obecnie przyjmowanych leków</translation>
        </message>
        <message>
            <location line="+6" />
            <source>To start: {list}</source>
            <translation>Do rozpoczęcia: {list}</translation>
        </message>
        <message>
            <location line="+317" />
            <source>Started, stopped or changed since {date}</source>
            <translation>Rozpoczęte, odstawione lub zmienione od {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started, stopped or changed</source>
            <translation>Rozpoczęte, odstawione lub zmienione</translation>
        </message>
        <message>
            <location line="+543" />
            <source>Our latest data</source>
            <translation>Nasze ostatnie dane</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{direction}: no pick-up arranged yet</source>
            <translation>{direction}: odbiór jeszcze nieustalony</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{direction}: pick-up at {time} on {date}</source>
            <translation>{direction}: odbiór o {time}, {date}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>From</source>
            <translation>Skąd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To</source>
            <translation>Dokąd</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="-4" />
            <location line="+47" />
            <source>Driver</source>
            <translation>Kierowca</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Driver's phone</source>
            <translation>Telefon kierowcy</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="-45" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Changes are from the baseline visit. A relative fall in FVC of 10% or more, in DLCO of 15% or more, or a fall in six-minute walk distance of 50 m or more within a year is what IPF clinicians count as a sign of progression.</source>
            <translation>Zmiany liczone są od wizyty początkowej. Względny spadek FVC o 10% lub więcej, DLCO o 15% lub więcej albo spadek dystansu w teście 6-minutowego marszu o 50 m lub więcej w ciągu roku lekarze zajmujący się IPF uznają za oznakę progresji.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Baseline {date}; visits: {visits}.</source>
            <translation>Wizyta początkowa {date}; wizyty: {visits}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>(this visit)</source>
            <translation>(ta wizyta)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Visit</source>
            <translation>Wizyta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Day</source>
            <translation>Dzień</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tests</source>
            <translation>Badania</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Results</source>
            <translation>Wyniki</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change since baseline</source>
            <translation>Zmiana od początku</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Threshold crossed: {rules}.</source>
            <translation>Przekroczony próg: {rules}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Suggested questions</source>
            <translation>Proponowane pytania</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Still to do</source>
            <translation>Do zrobienia</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Trial team: {contact}</source>
            <translation>Zespół badania: {contact}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinic contact: {contact}</source>
            <translation>Kontakt z przychodnią: {contact}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Out of hours: {what}</source>
            <translation>Poza godzinami pracy: {what}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Side effect or event</source>
            <translation>Działanie niepożądane lub zdarzenie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Severity</source>
            <translation>Nasilenie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team told</source>
            <translation>Zespół wie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Outcome</source>
            <translation>Skutek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Side effects and events</source>
            <translation>Działania niepożądane i zdarzenia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The most recent {shown} of {count}; all of them are in the app.</source>
            <translation>Ostatnie {shown} z {count}; wszystkie są w aplikacji.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Appointment pack · {date}</source>
            <translation>Pakiet na wizytę · {date}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/ridesheet.py" line="-59" />
            <location line="+3" />
            <location line="+1" />
            <location filename="../src/careorganiser/services/packs.py" line="+1" />
            <source>Ride sheet</source>
            <translation>Karta przejazdu</translation>
        </message>
        <message>
            <location line="-3" />
            <source>No rides are arranged.</source>
            <translation>Nie zaplanowano przejazdów.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Ride sheet for {name}</source>
            <translation>Karta przejazdu: {name}</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+4" />
            <source>Appointment at {time}</source>
            <translation>Wizyta o {time}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{direction}: pick up at {time}</source>
            <translation>{direction}: odbiór o {time}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Pick up from</source>
            <translation>Odbiór z</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take to</source>
            <translation>Zawieź do</translation>
        </message>
        <message>
            <location line="+17" />
            <source>If something goes wrong</source>
            <translation>Gdy coś pójdzie nie tak</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The clinic</source>
            <translation>Przychodnia</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>The clinic: running late, or cannot come</source>
            <translation>Przychodnia: spóźnienie lub odwołanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinic reception</source>
            <translation>Rejestracja przychodni</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Passenger</source>
            <translation>Pasażer</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Driver: {direction}</source>
            <translation>Kierowca: {direction}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/packs.py" line="-65" />
            <source>health summary</source>
            <translation>podsumowanie zdrowia</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{when} with {who}</source>
            <translation>{when}, {who}</translation>
        </message>
    </context>
    <context>
        <name>PackDialog</name>
        <message>
            <location filename="../src/careorganiser/ui/pack_words.py" line="+24" />
            <source>Cover page</source>
            <translation>Strona tytułowa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions to ask</source>
            <translation>Pytania do zadania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medications</source>
            <translation>Leki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication adherence</source>
            <translation>Przyjmowanie leków</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Symptoms and notes</source>
            <translation>Objawy i notatki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measurements and tests</source>
            <translation>Pomiary i badania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trial and treatment follow-up</source>
            <translation>Obserwacja badania i leczenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinical trials</source>
            <translation>Badania kliniczne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Getting there and back</source>
            <translation>Dojazd i powrót</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Prepare appointment pack</source>
            <translation>Przygotuj pakiet na wizytę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication card</source>
            <translation>Karta leków</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ride sheet</source>
            <translation>Karta przejazdu</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/dialogs.py" line="+10" />
            <location filename="../src/careorganiser/ui/pack_dialog.py" line="+429" />
            <location line="+26" />
            <source>Print</source>
            <translation>Drukuj</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_dialog.py" line="-327" />
            <source>The printer could not be started.</source>
            <translation>Nie udało się uruchomić drukarki.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>The document could not be read for printing.</source>
            <translation>Nie można odczytać dokumentu do druku.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_choices.py" line="+51" />
            <source>Appointment</source>
            <translation>Wizyta</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Loading…</source>
            <translation>Wczytywanie…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Appointment:</source>
            <translation>&amp;Wizyta:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Paper size</source>
            <translation>Rozmiar papieru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Paper:</source>
            <translation>&amp;Papier:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Large print</source>
            <translation>D&amp;uży druk</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bigger type, for reading without glasses</source>
            <translation>Większa czcionka, do czytania bez okularów</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sections</source>
            <translation>Sekcje</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Trials to include</source>
            <translation>Badania do uwzględnienia</translation>
        </message>
        <message>
            <location line="+12" />
            <source>About this document</source>
            <translation>O tym dokumencie</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Progress</source>
            <translation>Postęp</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Cancel printing</source>
            <translation>&amp;Anuluj drukowanie</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_dialog.py" line="+76" />
            <source>Preview</source>
            <translation>Podgląd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The document as it will print</source>
            <translation>Dokument tak, jak zostanie wydrukowany</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Print…</source>
            <translation>&amp;Drukuj…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Zapisz jako PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_words.py" line="+56" />
            <source>{appointment} (past)</source>
            <translation>{appointment} (minęła)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No appointment: a health summary</source>
            <translation>Bez wizyty: podsumowanie zdrowia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Every ride from today on</source>
            <translation>Wszystkie przejazdy od dzisiaj</translation>
        </message>
        <message>
            <location line="-14" />
            <source>{nct_id} · {title}</source>
            <translation>{nct_id} · {title}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Offer · {name}</source>
            <translation>Propozycja · {name}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_dialog.py" line="+75" />
            <source>Preparing the preview…</source>
            <translation>Przygotowywanie podglądu…</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_words.py" line="-29" />
            <source>Medications taken today, allergies and whom to call, on one page.</source>
            <translation>Leki przyjmowane dzisiaj, alergie i do kogo dzwonić, na jednej stronie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{count} ride legs</source>
            <translation>Odcinki przejazdów: {count}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No rides are arranged for this choice.</source>
            <translation>Dla tego wyboru nie zaplanowano przejazdów.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n strona</numerusform>
                <numerusform>%n strony</numerusform>
                <numerusform>%n stron</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_dialog.py" line="+96" />
            <source>Printing…</source>
            <translation>Drukowanie…</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_choices.py" line="+68" />
            <source>Page {page} of {count}</source>
            <translation>Strona {page} z {count}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_dialog.py" line="-5" />
            <location line="+26" />
            <source>Nothing was printed: {error}</source>
            <translation>Nic nie wydrukowano: {error}</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Sent {count} pages to the printer.</source>
            <translation>Wysłano do drukarki stron: {count}.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Printing was cancelled.</source>
            <translation>Drukowanie anulowano.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+16" />
            <source>Save as PDF</source>
            <translation>Zapisz jako PDF</translation>
        </message>
        <message>
            <location line="-16" />
            <source>PDF files (*.pdf)</source>
            <translation>Pliki PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saved to {path}</source>
            <translation>Zapisano w {path}</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Calendar</source>
            <translation>Kalendarz</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Calendar - {name}</source>
            <translation>Kalendarz - {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <location line="+2" />
            <source>Export calendar</source>
            <translation>Eksportuj kalendarz</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Calendar files (*.ics)</source>
            <translation>Pliki kalendarza (*.ics)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Appointments and rides were saved to {path}. Open it with your calendar program; exporting again later updates the same events.</source>
            <translation>Wizyty i przejazdy zapisano w {path}. Otwórz plik w programie kalendarza; ponowny eksport później zaktualizuje te same wydarzenia.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/menu_entries.py" line="-13" />
            <source>Prepare appointment &amp;pack…</source>
            <translation>Przygotuj p&amp;akiet na wizytę…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Medication card…</source>
            <translation>&amp;Karta leków…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ride sheet…</source>
            <translation>Karta prz&amp;ejazdu…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export &amp;calendar (.ics)…</source>
            <translation>Eksportuj ka&amp;lendarz (.ics)…</translation>
        </message>
    </context>
    <context>
        <name>Person</name>
        <message>
            <location filename="../src/careorganiser/services/person.py" line="+28" />
            <source>female</source>
            <translation>kobieta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>male</source>
            <translation>mężczyzna</translation>
        </message>
        <message>
            <location line="+0" />
            <source>other</source>
            <translation>inna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not recorded</source>
            <translation>nie podano</translation>
        </message>
        <message>
            <location line="+5" />
            <source>NHS number</source>
            <translation>Numer NHS</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hospital number</source>
            <translation>Numer szpitalny</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CHI number</source>
            <translation>Numer CHI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurance number</source>
            <translation>Numer ubezpieczenia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Trial participant id</source>
            <translation>Identyfikator uczestnika badania</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Identifier</source>
            <translation>Identyfikator</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Identifier {number} needs a kind and a value.</source>
            <translation>Identyfikator {number} wymaga rodzaju i wartości.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The identifier “{system}” has no number. Type it or remove the row.</source>
            <translation>Identyfikator „{system}” nie ma numeru. Wpisz go lub usuń wiersz.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Too many identifiers: at most {limit}.</source>
            <translation>Za dużo identyfikatorów: najwyżej {limit}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date of birth</source>
            <translation>Data urodzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conditions</source>
            <translation>Choroby</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allergies</source>
            <translation>Alergie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose female, male, other or not recorded.</source>
            <translation>Wybierz: kobieta, mężczyzna, inna lub nie podano.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Caregiver's name</source>
            <translation>Imię i nazwisko opiekuna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caregiver's phone</source>
            <translation>Telefon opiekuna</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whose number is it? Give the caregiver's name.</source>
            <translation>Czyj to numer? Podaj imię i nazwisko opiekuna.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give a phone number the driver can call, e.g. 07700 900123.</source>
            <translation>Podaj numer telefonu, pod który kierowca może zadzwonić, np. 600 123 456.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A phone number has digits, e.g. 07700 900123.</source>
            <translation>Numer telefonu składa się z cyfr, np. 600 123 456.</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <location filename="../src/careorganiser/ui/person/page.py" line="+57" />
            <source>kind, e.g. NHS number</source>
            <translation>rodzaj, np. numer PESEL</translation>
        </message>
        <message>
            <location line="+3" />
            <source>number</source>
            <translation>numer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Identifier {number}, kind</source>
            <translation>Identyfikator {number}, rodzaj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier {number}, number</source>
            <translation>Identyfikator {number}, numer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove identifier {number}</source>
            <translation>Usuń identyfikator {number}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The person you care for. These details go on the cover of the appointment pack.</source>
            <translation>Osoba pod opieką. Te dane trafiają na stronę tytułową pakietu na wizytę.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Details of the person cared for</source>
            <translation>Dane osoby pod opieką</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;Name</source>
            <translation>&amp;Imię i nazwisko</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+144" />
            <source>Date of birth</source>
            <translation>Data urodzenia</translation>
        </message>
        <message>
            <location line="-143" />
            <source>not recorded, e.g. 14 Mar 1951</source>
            <translation>nie podano, np. 14 mar 1951</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not &amp;known</source>
            <translation>&amp;Nieznana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth not known</source>
            <translation>Data urodzenia nieznana</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Age</source>
            <translation>Wiek</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Date of &amp;birth</source>
            <translation>Data &amp;urodzenia</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Se&amp;x</source>
            <translation>&amp;Płeć</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Identifiers&lt;/b&gt; — health service or hospital numbers</source>
            <translation>&lt;b&gt;Identyfikatory&lt;/b&gt; — numery w systemie ochrony zdrowia lub w szpitalu</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add &amp;identifier</source>
            <translation>Dodaj identy&amp;fikator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add an identifier</source>
            <translation>Dodaj identyfikator</translation>
        </message>
        <message>
            <location line="+14" />
            <source>One per line, e.g. Idiopathic pulmonary fibrosis</source>
            <translation>Jedna w wierszu, np. Idiopatyczne włóknienie płuc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Conditions (one per line)</source>
            <translation>&amp;Choroby (jedna w wierszu)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Conditions</source>
            <translation>Choroby</translation>
        </message>
        <message>
            <location line="+5" />
            <source>One per line, e.g. Penicillin (rash)</source>
            <translation>Jedna w wierszu, np. Penicylina (wysypka)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Allergies (one per line)</source>
            <translation>&amp;Alergie (jedna w wierszu)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Allergies</source>
            <translation>Alergie</translation>
        </message>
        <message>
            <location line="+5" />
            <source>N&amp;otes</source>
            <translation>No&amp;tatki</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Save</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the person's details</source>
            <translation>Zapisz dane osoby</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Undo changes</source>
            <translation>Cofnij zmian&amp;y</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo changes not yet saved</source>
            <translation>Cofnij niezapisane zmiany</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save status</source>
            <translation>Stan zapisu</translation>
        </message>
        <message>
            <location line="+67" />
            <source>14 Mar 1951, 14/03/1951 or 1951-03-14</source>
            <translation>14 mar 1951, 14.03.1951 lub 1951-03-14</translation>
        </message>
        <message>
            <location line="+13" />
            <source>not a date yet</source>
            <translation>to jeszcze nie data</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{day}: {age} years old</source>
            <translation>{day}: wiek {age} lat</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+3" />
            <source>Cannot save</source>
            <translation>Nie można zapisać</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved.</source>
            <translation>Zapisano.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>the person's details</source>
            <translation>dane osoby</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <location filename="../src/careorganiser/services/privacy.py" line="+27" />
            <source>A passphrase cannot be empty.</source>
            <extracomment>After the first wrong passphrase the wait doubles with each further one, up to this many seconds.</extracomment>
            <translation>Hasło nie może być puste.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A passphrase needs at least {n} characters; a few words are easy to remember and hard to guess.</source>
            <translation>Hasło musi mieć co najmniej {n} znaków; kilka słów łatwo zapamiętać, a trudno odgadnąć.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Very easy to guess.</source>
            <translation>Bardzo łatwe do odgadnięcia.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Easy to guess.</source>
            <translation>Łatwe do odgadnięcia.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fairly easy to guess.</source>
            <translation>Dość łatwe do odgadnięcia.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hard to guess.</source>
            <translation>Trudne do odgadnięcia.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Very hard to guess.</source>
            <translation>Bardzo trudne do odgadnięcia.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Too short: at least {n} characters.</source>
            <translation>Za krótkie: co najmniej {n} znaków.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add another word or two that only you would put together.</source>
            <translation>Dodaj jeszcze jedno lub dwa słowa, które tylko Ty połączysz.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/privacy.py" line="+42" />
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This profile is protected by a passphrase. An export writes every record as readable text that anyone with the file can read.

An encrypted backup keeps the records private and can be restored with the same passphrase.</source>
            <translation>Ten profil jest chroniony hasłem. Eksport zapisuje wszystkie dane jako czytelny tekst, który może przeczytać każdy, kto ma plik.

Zaszyfrowana kopia zapasowa zachowuje prywatność danych i można ją przywrócić tym samym hasłem.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Make an &amp;encrypted backup</source>
            <translation>Utwórz &amp;zaszyfrowaną kopię</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export &amp;readable JSON</source>
            <translation>Eksportuj &amp;czytelny JSON</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+8" />
            <location line="+2" />
            <source>Encrypted backup</source>
            <translation>Zaszyfrowana kopia zapasowa</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Care Organiser backups (*.careprofile)</source>
            <translation>Kopie zapasowe Care Organiser (*.careprofile)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved an encrypted copy to {path}.</source>
            <translation>Zapisano zaszyfrowaną kopię w {path}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export readable JSON</source>
            <translation>Eksportuj czytelny JSON</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The file will hold the person's health records in readable form. Keep it somewhere private and delete it when it is no longer needed.</source>
            <translation>Plik będzie zawierał dane o zdrowiu osoby w czytelnej postaci. Przechowuj go w bezpiecznym miejscu i usuń, gdy nie będzie potrzebny.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write readable file</source>
            <translation>Zapisz czytelny plik</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Care Organiser export - {name}</source>
            <translation>Eksport Care Organiser - {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+9" />
            <location line="+3" />
            <source>Export as JSON</source>
            <translation>Eksportuj jako JSON</translation>
        </message>
        <message>
            <location line="-12" />
            <source>JSON files (*.json)</source>
            <translation>Pliki JSON (*.json)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing was exported: {error}</source>
            <translation>Nic nie wyeksportowano: {error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported to {path}.</source>
            <translation>Wyeksportowano do {path}.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Protected profile {n}</source>
            <translation>Profil chroniony {n}</translation>
        </message>
    </context>
    <context>
        <name>ProfilePicker</name>
        <message>
            <location filename="../src/careorganiser/ui/profile_picker.py" line="+41" />
            <source>New profile</source>
            <translation>Nowy profil</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make one profile for each person you care for. A passphrase keeps the records private on a shared computer.</source>
            <translation>Utwórz osobny profil dla każdej osoby pod opieką. Hasło chroni prywatność zapisów na wspólnym komputerze.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Name of the person cared for</source>
            <translation>Imię i nazwisko osoby pod opieką</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Margaret Hale</source>
            <translation>np. Maria Kowalska</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name:</source>
            <translation>&amp;Imię i nazwisko:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Protect with a passphrase</source>
            <translation>&amp;Chroń hasłem</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Passphrase</source>
            <translation>Hasło</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Passphrase again</source>
            <translation>Powtórz hasło</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;phrase:</source>
            <translation>&amp;Hasło:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Again:</source>
            <translation>&amp;Powtórz:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Passphrase strength</source>
            <translation>Siła hasła</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep the passphrase safe: without it the records cannot be opened by anyone.</source>
            <translation>Przechowuj hasło bezpiecznie: bez niego nikt nie otworzy zapisów.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location line="+50" />
            <source>The two passphrases are not the same.</source>
            <translation>Hasła nie są takie same.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Creating the profile…</source>
            <translation>Tworzenie profilu…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Choose a profile — Care Organiser</source>
            <translation>Wybierz profil — Care Organiser</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;h2&gt;Whose records?&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Czyje zapisy?&lt;/h2&gt;</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Profiles</source>
            <translation>Profile</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Open</source>
            <translation>&amp;Otwórz</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;New profile…</source>
            <translation>&amp;Nowy profil…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the &amp;demo</source>
            <translation>Otwórz &amp;demo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A sample profile with six months of records, to try the app</source>
            <translation>Przykładowy profil z zapisami z sześciu miesięcy, do wypróbowania aplikacji</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Protected with a passphrase</source>
            <translation>Chroniony hasłem</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(protected)</source>
            <translation>(chroniony)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a profile and press Open.</source>
            <translation>Wybierz profil i naciśnij Otwórz.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There are no profiles yet. Create one for the person you care for, or open the demo to look around first.</source>
            <translation>Nie ma jeszcze profili. Utwórz profil dla osoby pod opieką albo najpierw otwórz demo, aby się rozejrzeć.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Demo</source>
            <translation>Demo</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/profile_open.py" line="+76" />
            <location line="+32" />
            <location line="+3" />
            <source>Cannot open</source>
            <extracomment>Wrong passphrases count per profile file for as long as the app runs; ``SLEEP`` waits and ``CLOCK`` gives monotonic seconds (tests replace both: no real waits).</extracomment>
            <translation>Nie można otworzyć</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Please wait {n} seconds before the next try.</source>
            <translation>Poczekaj {n} s przed kolejną próbą.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot bring up to date</source>
            <translation>Nie można zaktualizować</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the records read-only?</source>
            <translation>Otworzyć zapisy tylko do odczytu?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open read-only</source>
            <translation>Otwórz tylko do odczytu</translation>
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <location filename="../src/careorganiser/services/backup.py" line="-184" />
            <location filename="../src/careorganiser/store/profiles.py" line="+535" />
            <source>The profile “{name}” is protected by a passphrase.</source>
            <translation>Profil „{name}” jest chroniony hasłem.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/profiles.py" line="-76" />
            <source>Please give a time zone, for example Europe/London.</source>
            <translation>Podaj strefę czasową, na przykład Europe/Warsaw.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{name}” is not a time zone this computer knows; use a name such as Europe/London or America/New_York.</source>
            <translation>„{name}” nie jest strefą czasową znaną temu komputerowi; użyj nazwy takiej jak Europe/Warsaw lub America/New_York.</translation>
        </message>
        <message>
            <location line="+97" />
            <location line="+23" />
            <location filename="../src/careorganiser/store/profiles.py" line="-153" />
            <location line="+53" />
            <location line="+4" />
            <location line="+414" />
            <location line="+51" />
            <location line="+5" />
            <source>A profile named “{name}” already exists.</source>
            <translation>Profil o nazwie „{name}” już istnieje.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/store/profiles.py" line="-822" />
            <source>A profile needs a name.</source>
            <translation>Profil musi mieć nazwę.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A profile name can be at most {n} characters.</source>
            <translation>Nazwa profilu może mieć najwyżej {n} znaków.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A profile name cannot contain control characters.</source>
            <translation>Nazwa profilu nie może zawierać znaków sterujących.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That name cannot be used for a profile.</source>
            <translation>Tej nazwy nie można użyć dla profilu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That profile name is too long; please use a shorter one.</source>
            <translation>Ta nazwa profilu jest za długa; użyj krótszej.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>There is no profile named “{name}”.</source>
            <translation>Nie ma profilu o nazwie „{name}”.</translation>
        </message>
        <message>
            <location line="+70" />
            <location line="+20" />
            <source>Not saved: “{name}” was replaced or deleted after it was opened here. Open it again.</source>
            <extracomment>The caregiver who is here, shared with every session (store.history records it with each change). Opened for reading only (read-only media, or an old file that could not be upgraded). Why it is read-only, in plain words for the window and the command line ("" when writable). Read-only because its disk was full when it was opened (the command line then says so only when a command writes: ``notice`` is the refusal).</extracomment>
            <translation>Nie zapisano: „{name}” zastąpiono lub usunięto po otwarciu go tutaj. Otwórz go ponownie.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This profile is open read-only.</source>
            <translation>Ten profil jest otwarty tylko do odczytu.</translation>
        </message>
        <message>
            <location line="+85" />
            <source>{path} already exists.</source>
            <translation>{path} już istnieje.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A passphrase cannot be empty.</source>
            <translation>Hasło nie może być puste.</translation>
        </message>
        <message>
            <location line="+155" />
            <source>“{name}” is not a Care Organiser profile: the file holds something else. {backup}</source>
            <extracomment>The statements that made the schema of the first profile this process built, replayed for the next ones.</extracomment>
            <translation>„{name}” nie jest profilem Care Organiser: plik zawiera coś innego. {backup}</translation>
        </message>
        <message>
            <location line="+47" />
            <source>It was saved by an older version and cannot be brought up to date there; copy it to this computer to use it fully.</source>
            <translation>Został zapisany w starszej wersji i nie można go tam zaktualizować; skopiuj go na ten komputer, aby w pełni z niego korzystać.</translation>
        </message>
        <message>
            <location line="+117" />
            <source>That passphrase does not open “{name}”.</source>
            <translation>To hasło nie otwiera „{name}”.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If you are sure of it, the file may be damaged. {backup}</source>
            <translation>Jeśli hasło jest na pewno dobre, plik może być uszkodzony. {backup}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{name}” is on a read-only disk or folder: you can read, print and export it, not change it.</source>
            <translation>„{name}” jest na dysku lub w folderze tylko do odczytu: można go czytać, drukować i eksportować, ale nie zmieniać.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{name}” is open for reading only: the disk it is on is full. You can read, print and export it; free some space and open it again to change it.</source>
            <translation>„{name}” jest otwarty tylko do odczytu: dysk, na którym się znajduje, jest pełny. Można go czytać, drukować i eksportować; zwolnij trochę miejsca i otwórz go ponownie, aby go zmienić.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>There is no backup of it yet.</source>
            <translation>Nie ma jeszcze jego kopii zapasowej.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The newest good backup is from {when}: {path}</source>
            <translation>Najnowsza dobra kopia zapasowa jest z {when}: {path}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>“{name}” cannot be opened: this computer limits the size of the files Care Organiser may write ({size}; see ulimit -f). Raise the limit and try again; the file was not changed.</source>
            <translation>Nie można otworzyć „{name}”: ten komputer ogranicza rozmiar plików, które Care Organiser może zapisywać ({size}; zob. ulimit -f). Zwiększ limit i spróbuj ponownie; plik nie został zmieniony.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{name}” cannot be opened: the disk it is on is full. Free some space and try again; the file was not changed.</source>
            <translation>Nie można otworzyć „{name}”: dysk, na którym się znajduje, jest pełny. Zwolnij trochę miejsca i spróbuj ponownie; plik nie został zmieniony.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>it cannot be read</source>
            <translation>nie da się go odczytać</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“{name}” is damaged ({detail}). The file was not changed. Restore the newest good backup, from {when}: {path} (or open it in the Care Organiser window to rescue what can be read).</source>
            <translation>„{name}” jest uszkodzony ({detail}). Plik nie został zmieniony. Przywróć najnowszą dobrą kopię zapasową z {when}: {path} (albo otwórz go w oknie Care Organiser, aby odzyskać to, co da się odczytać).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{name}” is damaged ({detail}). The file was not changed. There is no backup of it; open it in the Care Organiser window to rescue what can be read.</source>
            <translation>„{name}” jest uszkodzony ({detail}). Plik nie został zmieniony. Nie ma jego kopii zapasowej; otwórz go w oknie Care Organiser, aby odzyskać to, co da się odczytać.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>“{name}” is not a Care Organiser profile.</source>
            <translation>„{name}” nie jest profilem Care Organiser.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{name}” was saved by a newer version of Care Organiser. Install that version to open it; the file has not been changed.</source>
            <translation>„{name}” zapisano w nowszej wersji Care Organiser. Zainstaluj tę wersję, aby go otworzyć; plik nie został zmieniony.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>“{name}” could not be brought up to date for this version ({error}). The file has not been changed and a copy was kept as {backup}. Its records can still be read: reading commands open it read-only.</source>
            <translation>Nie udało się zaktualizować „{name}” do tej wersji ({error}). Plik nie został zmieniony, a kopię zachowano jako {backup}. Zapisy nadal można odczytać: polecenia odczytu otwierają go tylko do odczytu.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/store/reads.py" line="+191" />
            <source>This profile has no time zone set, so times follow this computer's time zone ({zone}). If the computer's zone changes, dose times move with it.</source>
            <extracomment>The columns of the schedules table that make a schedule, in the order :func:`stored_schedule` takes them. A stored instant as an aware UTC datetime; a stored date as a ``date`` (the codec's, so the ORM agrees).</extracomment>
            <translation>Ten profil nie ma ustawionej strefy czasowej, więc godziny są według strefy tego komputera ({zone}). Jeśli strefa komputera się zmieni, godziny dawek przesuną się razem z nią.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This profile's time zone “{name}” is not known on this computer, so times follow this computer's time zone ({zone}) instead and may be hours off.</source>
            <translation>Strefa czasowa tego profilu „{name}” nie jest znana na tym komputerze, więc godziny są według strefy tego komputera ({zone}) i mogą się różnić o kilka godzin.</translation>
        </message>
    </context>
    <context>
        <name>QuestionDialog</name>
        <message>
            <location filename="../src/careorganiser/ui/questions/dialog.py" line="+19" />
            <source>High</source>
            <translation>Wysoki</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Normal</source>
            <translation>Zwykły</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Low</source>
            <translation>Niski</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Not planned yet</source>
            <translation>Jeszcze nie zaplanowano</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{appointment} (past)</source>
            <translation>{appointment} (minęła)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New question</source>
            <translation>Nowe pytanie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change question</source>
            <translation>Zmień pytanie</translation>
        </message>
        <message>
            <location line="+5" />
            <source>for example: Is the decline in FVC enough to change treatment?</source>
            <translation>na przykład: Czy spadek FVC wystarcza, by zmienić leczenie?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Question:</source>
            <translation>&amp;Pytanie:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>Pytanie</translation>
        </message>
        <message>
            <location line="+4" />
            <source>for example side effects, oxygen, trials</source>
            <translation>na przykład działania niepożądane, tlen, badania kliniczne</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Topic:</source>
            <translation>&amp;Temat:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Topic</source>
            <translation>Temat</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Priority:</source>
            <translation>P&amp;riorytet:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Priority</source>
            <translation>Priorytet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High priority questions come first, so they are asked even in a short visit.</source>
            <translation>Pytania o wysokim priorytecie są na początku, by padły nawet podczas krótkiej wizyty.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Appointment the question is for</source>
            <translation>Wizyta, na którą jest pytanie</translation>
        </message>
        <message>
            <location line="-1" />
            <source>For the &amp;appointment:</source>
            <translation>Na &amp;wizytę:</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+6" />
            <source>— none —</source>
            <translation>— brak —</translation>
        </message>
        <message>
            <location line="-2" />
            <source>About a t&amp;rial:</source>
            <translation>Dotyczy &amp;badania:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Trial the question is about</source>
            <translation>Badanie, którego dotyczy pytanie</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} (stopped)</source>
            <translation>{name} (odstawiony)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About a &amp;medication:</source>
            <translation>Dotyczy &amp;leku:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication the question is about</source>
            <translation>Lek, którego dotyczy pytanie</translation>
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <location filename="../src/careorganiser/services/appointments.py" line="-119" />
            <location line="+3" />
            <location filename="../src/careorganiser/services/questions.py" line="+92" />
            <location line="+86" />
            <source>That question no longer exists.</source>
            <translation>To pytanie już nie istnieje.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/questions.py" line="-29" />
            <source>That appointment no longer exists. Choose another, or “Not planned yet”.</source>
            <translation>Ta wizyta już nie istnieje. Wybierz inną albo „Jeszcze nie zaplanowano”.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Choose the priority: high, normal or low.</source>
            <translation>Wybierz priorytet: wysoki, zwykły lub niski.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That trial is no longer saved. Choose another, or none.</source>
            <translation>To badanie nie jest już zapisane. Wybierz inne albo żadne.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That medication is no longer in the list. Choose another, or none.</source>
            <translation>Tego leku nie ma już na liście. Wybierz inny albo żaden.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>This question has an answer. Clear the answer first.</source>
            <translation>To pytanie ma odpowiedź. Najpierw usuń odpowiedź.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Write the answer first.</source>
            <translation>Najpierw wpisz odpowiedź.</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPage</name>
        <message>
            <location filename="../src/careorganiser/domain/status_words.py" line="-27" />
            <source>Open</source>
            <translation>Otwarte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asked, no answer yet</source>
            <translation>Zadane, bez odpowiedzi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered</source>
            <translation>Z odpowiedzią</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/words.py" line="+21" />
            <source>trial {nct}</source>
            <translation>badanie {nct}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/parts.py" line="+28" />
            <source>&amp;New question…</source>
            <translation>&amp;Nowe pytanie…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New question</source>
            <translation>Nowe pytanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit question…</source>
            <translation>&amp;Edytuj pytanie…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit the selected question</source>
            <translation>Edytuj wybrane pytanie</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+19" />
            <location line="+6" />
            <source>Mark &amp;asked</source>
            <translation>Oznacz jako z&amp;adane</translation>
        </message>
        <message>
            <location line="-24" />
            <location line="+25" />
            <source>Mark the selected question asked</source>
            <translation>Oznacz wybrane pytanie jako zadane</translation>
        </message>
        <message>
            <location line="-24" />
            <source>&amp;Move to…</source>
            <translation>&amp;Przenieś do…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected question to another appointment</source>
            <translation>Przenieś wybrane pytanie na inną wizytę</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Delete question</source>
            <translation>&amp;Usuń pytanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected question</source>
            <translation>Usuń wybrane pytanie</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/page.py" line="+70" />
            <source>Write questions down as they come up, and file them under the appointment where you will ask them. Open questions come first, the most important at the top. Open questions not planned yet print in the pack for the next appointment.</source>
            <extracomment>A change to any of these but the questions (a title, a linked trial's name) reads the list all again.</extracomment>
            <translation>Zapisuj pytania, gdy tylko się pojawią, i przypisuj je do wizyty, na której je zadasz. Otwarte pytania są na początku, najważniejsze na górze. Otwarte pytania jeszcze niezaplanowane drukują się w pakiecie na następną wizytę.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>&amp;Questions, by appointment:</source>
            <translation>P&amp;ytania według wizyt:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Question</source>
            <translation>Pytanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Priority</source>
            <translation>Priorytet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Topic</source>
            <translation>Temat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About</source>
            <translation>Dotyczy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Questions, by appointment</source>
            <translation>Pytania według wizyt</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/parts.py" line="+27" />
            <location line="+1" />
            <source>The selected question</source>
            <translation>Wybrane pytanie</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Ans&amp;wer:</source>
            <translation>&amp;Odpowiedź:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer</source>
            <translation>Odpowiedź</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the answer you were given, in your own words</source>
            <translation>otrzymana odpowiedź, własnymi słowami</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Save answer</source>
            <translation>&amp;Zapisz odpowiedź</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the answer</source>
            <translation>Zapisz odpowiedź</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/page.py" line="+38" />
            <source>Questions for the doctor</source>
            <translation>Pytania do lekarza</translation>
        </message>
        <message>
            <location line="+66" />
            <source>an answer to a question</source>
            <translation>odpowiedź na pytanie</translation>
        </message>
        <message>
            <location line="+92" />
            <location filename="../src/careorganiser/ui/questions/words.py" line="+8" />
            <source>Not planned yet</source>
            <translation>Jeszcze nie zaplanowano</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/words.py" line="+4" />
            <source>, with {clinician}</source>
            <translation>, u: {clinician}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Past: {appointment}</source>
            <translation>Minione: {appointment}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no questions yet</source>
            <translation>brak pytań</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} open</source>
            <translation>otwarte: {count}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>none open</source>
            <translation>brak otwartych</translation>
        </message>
        <message>
            <location line="+9" />
            <source>not planned yet (printed in the next appointment’s pack)</source>
            <translation>jeszcze nie zaplanowano (drukowane w pakiecie na następną wizytę)</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/page.py" line="-117" />
            <source>No questions yet. Use “New question” (Ctrl+N) to write down what you want to ask at the next appointment.</source>
            <translation>Brak pytań. Użyj „Nowe pytanie” (Ctrl+N), aby zapisać, o co chcesz zapytać na następnej wizycie.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/parts.py" line="+23" />
            <source>Choose a question above to see it in full and record its answer.</source>
            <translation>Wybierz pytanie powyżej, aby zobaczyć je w całości i zapisać odpowiedź.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/words.py" line="+7" />
            <source>For: {appointment}</source>
            <translation>Na wizytę: {appointment}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Priority: {priority}</source>
            <translation>Priorytet: {priority}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Topic: {topic}</source>
            <translation>Temat: {topic}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>About: {what}</source>
            <translation>Dotyczy: {what}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/parts.py" line="-60" />
            <source>Mark not &amp;asked</source>
            <translation>Oznacz jako niez&amp;adane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark the selected question not asked yet</source>
            <translation>Oznacz wybrane pytanie jako jeszcze niezadane</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/page.py" line="+118" />
            <source>{appointment} (past)</source>
            <translation>{appointment} (minęła)</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+8" />
            <source>Delete question</source>
            <translation>Usuń pytanie</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Delete the question “{text}”? You can undo this.</source>
            <translation>Usunąć pytanie „{text}”? Można to cofnąć.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Deleted the question “{text}”.</source>
            <translation>Usunięto pytanie „{text}”.</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message numerus="yes">
            <location filename="../src/careorganiser/domain/formatting.py" line="+208" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n osoba</numerusform>
                <numerusform>%n osoby</numerusform>
                <numerusform>%n osób</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n kontakt</numerusform>
                <numerusform>%n kontakty</numerusform>
                <numerusform>%n kontaktów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n measurement kind(s)</source>
            <translation>
                <numerusform>%n rodzaj pomiaru</numerusform>
                <numerusform>%n rodzaje pomiarów</numerusform>
                <numerusform>%n rodzajów pomiarów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n medication(s)</source>
            <translation>
                <numerusform>%n lek</numerusform>
                <numerusform>%n leki</numerusform>
                <numerusform>%n leków</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n schedule(s)</source>
            <translation>
                <numerusform>%n harmonogram</numerusform>
                <numerusform>%n harmonogramy</numerusform>
                <numerusform>%n harmonogramów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n dose(s) recorded</source>
            <translation>
                <numerusform>%n zapisana dawka</numerusform>
                <numerusform>%n zapisane dawki</numerusform>
                <numerusform>%n zapisanych dawek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n wizyta</numerusform>
                <numerusform>%n wizyty</numerusform>
                <numerusform>%n wizyt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n ride(s)</source>
            <translation>
                <numerusform>%n przejazd</numerusform>
                <numerusform>%n przejazdy</numerusform>
                <numerusform>%n przejazdów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n symptom note(s)</source>
            <translation>
                <numerusform>%n notatka o objawach</numerusform>
                <numerusform>%n notatki o objawach</numerusform>
                <numerusform>%n notatek o objawach</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n measurement(s)</source>
            <translation>
                <numerusform>%n pomiar</numerusform>
                <numerusform>%n pomiary</numerusform>
                <numerusform>%n pomiarów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n saved trial(s)</source>
            <translation>
                <numerusform>%n zapisane badanie</numerusform>
                <numerusform>%n zapisane badania</numerusform>
                <numerusform>%n zapisanych badań</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n pytanie</numerusform>
                <numerusform>%n pytania</numerusform>
                <numerusform>%n pytań</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n offer(s)</source>
            <translation>
                <numerusform>%n propozycja</numerusform>
                <numerusform>%n propozycje</numerusform>
                <numerusform>%n propozycji</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n follow-up plan(s)</source>
            <translation>
                <numerusform>%n plan obserwacji</numerusform>
                <numerusform>%n plany obserwacji</numerusform>
                <numerusform>%n planów obserwacji</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n follow-up visit(s)</source>
            <translation>
                <numerusform>%n wizyta kontrolna</numerusform>
                <numerusform>%n wizyty kontrolne</numerusform>
                <numerusform>%n wizyt kontrolnych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n side effect(s) or event(s)</source>
            <translation>
                <numerusform>%n działanie niepożądane lub zdarzenie</numerusform>
                <numerusform>%n działania niepożądane lub zdarzenia</numerusform>
                <numerusform>%n działań niepożądanych lub zdarzeń</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n setting(s)</source>
            <translation>
                <numerusform>%n ustawienie</numerusform>
                <numerusform>%n ustawienia</numerusform>
                <numerusform>%n ustawień</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n past version(s)</source>
            <translation>
                <numerusform>%n poprzednia wersja</numerusform>
                <numerusform>%n poprzednie wersje</numerusform>
                <numerusform>%n poprzednich wersji</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <location filename="../src/careorganiser/ui/recovery.py" line="+42" />
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Last dose recorded: {when}.</source>
            <translation>Ostatnia zapisana dawka: {when}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No dose recorded in it.</source>
            <translation>Brak zapisanych dawek.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>“{name}” is damaged</source>
            <translation>„{name}” jest uszkodzony</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&lt;h2&gt;“{name}” is damaged&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;„{name}” jest uszkodzony&lt;/h2&gt;</translation>
        </message>
        <message>
            <location line="+10" />
            <source>it cannot be read</source>
            <translation>nie da się go odczytać</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file of this profile can no longer be read as it should ({problems}). Nothing has been changed in it, and nothing will be erased.</source>
            <translation>Pliku tego profilu nie da się już poprawnie odczytać ({problems}). Niczego w nim nie zmieniono i nic nie zostanie usunięte.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Looking for the newest good backup…</source>
            <translation>Szukanie najnowszej dobrej kopii zapasowej…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Newest good backup</source>
            <translation>Najnowsza dobra kopia zapasowa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore this copy</source>
            <translation>&amp;Przywróć tę kopię</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The damaged file is kept in the trash, never erased</source>
            <translation>Uszkodzony plik trafi do kosza, nigdy nie zostanie skasowany</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Try to r&amp;escue what can be read</source>
            <translation>Spróbuj &amp;odzyskać to, co da się odczytać</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reads every record that can still be read into a new profile</source>
            <translation>Wczytuje do nowego profilu każdy zapis, który wciąż da się odczytać</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Restoring puts the copy in place of this file; the damaged file is kept in the trash. Rescuing makes a new profile from whatever can still be read, and leaves this one as it is.</source>
            <translation>Przywrócenie wstawia kopię w miejsce tego pliku; uszkodzony plik trafia do kosza. Odzyskiwanie tworzy nowy profil z tego, co wciąż da się odczytać, a ten zostawia bez zmian.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>There is no good backup of this profile. Try to rescue what can still be read into a new profile.</source>
            <translation>Nie ma dobrej kopii zapasowej tego profilu. Spróbuj odzyskać do nowego profilu to, co wciąż da się odczytać.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;The newest good backup&lt;/b&gt; was made on {when}. It is protected by the profile's passphrase.</source>
            <translation>&lt;b&gt;Najnowszą dobrą kopię zapasową&lt;/b&gt; utworzono {when}. Jest chroniona hasłem profilu.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;The newest good backup&lt;/b&gt; was made on {when}. It holds: {held}</source>
            <translation>&lt;b&gt;Najnowszą dobrą kopię zapasową&lt;/b&gt; utworzono {when}. Zawiera: {held}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Restore this copy</source>
            <translation>Przywróć tę kopię</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the backup of {when} in place of the damaged file? The damaged file is kept in the trash.</source>
            <translation>Wstawić kopię z {when} w miejsce uszkodzonego pliku? Uszkodzony plik trafi do kosza.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/profile_actions.py" line="+181" />
            <location filename="../src/careorganiser/ui/recovery.py" line="+2" />
            <source>Restore</source>
            <translation>Przywróć</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/careorganiser/ui/recovery.py" line="+7" />
            <source>Restoring…</source>
            <translation>Przywracanie…</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/recovery.py" line="+13" />
            <source>{name} (rescued)</source>
            <translation>{name} (odzyskany)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading what can be read…</source>
            <translation>Odczytywanie tego, co da się odczytać…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>What came back</source>
            <translation>Co udało się odzyskać</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The damaged profile is left as it was.</source>
            <translation>Uszkodzony profil pozostawiono bez zmian.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Restore “{name}” from a backup</source>
            <translation>Przywróć „{name}” z kopii zapasowej</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a copy. The profile as it is now is kept in the trash.</source>
            <translation>Wybierz kopię. Obecna wersja profilu trafi do kosza.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Backups</source>
            <translation>Kopie zapasowe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>checked, good</source>
            <translation>sprawdzona, dobra</translation>
        </message>
        <message>
            <location line="+0" />
            <source>damaged</source>
            <translation>uszkodzona</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not checked</source>
            <translation>niesprawdzona</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Other file…</source>
            <translation>&amp;Inny plik…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Restore</source>
            <translation>&amp;Przywróć</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Restore from a backup file</source>
            <translation>Przywróć z pliku kopii zapasowej</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Care Organiser backups (*.careprofile *.backup);;All files (*)</source>
            <translation>Kopie zapasowe Care Organiser (*.careprofile *.backup);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>automatic</source>
            <translation>automatyczna</translation>
        </message>
        <message>
            <location line="+2" />
            <source>made by hand</source>
            <translation>ręczna</translation>
        </message>
        <message>
            <location line="+2" />
            <source>before an update</source>
            <translation>przed aktualizacją</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+4" />
            <source>Deleted profiles</source>
            <translation>Usunięte profile</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Undelete</source>
            <translation>&amp;Przywróć</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{name} — deleted {when}</source>
            <translation>{name} — usunięty {when}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>“{name}” is back in the list of profiles.</source>
            <translation>„{name}” jest z powrotem na liście profili.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/profile_actions.py" line="-93" />
            <source>&amp;Back up now</source>
            <extracomment>The profile's file was replaced or removed: the window must let go of it and reopen (or pick) one.</extracomment>
            <translation>Kopia zapasowa &amp;teraz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Restore from a backup…</source>
            <translation>Prz&amp;ywróć z kopii zapasowej…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export…</source>
            <translation>Eksp&amp;ortuj…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import…</source>
            <translation>&amp;Importuj…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete profile</source>
            <translation>&amp;Usuń profil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted &amp;profiles (trash)…</source>
            <translation>Usunięte &amp;profile (kosz)…</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Backing up…</source>
            <translation>Tworzenie kopii zapasowej…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Backed up and checked: {path}</source>
            <translation>Utworzono i sprawdzono kopię zapasową: {path}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back up now</source>
            <translation>Utwórz kopię zapasową</translation>
        </message>
        <message>
            <location line="+7" />
            <source>That did not work</source>
            <translation>To się nie udało</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Restore from a backup</source>
            <translation>Przywróć z kopii zapasowej</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace “{name}” with the copy {path}? The profile as it is now is kept in the trash.</source>
            <translation>Zastąpić „{name}” kopią {path}? Obecna wersja profilu trafi do kosza.</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+5" />
            <location line="+1" />
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+19" />
            <source>Care Organiser export (*.json)</source>
            <translation>Eksport Care Organiser (*.json)</translation>
        </message>
        <message>
            <location line="-15" />
            <source>The export is not protected by the passphrase: anyone who has the file can read it. Export anyway?</source>
            <translation>Eksport nie jest chroniony hasłem: każdy, kto ma plik, może go odczytać. Mimo to eksportować?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exporting…</source>
            <translation>Eksportowanie…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exported to {path}</source>
            <translation>Wyeksportowano do {path}</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+3" />
            <location line="+17" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Name of the new profile:</source>
            <translation>Nazwa nowego profilu:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Importing…</source>
            <translation>Importowanie…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Imported into “{name}”: {what}</source>
            <translation>Zaimportowano do „{name}”: {what}</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+13" />
            <source>Delete profile</source>
            <translation>Usuń profil</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Move “{name}” to the trash? It can be brought back from File → Deleted profiles.</source>
            <translation>Przenieść „{name}” do kosza? Można go przywrócić z menu Plik → Usunięte profile.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../src/careorganiser/services/reminders.py" line="+234" />
            <location line="+3" />
            <source>must be a whole number</source>
            <extracomment>How far back "missed while closed" looks, and how long such a dose stays listed unanswered. A ride not confirmed this long before its appointment is flagged (DESIGN.md), here and on Today.</extracomment>
            <translation>musi być liczbą całkowitą</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be between {low} and {high}</source>
            <translation>musi być między {low} a {high}</translation>
        </message>
        <message>
            <location line="+170" />
            <location line="+254" />
            <source>That medication no longer exists.</source>
            <translation>Ten lek już nie istnieje.</translation>
        </message>
        <message>
            <location line="-251" />
            <source>{name} is not taken as needed.</source>
            <translation>{name} nie jest przyjmowany w razie potrzeby.</translation>
        </message>
        <message>
            <location line="+130" />
            <source>{stock} {unit} left (refill at {refill}).</source>
            <translation>Zostało: {stock} {unit} (uzupełnić przy {refill}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>About {days} days of supply.</source>
            <translation>Zapas na około {days} dni.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time to order a refill.</source>
            <translation>Czas zamówić kolejne opakowanie.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Running low: {name}</source>
            <translation>Kończy się: {name}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Tomorrow at {time}: {what}</source>
            <translation>Jutro o {time}: {what}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>appointment</source>
            <translation>wizyta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>with {name}</source>
            <translation>u: {name}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The ride is not arranged yet.</source>
            <translation>Przejazd nie jest jeszcze zorganizowany.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pickup at {time}.</source>
            <translation>Odbiór o {time}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appointment tomorrow</source>
            <translation>Wizyta jutro</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the trip</source>
            <translation>przejazd</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no driver yet</source>
            <translation>brak kierowcy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pickup at {time} for {what}. Driver: {driver}.</source>
            <translation>Odbiór o {time}: {what}. Kierowca: {driver}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From {address}.</source>
            <translation>Z: {address}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ride in two hours</source>
            <translation>Przejazd za dwie godziny</translation>
        </message>
        <message>
            <location line="+5" />
            <source>still needed</source>
            <translation>wciąż potrzebny</translation>
        </message>
        <message>
            <location line="+0" />
            <source>asked, not confirmed</source>
            <translation>poproszono, niepotwierdzony</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The ride for {what} on {date} at {time} is {state}. Arrange a driver.</source>
            <translation>Przejazd ({what}) {date} o {time}: {state}. Znajdź kierowcę.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ride to arrange</source>
            <translation>Przejazd do zorganizowania</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/careorganiser/ui/reminders.py" line="+44" />
            <source>%n hour(s)</source>
            <extracomment>The choices offered by Snooze (minutes); "custom" asks for a number.</extracomment>
            <translation>
                <numerusform>%n godzina</numerusform>
                <numerusform>%n godziny</numerusform>
                <numerusform>%n godzin</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
    </context>
    <context>
        <name>Rides</name>
        <message>
            <location filename="../src/careorganiser/domain/status_words.py" line="-31" />
            <source>Needed: nobody asked yet</source>
            <translation>Potrzebny: nikogo jeszcze nie poproszono</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/appointments/rides.py" line="+133" />
            <source>Asked, not confirmed</source>
            <translation>Poproszono, niepotwierdzony</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/appointments/rides.py" line="+0" />
            <source>Confirmed</source>
            <translation>Potwierdzono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Wykonano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Odwołano</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Confirmed, no driver named</source>
            <translation>Potwierdzony, bez wskazanego kierowcy</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/rides.py" line="-72" />
            <source>New ride</source>
            <translation>Nowy przejazd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change ride</source>
            <translation>Zmień przejazd</translation>
        </message>
        <message>
            <location line="+7" />
            <source>None: a ride on its own</source>
            <translation>Brak: osobny przejazd</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{appointment} (past)</source>
            <translation>{appointment} (minęła)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Appointment:</source>
            <translation>&amp;Wizyta:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Appointment the ride is for</source>
            <translation>Wizyta, na którą jest przejazd</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Pickup day</source>
            <translation>Dzień odbioru</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pickup &amp;day:</source>
            <translation>&amp;Dzień odbioru:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>for example 09:30</source>
            <translation>na przykład 09:30</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pickup &amp;time:</source>
            <translation>&amp;Godzina odbioru:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pickup time</source>
            <translation>Godzina odbioru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Before the appointment starts, with time to park and find the way.</source>
            <translation>Przed rozpoczęciem wizyty, z czasem na zaparkowanie i znalezienie drogi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;From:</source>
            <translation>&amp;Skąd:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pickup address</source>
            <translation>Adres odbioru</translation>
        </message>
        <message>
            <location line="+3" />
            <source>T&amp;o:</source>
            <translation>Do&amp;kąd:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Destination</source>
            <translation>Cel podróży</translation>
        </message>
        <message>
            <location line="+1" />
            <source>— nobody yet —</source>
            <translation>— jeszcze nikt —</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location line="+104" />
            <source>Driver</source>
            <translation>Kierowca</translation>
        </message>
        <message>
            <location line="-105" />
            <source>driver</source>
            <translation>kierowca</translation>
        </message>
        <message>
            <location line="+1" />
            <source>D&amp;river:</source>
            <translation>K&amp;ierowca:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a time, for example 12:30; empty if no ride back</source>
            <translation>godzina, na przykład 12:30; puste, jeśli nie ma powrotu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pickup for the &amp;way back:</source>
            <translation>Odbiór na &amp;powrót:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Return pickup time</source>
            <translation>Godzina odbioru na powrót</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Ride status</source>
            <translation>Status przejazdu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notatki:</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+102" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="-101" />
            <source>For the driver: oxygen, wheelchair, where to wait…</source>
            <translation>Dla kierowcy: tlen, wózek inwalidzki, gdzie czekać…</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Driver chosen</source>
            <translation>Wybrano kierowcę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} is the driver now. Has {name} been asked, or is the ride confirmed?</source>
            <translation>Kierowcą jest teraz {name}. Czy {name} ma już prośbę o przejazd, czy przejazd jest potwierdzony?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not asked yet</source>
            <translation>Jeszcze nie poproszono</translation>
        </message>
        <message>
            <location line="+12" />
            <source>the appointment's place: {place}</source>
            <translation>miejsce wizyty: {place}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>where the ride goes</source>
            <translation>dokąd jedzie przejazd</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Pickup</source>
            <extracomment>Emitted with a message when something could not be done (the page shows it).</extracomment>
            <translation>Odbiór</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+3" />
            <source>nobody yet</source>
            <translation>jeszcze nikt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Way back</source>
            <translation>Powrót</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To</source>
            <translation>Dokąd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>Skąd</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Day</source>
            <translation>Dzień</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rides on their own</source>
            <translation>Osobne przejazdy</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rides for this appointment</source>
            <translation>Przejazdy na tę wizytę</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add a r&amp;ide</source>
            <translation>Dodaj p&amp;rzejazd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a ride</source>
            <translation>Dodaj przejazd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change ride…</source>
            <translation>&amp;Zmień przejazd…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change the selected ride</source>
            <translation>Zmień wybrany przejazd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rem&amp;ove ride</source>
            <translation>U&amp;suń przejazd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove the selected ride</source>
            <translation>Usuń wybrany przejazd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ride stat&amp;us:</source>
            <translation>S&amp;tatus przejazdu:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status of the selected ride</source>
            <translation>Status wybranego przejazdu</translation>
        </message>
        <message>
            <location line="+19" />
            <source>time not set</source>
            <translation>nie ustawiono godziny</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Rides that are not for an appointment: shopping, the pharmacy, a visit.</source>
            <translation>Przejazdy niezwiązane z wizytą: zakupy, apteka, odwiedziny.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No rides on their own on {day}.</source>
            <translation>Brak osobnych przejazdów w dniu {day}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No rides on their own. Use “Add a ride” for a trip that is not to an appointment.</source>
            <translation>Brak osobnych przejazdów. Użyj „Dodaj przejazd” dla podróży, która nie jest na wizytę.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose an appointment in the agenda to see its rides.</source>
            <translation>Wybierz wizytę w terminarzu, aby zobaczyć jej przejazdy.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rides for {appointment}</source>
            <translation>Przejazdy: {appointment}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No ride planned for this appointment. Add one if someone needs to drive.</source>
            <translation>Nie zaplanowano przejazdu na tę wizytę. Dodaj go, jeśli ktoś ma zawieźć.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Remove ride</source>
            <translation>Usuń przejazd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the ride on {when} to {destination}? You can undo this.</source>
            <translation>Usunąć przejazd {when} do: {destination}? Można to cofnąć.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the appointment</source>
            <translation>wizyta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Removed the ride on {when}.</source>
            <translation>Usunięto przejazd {when}.</translation>
        </message>
    </context>
    <context>
        <name>SaveCancel</name>
        <message>
            <location filename="../src/careorganiser/ui/widgets/save_cancel.py" line="+20" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel without saving</source>
            <translation>Anuluj bez zapisywania</translation>
        </message>
    </context>
    <context>
        <name>Schedule</name>
        <message numerus="yes">
            <location filename="../src/careorganiser/domain/schedules.py" line="+490" />
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n godzina</numerusform>
                <numerusform>%n godziny</numerusform>
                <numerusform>%n godzin</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minuta</numerusform>
                <numerusform>%n minuty</numerusform>
                <numerusform>%n minut</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{hours} hours</source>
            <translation>{hours} godz.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>from {start} until {end}</source>
            <translation>od {start} do {end}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>from {start}</source>
            <translation>od {start}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>until {end}</source>
            <translation>do {end}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{days} at {times}</source>
            <translation>{days} o {times}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Once a day at {times}</source>
            <translation>Raz dziennie o {times}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Twice a day at {times}</source>
            <translation>Dwa razy dziennie o {times}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} times a day at {times}</source>
            <translation>{count} razy dziennie o {times}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Every day at {times} from {start}</source>
            <translation>Codziennie o {times} od {start}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every {every} days at {times} from {start}</source>
            <translation>Co {every} dni o {times} od {start}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Every hour from {time} on {date}</source>
            <translation>Co godzinę od {time}, {date}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every {interval} from {time} on {date}</source>
            <translation>Co {interval} od {time}, {date}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>As needed</source>
            <translation>W razie potrzeby</translation>
        </message>
        <message>
            <location line="+2" />
            <source>at least {interval} apart</source>
            <translation>odstęp co najmniej {interval}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>at most once a day</source>
            <translation>najwyżej raz dziennie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>at most {count} a day</source>
            <translation>najwyżej {count} na dobę</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{schedule}, {window}</source>
            <translation>{schedule}, {window}</translation>
        </message>
    </context>
    <context>
        <name>ScheduleEditor</name>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule_logic.py" line="+66" />
            <source>At set times each day</source>
            <extracomment>The ways whose doses fall at times of day typed in the list.</extracomment>
            <translation>O stałych porach codziennie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On chosen weekdays</source>
            <translation>W wybrane dni tygodnia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every N days</source>
            <translation>Co N dni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every N hours</source>
            <translation>Co N godzin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>As needed</source>
            <translation>W razie potrzeby</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule.py" line="+85" />
            <location filename="../src/careorganiser/ui/medications/schedule_logic.py" line="+22" />
            <source>How often</source>
            <translation>Jak często</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule_logic.py" line="+0" />
            <location filename="../src/careorganiser/ui/medications/schedule_parts.py" line="+38" />
            <source>Times of day</source>
            <translation>Pory dnia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Days</source>
            <translation>Dni</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Every</source>
            <translation>Co</translation>
        </message>
        <message>
            <location line="+0" />
            <source>First dose</source>
            <translation>Pierwsza dawka</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule.py" line="+231" />
            <location filename="../src/careorganiser/ui/medications/schedule_logic.py" line="+0" />
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/medications/schedule_logic.py" line="+0" />
            <source>Until</source>
            <translation>Do</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule_logic.py" line="+1" />
            <source>At least</source>
            <translation>Co najmniej</translation>
        </message>
        <message>
            <location line="+0" />
            <source>At most</source>
            <translation>Najwyżej</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schedule</source>
            <translation>Harmonogram</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule.py" line="-231" />
            <source>How &amp;often</source>
            <translation>Jak &amp;często</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule_parts.py" line="+11" />
            <source>e.g. 08:00 or 1pm</source>
            <translation>np. 08:00 lub 13:00</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule_logic.py" line="+8" />
            <location filename="../src/careorganiser/ui/medications/schedule_parts.py" line="+3" />
            <source>Time to add</source>
            <translation>Godzina do dodania</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule_parts.py" line="+1" />
            <source>Add &amp;time</source>
            <translation>Dodaj godz&amp;inę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add this time</source>
            <translation>Dodaj tę godzinę</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remo&amp;ve time</source>
            <translation>Usuń godzi&amp;nę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the chosen time</source>
            <translation>Usuń wybraną godzinę</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule.py" line="+10" />
            <source>Ti&amp;mes of day</source>
            <translation>Po&amp;ry dnia</translation>
        </message>
        <message>
            <location line="+16" />
            <source>On these da&amp;ys</source>
            <translation>W te dn&amp;i</translation>
        </message>
        <message>
            <location line="+9" />
            <source> days</source>
            <translation> dni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every how many days</source>
            <translation>Co ile dni</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+17" />
            <source>Ever&amp;y</source>
            <translation>Co &amp;ile</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Date of the first dose</source>
            <translation>Data pierwszej dawki</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+18" />
            <source>First dose o&amp;n</source>
            <translation>&amp;Pierwsza dawka</translation>
        </message>
        <message>
            <location line="-8" />
            <source> hours</source>
            <translation> godz.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every how many hours</source>
            <translation>Co ile godzin</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+172" />
            <source>First dose on</source>
            <translation>Pierwsza dawka</translation>
        </message>
        <message>
            <location line="-170" />
            <source>Date and time of the first dose</source>
            <translation>Data i godzina pierwszej dawki</translation>
        </message>
        <message>
            <location line="+11" />
            <source> hours apart</source>
            <translation> godz. odstępu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no minimum gap</source>
            <translation>bez minimalnego odstępu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At least how many hours apart</source>
            <translation>Co najmniej ile godzin odstępu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At &amp;least</source>
            <translation>Co &amp;najmniej</translation>
        </message>
        <message>
            <location line="+6" />
            <source> a day</source>
            <translation> na dobę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no daily limit</source>
            <translation>bez limitu dobowego</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At most how many a day</source>
            <translation>Najwyżej ile na dobę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At mos&amp;t</source>
            <translation>Naj&amp;wyżej</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule_parts.py" line="+89" />
            <source>&amp;From</source>
            <translation>&amp;Od</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only from a date</source>
            <translation>Tylko od daty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First day of this schedule</source>
            <translation>Pierwszy dzień tego harmonogramu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Until</source>
            <translation>&amp;Do</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only until a date</source>
            <translation>Tylko do daty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last day of this schedule</source>
            <translation>Ostatni dzień tego harmonogramu</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule.py" line="+8" />
            <source>Only between</source>
            <translation>Tylko w okresie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For a course or a tapering dose: the first and last day of this schedule.</source>
            <translation>Dla kuracji lub stopniowego zmniejszania dawki: pierwszy i ostatni dzień tego harmonogramu.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This schedule in words</source>
            <translation>Ten harmonogram słownie</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In words</source>
            <translation>Słownie</translation>
        </message>
        <message>
            <location line="+133" />
            <source>3 Dec 2026 or 03/12/2026</source>
            <translation>3 gru 2026 lub 03.12.2026</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule_logic.py" line="+68" />
            <source>Not finished: {problem}</source>
            <translation>Niedokończone: {problem}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not finished: {field}: {problem}</source>
            <translation>Niedokończone: {field}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../src/careorganiser/services/search.py" line="+32" />
            <source>Journal note</source>
            <translation>Notatka w dzienniku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Question</source>
            <translation>Pytanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trial</source>
            <translation>Badanie kliniczne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication</source>
            <translation>Lek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appointment</source>
            <translation>Wizyta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ride</source>
            <translation>Przejazd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measurement</source>
            <translation>Pomiar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dose note</source>
            <translation>Notatka do dawki</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <location filename="../src/careorganiser/ui/search_bar.py" line="+62" />
            <source>Searc&amp;h:</source>
            <extracomment>The HTML an entry shows (its DisplayRole is the same in plain words, for screen readers and tests). At most this many results (the best first). kind, record id The results appeared (True) or went away (False): the window gives them its main area meanwhile.</extracomment>
            <translation>Szuka&amp;j:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>notes, questions, trials, medications, contacts, rides (Ctrl+F)</source>
            <translation>notatki, pytania, badania, leki, kontakty, przejazdy (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation>Szukaj</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Search results</source>
            <translation>Wyniki wyszukiwania</translation>
        </message>
        <message>
            <location line="+79" />
            <source>{count} found for “{text}”, best first. Enter opens the first; Escape goes back.</source>
            <translation>Znaleziono {count} dla „{text}”, najlepsze na początku. Enter otwiera pierwszy; Escape wraca.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>1 found for “{text}”. Enter opens it.</source>
            <translation>Znaleziono 1 dla „{text}”. Enter go otwiera.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing found for “{text}”.</source>
            <translation>Nic nie znaleziono dla „{text}”.</translation>
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <location filename="../src/careorganiser/services/symptoms.py" line="+34" />
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <location line="+0" />
            <source>mild</source>
            <translation>łagodne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>moderate</source>
            <translation>umiarkowane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>severe</source>
            <translation>ciężkie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>very severe</source>
            <translation>bardzo ciężkie</translation>
        </message>
    </context>
    <context>
        <name>SymptomTrends</name>
        <message>
            <location filename="../src/careorganiser/ui/journal/trends.py" line="+26" />
            <source>Last 30 days</source>
            <translation>Ostatnie 30 dni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 3 months</source>
            <translation>Ostatnie 3 miesiące</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 6 months</source>
            <translation>Ostatnie 6 miesięcy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last year</source>
            <translation>Ostatni rok</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All notes</source>
            <translation>Wszystkie notatki</translation>
        </message>
        <message>
            <location line="+13" />
            <source>How bad a symptom was each time it was noted, from 0 (none) to 4 (very severe).</source>
            <translation>Nasilenie objawu przy każdym zapisie, od 0 (brak) do 4 (bardzo ciężkie).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Symptom</source>
            <translation>Objaw</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Period</source>
            <translation>Okres</translation>
        </message>
        <message>
            <location line="+4" />
            <source>S&amp;ymptom:</source>
            <translation>O&amp;bjaw:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Period:</source>
            <translation>Okre&amp;s:</translation>
        </message>
        <message>
            <location line="+27" />
            <source>No symptoms noted yet. Note one in the symptom journal and its trend appears here.</source>
            <translation>Nie zapisano jeszcze objawów. Zapisz objaw w dzienniku objawów, a jego trend pojawi się tutaj.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No notes of {symptom} in this period. Choose a longer period.</source>
            <translation>Brak zapisów objawu {symptom} w tym okresie. Wybierz dłuższy okres.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{symptom}: how bad, 0 to 4</source>
            <translation>{symptom}: nasilenie, 0–4</translation>
        </message>
        <message>
            <location line="+2" />
            <source>severity</source>
            <translation>nasilenie</translation>
        </message>
    </context>
    <context>
        <name>Symptoms</name>
        <message>
            <location filename="../src/careorganiser/services/symptoms.py" line="+7" />
            <source>breathlessness</source>
            <translation>duszność</translation>
        </message>
        <message>
            <location line="+0" />
            <source>cough</source>
            <translation>kaszel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>fatigue</source>
            <translation>zmęczenie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nausea</source>
            <translation>nudności</translation>
        </message>
        <message>
            <location line="+0" />
            <source>loss of appetite</source>
            <translation>brak apetytu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>chest tightness</source>
            <translation>ucisk w klatce piersiowej</translation>
        </message>
        <message>
            <location line="+0" />
            <source>dizziness</source>
            <translation>zawroty głowy</translation>
        </message>
        <message>
            <location line="+0" />
            <source>poor sleep</source>
            <translation>słaby sen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>low mood</source>
            <translation>obniżony nastrój</translation>
        </message>
        <message>
            <location line="+0" />
            <source>anxiety</source>
            <translation>lęk</translation>
        </message>
        <message>
            <location line="+0" />
            <source>heartburn</source>
            <translation>zgaga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>diarrhoea</source>
            <translation>biegunka</translation>
        </message>
        <message>
            <location line="+0" />
            <source>joint pain</source>
            <translation>ból stawów</translation>
        </message>
        <message>
            <location line="+0" />
            <source>rash</source>
            <translation>wysypka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sensitivity to sunlight</source>
            <translation>nadwrażliwość na słońce</translation>
        </message>
        <message>
            <location line="+0" />
            <source>swollen ankles</source>
            <translation>obrzęk kostek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>headache</source>
            <translation>ból głowy</translation>
        </message>
        <message>
            <location line="+0" />
            <source>fever</source>
            <translation>gorączka</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+136" />
            <source>That note no longer exists.</source>
            <translation>Ta notatka już nie istnieje.</translation>
        </message>
        <message>
            <location line="-100" />
            <source>The severity of “{name}” must be a whole number from 0 (none) to 4 (very severe).</source>
            <translation>Nasilenie „{name}” musi być liczbą całkowitą od 0 (brak) do 4 (bardzo ciężkie).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Symptoms must be a list of names with severities.</source>
            <translation>Objawy muszą być listą nazw z nasileniem.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Symptom {number} needs a name and a severity.</source>
            <translation>Objaw {number} wymaga nazwy i nasilenia.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Symptom {number}</source>
            <translation>Objaw {number}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Symptom {number} has no name. Type a name or remove it.</source>
            <translation>Objaw {number} nie ma nazwy. Wpisz nazwę lub usuń go.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>“{name}” is listed twice with different severities. Keep one of them.</source>
            <translation>„{name}” występuje dwa razy z różnym nasileniem. Zostaw jedno.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Too many symptoms in one note: at most {limit}.</source>
            <translation>Za dużo objawów w jednej notatce: najwyżej {limit}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Tags</source>
            <translation>Znaczniki</translation>
        </message>
        <message>
            <location line="+5" />
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity and pacing</source>
            <translation>Aktywność i rozkładanie sił</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The note is empty: add a symptom or write a few words.</source>
            <translation>Notatka jest pusta: dodaj objaw lub napisz kilka słów.</translation>
        </message>
    </context>
    <context>
        <name>TodayCommand</name>
        <message>
            <location filename="../src/careorganiser/domain/status_words.py" line="-70" />
            <source>taken</source>
            <translation>przyjęto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>skipped</source>
            <translation>pominięto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DUE NOW</source>
            <translation>DO PRZYJĘCIA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>missed</source>
            <translation>nie przyjęto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>upcoming</source>
            <translation>nadchodząca</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/commands/today.py" line="+29" />
            <source>today: --at {text} is not a date ({why})</source>
            <translation>today: --at {text} nie jest datą ({why})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>today: --at {text} is not an ISO 8601 instant (e.g. 2026-11-21T13:00 or 2026-11-21T13:00:00+00:00)</source>
            <translation>today: --at {text} nie jest chwilą w formacie ISO 8601 (np. 2026-11-21T13:00 lub 2026-11-21T13:00:00+00:00)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>today: --at {text} is out of range (years 1900 to 9000)</source>
            <translation>today: --at {text} jest poza zakresem (lata 1900–9000)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>warning: {message}</source>
            <translation>ostrzeżenie: {message}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Today: {day} (at {time}, {zone})</source>
            <translation>Dzisiaj: {day} (godz. {time}, {zone})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Doses</source>
            <translation>Dawki</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No doses scheduled for this day.</source>
            <translation>Brak dawek zaplanowanych na ten dzień.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>at {time}</source>
            <translation>o {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(as needed)</source>
            <translation>(w razie potrzeby)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Appointments</source>
            <translation>Wizyty</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+11" />
            <source>None on this day.</source>
            <translation>Brak w tym dniu.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>with {clinician}</source>
            <translation>u: {clinician}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no ride planned</source>
            <translation>brak zaplanowanego przejazdu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(ride: {ride})</source>
            <translation>(przejazd: {ride})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rides</source>
            <translation>Przejazdy</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no driver yet</source>
            <translation>brak kierowcy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pickup to {place}</source>
            <translation>odbiór do: {place}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pickup</source>
            <translation>odbiór</translation>
        </message>
        <message>
            <location line="+1" />
            <source>return pickup {time}</source>
            <translation>odbiór powrotny o {time}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Running low</source>
            <translation>Kończące się leki</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No medication is running low.</source>
            <translation>Żaden lek się nie kończy.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>about {days} days of supply</source>
            <translation>zapas na około {days} dni</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{amount} left (refill at {refill})</source>
            <translation>pozostało {amount} (uzupełnić przy {refill})</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../src/careorganiser/domain/status_words.py" line="-14" />
            <source>Taken</source>
            <translation>Przyjęto</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/today/text.py" line="+105" />
            <source>Skipped</source>
            <translation>Pominięto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due now</source>
            <translation>Do przyjęcia teraz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missed</source>
            <translation>Nie przyjęto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Upcoming</source>
            <translation>Nadchodzące</translation>
        </message>
        <message>
            <location line="+32" />
            <source>still needed</source>
            <translation>wciąż potrzebny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>asked, not confirmed</source>
            <translation>poproszono, niepotwierdzony</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confirmed</source>
            <translation>potwierdzony</translation>
        </message>
        <message>
            <location line="+1" />
            <source>done</source>
            <translation>wykonany</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>odwołany</translation>
        </message>
        <message>
            <location line="+41" />
            <source>confirmed, no driver named</source>
            <translation>potwierdzony, bez wskazanego kierowcy</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/page.py" line="+80" />
            <location line="+216" />
            <location filename="../src/careorganiser/ui/today/text.py" line="-62" />
            <location line="+7" />
            <source>Today</source>
            <translation>Dzisiaj</translation>
        </message>
        <message>
            <location line="-82" />
            <source>Undo the last dose answered</source>
            <translation>Cofnij ostatnią oznaczoną dawkę</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/sections.py" line="+107" />
            <source>Reminders</source>
            <translation>Przypomnienia</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Today’s doses</source>
            <translation>Dzisiejsze dawki</translation>
        </message>
        <message>
            <location line="+42" />
            <source>As needed</source>
            <translation>W razie potrzeby</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Next appointments</source>
            <translation>Najbliższe wizyty</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Questions for the next appointment</source>
            <translation>Pytania na następną wizytę</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Running low</source>
            <translation>Kończące się leki</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/text.py" line="-5" />
            <source>As of {time}</source>
            <translation>Stan na {time}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/controller.py" line="+116" />
            <source>Nothing is due right now, and no doses are scheduled today.</source>
            <translation>Nic nie jest teraz do przyjęcia i na dzisiaj nie zaplanowano dawek.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing is due right now. No more doses are scheduled today.</source>
            <translation>Nic nie jest teraz do przyjęcia. Na dzisiaj nie ma już zaplanowanych dawek.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing is due right now. Next: {what} at {time}.</source>
            <translation>Nic nie jest teraz do przyjęcia. Następna: {what} o {time}.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/sections.py" line="-147" />
            <source>Dismiss</source>
            <translation>Ukryj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss the reminder: {title}</source>
            <translation>Ukryj przypomnienie: {title}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/text.py" line="+31" />
            <source>as needed</source>
            <translation>w razie potrzeby</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Taken at {time}</source>
            <translation>Przyjęto o {time}</translation>
        </message>
        <message>
            <location line="-12" />
            <source>{what} at {time}: {state}</source>
            <translation>{what} o {time}: {state}</translation>
        </message>
        <message>
            <location line="-4" />
            <source>{what} at {time}</source>
            <translation>{what} o {time}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/sections.py" line="+42" />
            <source>Undo</source>
            <translation>Cofnij</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/text.py" line="+7" />
            <source>Undo: {subject} {state}</source>
            <translation>Cofnij: {subject} {state}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/sections.py" line="+6" />
            <source>No doses are scheduled today. Add a medication and its times under Medications.</source>
            <translation>Na dzisiaj nie zaplanowano dawek. Dodaj lek i jego pory w zakładce Leki.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Take now</source>
            <translation>Przyjmij teraz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take {what} now</source>
            <translation>Przyjmij teraz: {what}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/controller.py" line="+6" />
            <source>{count} of at most {most} today.</source>
            <translation>Dzisiaj {count} z najwyżej {most}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} today.</source>
            <translation>Dzisiaj: {count}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last: {when}.</source>
            <translation>Ostatnio: {when}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Can be taken now.</source>
            <translation>Można przyjąć teraz.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next allowed at {when}.</source>
            <translation>Następna dozwolona: {when}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not allowed by its schedule.</source>
            <translation>Harmonogram na to nie pozwala.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>yesterday at {time}</source>
            <translation>wczoraj o {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>tomorrow at {time}</source>
            <translation>jutro o {time}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/sections.py" line="+32" />
            <source>Prepare &amp;pack…</source>
            <translation>Przygotuj &amp;pakiet…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Prepare the appointment pack for {when}</source>
            <translation>Przygotuj pakiet na wizytę: {when}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A PDF to print and take to the appointment</source>
            <translation>PDF do wydrukowania i zabrania na wizytę</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/text.py" line="+54" />
            <source>No ride planned.</source>
            <translation>Brak zaplanowanego przejazdu.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <source>Ride {state}: arrange a driver.</source>
            <translation>Przejazd – {state}: znajdź kierowcę.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ride for {when} {state}</source>
            <translation>Przejazd ({when}): {state}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ride {state}</source>
            <translation>Przejazd: {state}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>pickup {time}</source>
            <translation>odbiór {time}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/sections.py" line="+16" />
            <source>No appointments coming. Add one under Appointments &amp; rides.</source>
            <translation>Brak nadchodzących wizyt. Dodaj wizytę w zakładce Wizyty i przejazdy.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/text.py" line="+10" />
            <source>high priority</source>
            <translation>wysoki priorytet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High priority: {text}</source>
            <translation>Wysoki priorytet: {text}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No open questions for the next appointment. Add them under Questions.</source>
            <translation>Brak otwartych pytań na następną wizytę. Dodaj je w zakładce Pytania.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions appear here once an appointment is planned.</source>
            <translation>Pytania pojawią się tutaj, gdy wizyta zostanie zaplanowana.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{stock} {unit} left</source>
            <translation>pozostało {stock} {unit}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>About {days} days of supply</source>
            <translation>Zapas na około {days} dni</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/sections.py" line="+34" />
            <source>Record refill…</source>
            <translation>Zapisz uzupełnienie…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record a refill of {what}</source>
            <translation>Zapisz uzupełnienie: {what}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No medication is running low.</source>
            <translation>Żaden lek się nie kończy.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/answers.py" line="+92" />
            <location line="+26" />
            <location filename="../src/careorganiser/ui/today/page.py" line="+171" />
            <location line="+32" />
            <source>Not recorded</source>
            <translation>Nie zapisano</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/text.py" line="-77" />
            <source>{what} at {time}: {state}.</source>
            <translation>{what} o {time}: {state}.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/controller.py" line="-66" />
            <source>Taken at</source>
            <translation>Przyjęto o</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/answers.py" line="-6" />
            <source>Taken at another time</source>
            <translation>Przyjęto o innej godzinie</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/text.py" line="+6" />
            <source>{what} was due at {time}. At what time was it taken? For example 10:15 or 9pm.</source>
            <translation>{what} – planowo o {time}. O której godzinie przyjęto? Na przykład 10:15 lub 21:00.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/controller.py" line="+5" />
            <source>{label}: {time} is still to come. Type a time up to now.</source>
            <translation>{label}: {time} jeszcze nie nadeszła. Wpisz godzinę do teraz.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/answers.py" line="+17" />
            <source>Reason for skipping</source>
            <translation>Powód pominięcia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why was {what} skipped?</source>
            <translation>Dlaczego pominięto: {what}?</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/text.py" line="-12" />
            <source>Skipped: {reason}</source>
            <translation>Pominięto: {reason}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/answers.py" line="+8" />
            <source>Left as missed</source>
            <translation>Pozostawiono jako nieprzyjętą</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not undone</source>
            <translation>Nie cofnięto</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+7" />
            <source>Snooze</source>
            <translation>Przypomnij później</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Remind again about {what} in how many minutes?</source>
            <translation>Za ile minut ponownie przypomnieć o: {what}?</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/controller.py" line="-29" />
            <source>“{text}” is not a whole number of minutes.</source>
            <extracomment>The follow-up plans' part of the page (read by its own section). What each part of the page is read from: a change to one of these areas reads the part again.</extracomment>
            <translation>„{text}” nie jest pełną liczbą minut.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/page.py" line="-6" />
            <source>Take {what} anyway?</source>
            <translation>Mimo to przyjąć: {what}?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record the dose anyway?</source>
            <translation>Mimo to zapisać dawkę?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record anyway</source>
            <translation>Zapisz mimo to</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Record refill</source>
            <translation>Zapisz uzupełnienie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>How many {unit} of {what} were collected?</source>
            <translation>Ile {unit} leku {what} odebrano?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>units</source>
            <translation>jedn.</translation>
        </message>
    </context>
    <context>
        <name>Trash</name>
        <message>
            <location filename="../src/careorganiser/services/trash.py" line="+48" />
            <location line="+13" />
            <source>That record no longer exists.</source>
            <translation>Ten zapis już nie istnieje.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../src/careorganiser/ui/tray.py" line="+41" />
            <source>Keep reminders running?</source>
            <translation>Czy przypomnienia mają działać dalej?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Care Organiser can keep running in the system tray when you close its window, so medication reminders still appear. You can quit from the tray icon's menu, and change this later under File → Preferences.

Keep running in the tray when the window is closed?</source>
            <translation>Care Organiser może działać w zasobniku systemowym po zamknięciu okna, aby przypomnienia o lekach nadal się pojawiały. Program można zamknąć z menu ikony w zasobniku, a ustawienie zmienić później w Plik → Ustawienia.

Czy działać w zasobniku po zamknięciu okna?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep running in the tray</source>
            <translation>Działaj w zasobniku</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{name} is due</source>
            <translation>Pora na: {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{dose} at {time}.</source>
            <translation>{dose} o {time}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{count} doses are due</source>
            <translation>Dawki do przyjęcia: {count}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Taken, skip or snooze from the tray menu or the Today screen.</source>
            <translation>Przyjęto, pomiń lub przypomnij później — z menu zasobnika lub ekranu Dzisiaj.</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Care Organiser — {name}</source>
            <translation>Care Organiser — {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Care Organiser</source>
            <translation>Care Organiser</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Show Care Organiser</source>
            <translation>Pokaż Care Organiser</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing due now</source>
            <translation>Nic teraz do przyjęcia</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Taken</source>
            <translation>Przyjęto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip</source>
            <translation>Pomiń</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Snooze {time}</source>
            <translation>Przypomnij za {time}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Snooze for…</source>
            <translation>Przypomnij za…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Quit Care Organiser</source>
            <translation>Zakończ Care Organiser</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not recorded</source>
            <translation>Nie zapisano</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Missed while closed</source>
            <translation>Przypadające podczas zamknięcia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{count} doses fell due while Care Organiser was closed. Open it to mark them taken or skipped.</source>
            <translation>Dawki, które przypadły, gdy Care Organiser był zamknięty: {count}. Otwórz go, aby oznaczyć je jako przyjęte lub pominięte.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Care Organiser is still running</source>
            <translation>Care Organiser nadal działa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reminders will appear here. To quit, use this icon's menu.</source>
            <translation>Przypomnienia będą pojawiać się tutaj. Aby zakończyć, użyj menu tej ikony.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/preferences.py" line="+37" />
            <location line="+64" />
            <location line="+12" />
            <source>Preferences</source>
            <translation>Ustawienia</translation>
        </message>
        <message>
            <location line="-71" />
            <source>Medication reminders</source>
            <translation>Przypomnienia o lekach</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <location line="+27" />
            <source> minutes</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="-28" />
            <source>A dose counts as due for</source>
            <translation>Dawka jest do przyjęcia przez</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remind again every</source>
            <translation>Przypominaj ponownie co</translation>
        </message>
        <message>
            <location line="+1" />
            <source> times</source>
            <translation> razy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remind at most</source>
            <translation>Przypominaj najwyżej</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This computer</source>
            <translation>Ten komputer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep running in the tray when the window is closed</source>
            <translation>&amp;Działaj w zasobniku po zamknięciu okna</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This desktop has no system tray: reminders show in the window while it is open.</source>
            <translation>Ten pulpit nie ma zasobnika systemowego: przypomnienia pojawiają się w oknie, gdy jest otwarte.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Start Care Organiser when I log in</source>
            <translation>&amp;Uruchamiaj Care Organiser po zalogowaniu</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Never</source>
            <translation>Nigdy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock a protected profile after minutes without use</source>
            <translation>Blokuj chroniony profil po tylu minutach bezczynności</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock a protected profile after</source>
            <translation>Blokuj chroniony profil po</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List protected profiles by &amp;number, not by name</source>
            <translation>Pokazuj chronione profile jako &amp;numery, nie nazwy</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Could not change starting at login: {error}</source>
            <translation>Nie udało się zmienić uruchamiania po zalogowaniu: {error}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/tray.py" line="+61" />
            <source>&amp;Preferences…</source>
            <translation>U&amp;stawienia…</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurement_chart.py" line="+170" />
            <location line="+15" />
            <source>Trend chart</source>
            <translation>Wykres trendu</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Key to the chart</source>
            <translation>Legenda wykresu</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Trend in words</source>
            <translation>Trend słownie</translation>
        </message>
        <message>
            <location line="+169" />
            <source>No {label} values yet. Add one and its trend appears here.</source>
            <translation>Brak wartości {label}. Dodaj pierwszą, a pojawi się tu jej trend.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Reference range {range}</source>
            <translation>Zakres referencyjny {range}</translation>
        </message>
        <message>
            <location line="+40" />
            <source>{label} {context}</source>
            <translation>{label} {context}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{series}: {value} on {date}</source>
            <translation>{series}: {value}, {date}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{low} to {high}</source>
            <translation>{low}–{high}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>above {low}</source>
            <translation>powyżej {low}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>below {high}</source>
            <translation>poniżej {high}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Latest {value} on {date}.</source>
            <translation>Ostatnio {value}, {date}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{count} values since {date}: lowest {low}, highest {high}.</source>
            <translation>Wartości od {date}: {count}; najniższa {low}, najwyższa {high}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{context}: {summary}</source>
            <translation>{context}: {summary}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reference range {range}.</source>
            <translation>Zakres referencyjny {range}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Values by date, {context}: {items}.</source>
            <translation>Wartości według daty, {context}: {items}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Values by date: {items}.</source>
            <translation>Wartości według daty: {items}.</translation>
        </message>
    </context>
    <context>
        <name>TrialQuestions</name>
        <message>
            <location filename="../src/careorganiser/trials/templates.py" line="+80" />
            <source>this trial</source>
            <translation>to badanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>its registration number</source>
            <translation>jego numer rejestracyjny</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Rejestracja</translation>
        </message>
        <message>
            <source>Is this trial registered, and where? Is {nct_id} its ClinicalTrials.gov number?</source>
            <translation>Czy to badanie jest zarejestrowane i gdzie? Czy {nct_id} to jego numer w ClinicalTrials.gov?</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Faza</translation>
        </message>
        <message>
            <source>What phase is {title}, and what does that phase mean for someone taking part?</source>
            <translation>Jaka jest faza badania {title} i co ta faza oznacza dla uczestnika?</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Bezpieczeństwo</translation>
        </message>
        <message>
            <source>How is safety monitored during the trial, and who reviews it?</source>
            <translation>Jak monitoruje się bezpieczeństwo w trakcie badania i kto je ocenia?</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Cele</translation>
        </message>
        <message>
            <source>What are the realistic goals of this trial? What might it do, and what will it not do, for me?</source>
            <translation>Jakie są realne cele tego badania? Co może mi dać, a czego nie?</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Obserwacja</translation>
        </message>
        <message>
            <source>How long does the trial last, how long is follow-up, and how often are the visits and tests?</source>
            <translation>Jak długo trwa badanie, jak długo trwa obserwacja i jak często są wizyty i badania?</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Ryzyko</translation>
        </message>
        <message>
            <source>What are the possible risks and side effects, and what happens if I have one?</source>
            <translation>Jakie są możliwe ryzyka i działania niepożądane i co się dzieje, jeśli wystąpią?</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Koszty</translation>
        </message>
        <message>
            <source>Will travel and other costs be paid or reimbursed? Is there any compensation for taking part? Will I ever be asked to pay?</source>
            <translation>Czy koszty dojazdu i inne koszty zostaną pokryte lub zwrócone? Czy za udział przysługuje rekompensata? Czy kiedykolwiek będę musiał(a) za coś płacić?</translation>
        </message>
        <message>
            <source>Current treatment</source>
            <translation>Obecne leczenie</translation>
        </message>
        <message>
            <source>Can I keep taking my current treatment, such as antifibrotic medicines, and my usual care while in the trial?</source>
            <translation>Czy w trakcie badania mogę nadal przyjmować obecne leczenie, np. leki antyfibrotyczne, i korzystać ze zwykłej opieki?</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Leczenie</translation>
        </message>
        <message>
            <source>Could I receive a placebo? Will I know which treatment I am getting?</source>
            <translation>Czy mogę otrzymać placebo? Czy będę wiedzieć, jakie leczenie otrzymuję?</translation>
        </message>
        <message>
            <source>Leaving the trial</source>
            <translation>Rezygnacja z badania</translation>
        </message>
        <message>
            <source>What happens if I want to stop, or leave the trial early? Can I go back to my usual care at once?</source>
            <translation>Co się stanie, jeśli zechcę przerwać lub wcześniej zakończyć udział w badaniu? Czy od razu wrócę do zwykłej opieki?</translation>
        </message>
        <message>
            <source>After the trial</source>
            <translation>Po zakończeniu badania</translation>
        </message>
        <message>
            <source>What happens when the trial ends? Can I keep taking the study treatment if it helps me?</source>
            <translation>Co się dzieje po zakończeniu badania? Czy mogę dalej przyjmować badany lek, jeśli mi pomaga?</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakty</translation>
        </message>
        <message>
            <source>Who do I call with a problem or a question during the trial, including at night and at weekends?</source>
            <translation>Do kogo dzwonić z problemem lub pytaniem w trakcie badania, także w nocy i w weekendy?</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Wyniki</translation>
        </message>
        <message>
            <source>Will I be told the results of {title} when they are known?</source>
            <translation>Czy poznam wyniki badania {title}, gdy będą znane?</translation>
        </message>
    </context>
    <context>
        <name>Trials</name>
        <message>
            <location filename="../src/careorganiser/services/trials.py" line="+139" />
            <source>Considering</source>
            <extracomment>A row of the list of saved trials (``store.queries.trials``). Where a row falls in :func:`list_trials` (by NCT number, then id).</extracomment>
            <translation>Rozważamy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contacted the trial team</source>
            <translation>Skontaktowano się z zespołem badania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In screening</source>
            <translation>W trakcie kwalifikacji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrolled</source>
            <translation>Uczestniczy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not eligible</source>
            <translation>Nie kwalifikuje się</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decided not to take part</source>
            <translation>Postanowiono nie brać udziału</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A first, very small study of how the treatment acts in the body.</source>
            <translation>Pierwsze, bardzo małe badanie tego, jak lek działa w organizmie.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first tests in people, usually a small group, to check safety and find the right dose.</source>
            <translation>Pierwsze badania u ludzi, zwykle w małej grupie, by sprawdzić bezpieczeństwo i dobrać dawkę.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A larger group, to see whether the treatment works and to learn more about its safety.</source>
            <translation>Większa grupa, by sprawdzić, czy leczenie działa, i dowiedzieć się więcej o jego bezpieczeństwie.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A large group, comparing the treatment with the usual treatment or a placebo.</source>
            <translation>Duża grupa; porównanie leczenia ze zwykłym leczeniem lub placebo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The treatment is already approved; the study follows how it works in everyday use and its long-term safety.</source>
            <translation>Leczenie jest już zatwierdzone; badanie obserwuje jego działanie w codziennym stosowaniu i bezpieczeństwo długoterminowe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Studies of devices, procedures or ways of caring, and observational studies, have no phase.</source>
            <translation>Badania wyrobów, procedur lub sposobów opieki oraz badania obserwacyjne nie mają fazy.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The record does not give a phase.</source>
            <translation>Rekord nie podaje fazy.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Interventional: participants receive a treatment or procedure being tested.</source>
            <translation>Interwencyjne: uczestnicy otrzymują badane leczenie lub procedurę.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Observational: no treatment is given; participants' health is followed.</source>
            <translation>Obserwacyjne: nie podaje się leczenia; obserwuje się zdrowie uczestników.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expanded access: a treatment not yet approved, offered outside a trial.</source>
            <translation>Rozszerzony dostęp: leczenie jeszcze niezatwierdzone, oferowane poza badaniem.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>It is looking for participants now.</source>
            <translation>Obecnie rekrutuje uczestników.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It has not started looking for participants yet.</source>
            <translation>Jeszcze nie rozpoczęło rekrutacji.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only people invited by the trial team can join.</source>
            <translation>Mogą dołączyć tylko osoby zaproszone przez zespół badania.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It is running, but no longer taking new participants.</source>
            <translation>Trwa, ale nie przyjmuje już nowych uczestników.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It has finished.</source>
            <translation>Zakończone.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It has stopped for now and may start again.</source>
            <translation>Wstrzymane na razie; może zostać wznowione.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It stopped early and will not start again.</source>
            <translation>Przerwane przedwcześnie; nie zostanie wznowione.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It stopped before anyone took part.</source>
            <translation>Przerwane, zanim ktokolwiek wziął udział.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Fits</source>
            <translation>Pasuje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conflicts</source>
            <translation>Konflikty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No recent data</source>
            <translation>Brak aktualnych danych</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask the trial team</source>
            <translation>Zapytać zespół badania</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Inclusion</source>
            <translation>Włączenie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exclusion</source>
            <translation>Wyłączenie</translation>
        </message>
        <message>
            <location line="+12" />
            <source>start</source>
            <translation>rozpoczęcie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>primary completion</source>
            <translation>zakończenie głównej części</translation>
        </message>
        <message>
            <location line="+1" />
            <source>completion</source>
            <translation>zakończenie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>first posted</source>
            <translation>pierwsza publikacja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>last update posted</source>
            <translation>ostatnia aktualizacja</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+11" />
            <source> (estimated)</source>
            <translation> (szacunkowo)</translation>
        </message>
        <message>
            <location line="-10" />
            <source>{what} {date}{estimated}</source>
            <translation>{what}: {date}{estimated}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No phase given</source>
            <translation>Nie podano fazy</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (with {names})</source>
            <translation> (z: {names})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{low} to {high}</source>
            <translation>{low}–{high}</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/trials/prescreen.py" line="+268" />
            <source>no minimum</source>
            <translation>bez minimum</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/trials/prescreen.py" line="+0" />
            <source>no maximum</source>
            <translation>bez maksimum</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/careorganiser/trials/diff.py" line="+54" />
            <source>Official title</source>
            <translation>Tytuł oficjalny</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/trials/diff.py" line="-4" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/trials/diff.py" line="+2" />
            <source>Phase</source>
            <translation>Faza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type of study</source>
            <translation>Rodzaj badania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Design</source>
            <translation>Schemat badania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sponsor</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants</source>
            <translation>Uczestnicy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dates</source>
            <translation>Daty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ages</source>
            <translation>Wiek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conditions</source>
            <translation>Choroby</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{phone} ext. {ext}</source>
            <translation>{phone} wewn. {ext}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{label}: changed</source>
            <translation>{label}: zmieniono</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No saved trial has the NCT number {nct_id}.</source>
            <translation>Żadne zapisane badanie nie ma numeru NCT {nct_id}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That trial is no longer saved.</source>
            <translation>To badanie nie jest już zapisane.</translation>
        </message>
        <message>
            <location line="+107" />
            <source>{count} added</source>
            <translation>dodano: {count}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} updated</source>
            <translation>zaktualizowano: {count}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} restored from the trash</source>
            <translation>przywrócono z kosza: {count}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} unchanged</source>
            <translation>bez zmian: {count}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No trials were imported.</source>
            <translation>Nie zaimportowano żadnych badań.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n trial(s)</source>
            <translation>
                <numerusform>%n badanie</numerusform>
                <numerusform>%n badania</numerusform>
                <numerusform>%n badań</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{trials}: {what}.</source>
            <translation>{trials}: {what}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>added</source>
            <translation>dodano</translation>
        </message>
        <message>
            <location line="+0" />
            <source>updated</source>
            <translation>zaktualizowano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>already saved, nothing changed</source>
            <translation>już zapisane, bez zmian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>restored from the trash</source>
            <translation>przywrócono z kosza</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“{file}” is nested too deeply to be a ClinicalTrials.gov record.</source>
            <translation>„{file}” ma zbyt głęboko zagnieżdżoną strukturę jak na rekord ClinicalTrials.gov.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{file}” holds text that cannot be stored.</source>
            <translation>„{file}” zawiera tekst, którego nie można zapisać.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Choose at least one file to import.</source>
            <translation>Wybierz co najmniej jeden plik do zaimportowania.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Nothing was imported.</source>
            <translation>Nic nie zaimportowano.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was imported from it.</source>
            <translation>Nic z niego nie zaimportowano.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Enter the trial's NCT number: “NCT” followed by 8 digits, for example NCT01234567.</source>
            <translation>Wpisz numer NCT badania: „NCT” i 8 cyfr, na przykład NCT01234567.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{value}” is not an NCT number. It must be “NCT” followed by 8 digits, for example NCT01234567.</source>
            <translation>„{value}” nie jest numerem NCT. Musi to być „NCT” i 8 cyfr, na przykład NCT01234567.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{nct_id} is already saved.</source>
            <translation>{nct_id} jest już zapisane.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Choose one of: {choices}.</source>
            <translation>Wybierz jedno z: {choices}.</translation>
        </message>
        <message>
            <location line="+131" />
            <source>Tick at least one question to add.</source>
            <translation>Zaznacz co najmniej jedno pytanie do dodania.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no question template “{key}”.</source>
            <translation>Nie ma szablonu pytania „{key}”.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The address must start with https:// or http://.</source>
            <translation>Adres musi zaczynać się od https:// lub http://.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>ClinicalTrials.gov ({nct_id})</source>
            <translation>ClinicalTrials.gov ({nct_id})</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Name of the treatment</source>
            <translation>Nazwa leczenia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who offers it</source>
            <translation>Kto oferuje</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What is offered</source>
            <translation>Co jest oferowane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cost</source>
            <translation>Koszt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where you heard of it</source>
            <translation>Skąd o tym wiadomo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="+43" />
            <location line="+13" />
            <source>That offer no longer exists.</source>
            <translation>Ta propozycja już nie istnieje.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/trials/cautions.py" line="+91" />
            <source>The notes mention an NCT number, but no ClinicalTrials.gov record is saved: look it up to check that the trial is registered.</source>
            <translation>Notatki wspominają numer NCT, ale nie zapisano rekordu z ClinicalTrials.gov: wyszukaj go, aby sprawdzić, czy badanie jest zarejestrowane.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This offer has no NCT number, so it is not a registered trial. Reputable trials are registered (for example on ClinicalTrials.gov); ask for the registration number, and talk to the specialist team before agreeing to anything.</source>
            <translation>Ta propozycja nie ma numeru NCT, więc nie jest zarejestrowanym badaniem. Rzetelne badania są rejestrowane (np. w ClinicalTrials.gov); poproś o numer rejestracyjny i porozmawiaj z zespołem specjalistów, zanim na cokolwiek się zgodzisz.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The provider who gives the treatment is also the one selling it ({provider}). In a regulated trial the sponsor pays for the study and an ethics committee checks it; here no one independent does.</source>
            <translation>Podmiot, który podaje leczenie, również je sprzedaje ({provider}). W regulowanym badaniu sponsor płaci za badanie, a komisja bioetyczna je kontroluje; tutaj nikt niezależny tego nie robi.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This trial has no NCT number, so it may not be registered. Reputable trials are registered (for example on ClinicalTrials.gov); ask for the registration number before going further.</source>
            <translation>To badanie nie ma numeru NCT, więc może nie być zarejestrowane. Rzetelne badania są rejestrowane (np. w ClinicalTrials.gov); poproś o numer rejestracyjny, zanim pójdziesz dalej.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This mentions paying to take part. Reputable trials do not charge people to participate; clinics that sell unproven treatments (such as stem cell treatments) are not regulated trials. Talk to the specialist team first.</source>
            <translation>Tu jest mowa o płaceniu za udział. Rzetelne badania nie pobierają opłat od uczestników; kliniki sprzedające niesprawdzone terapie (np. komórkami macierzystymi) nie prowadzą regulowanych badań. Najpierw porozmawiaj z zespołem specjalistów.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The sponsor is the clinic that runs the study ({sponsor}). Studies run and paid for by the clinic selling the treatment are a warning sign; ask who checks the study independently (an ethics committee, a regulator).</source>
            <translation>Sponsorem jest klinika prowadząca badanie ({sponsor}). Badania prowadzone i finansowane przez klinikę sprzedającą leczenie to sygnał ostrzegawczy; zapytaj, kto niezależnie je kontroluje (komisja bioetyczna, urząd rejestracji).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The record says “{status}” but its completion date ({date}) has passed: the record has not been kept up to date. Ask the team what the study's real state is.</source>
            <translation>Rekord podaje status „{status}”, ale data zakończenia ({date}) już minęła: rekord nie jest aktualizowany. Zapytaj zespół, jaki jest rzeczywisty stan badania.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The study finished more than a year ago and no results are posted. Registered trials are expected to post results; ask the team where the results are.</source>
            <translation>Badanie zakończyło się ponad rok temu, a wyniki nie zostały opublikowane. Od zarejestrowanych badań oczekuje się publikacji wyników; zapytaj zespół, gdzie są wyniki.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A single-group phase 1 study: a first test of safety and dose in a few people, all given the treatment, with nothing to compare against. It cannot show that the treatment works.</source>
            <translation>Badanie fazy 1 z jedną grupą: pierwszy test bezpieczeństwa i dawki u kilku osób, wszystkie otrzymują leczenie, bez grupy porównawczej. Nie może wykazać, że leczenie działa.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/trials/diff.py" line="+1" />
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start date</source>
            <translation>Data rozpoczęcia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Primary completion date</source>
            <translation>Data zakończenia głównej części</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Completion date</source>
            <translation>Data zakończenia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enrollment</source>
            <translation>Liczba uczestników</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eligibility criteria</source>
            <translation>Kryteria kwalifikacji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum age</source>
            <translation>Wiek minimalny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maximum age</source>
            <translation>Wiek maksymalny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sex</source>
            <translation>Płeć</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last update posted</source>
            <translation>Ostatnia aktualizacja</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{date} (estimated)</source>
            <translation>{date} (szacunkowo)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{count} (estimated)</source>
            <translation>{count} (szacunkowo)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All</source>
            <translation>Wszystkie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Female</source>
            <translation>Kobieta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Male</source>
            <translation>Mężczyzna</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Site added</source>
            <translation>Dodano ośrodek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Site removed</source>
            <translation>Usunięto ośrodek</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Site status changed: {place}</source>
            <translation>Zmienił się status ośrodka: {place}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>central contact</source>
            <translation>kontakt centralny</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Contact added</source>
            <translation>Dodano kontakt</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Contact details changed</source>
            <translation>Zmieniono dane kontaktowe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Contact removed</source>
            <translation>Usunięto kontakt</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/trials/model.py" line="+361" />
            <source>Not applicable</source>
            <translation>Nie dotyczy</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+5" />
            <source>Early phase 1</source>
            <translation>Wczesna faza 1</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+2" />
            <source>Phase {numbers}</source>
            <translation>Faza {numbers}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Recruiting</source>
            <translation>Rekrutacja trwa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not yet recruiting</source>
            <translation>Rekrutacja jeszcze nie trwa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrolling by invitation</source>
            <translation>Rekrutacja na zaproszenie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active, not recruiting</source>
            <translation>Aktywne, bez rekrutacji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>Zakończone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suspended</source>
            <translation>Wstrzymane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Terminated</source>
            <translation>Przerwane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation>Wycofane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown status</source>
            <translation>Status nieznany</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Available</source>
            <translation>Dostępne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No longer available</source>
            <translation>Już niedostępne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Temporarily not available</source>
            <translation>Czasowo niedostępne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved for marketing</source>
            <translation>Dopuszczone do obrotu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withheld</source>
            <translation>Wstrzymane z publikacji</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/trials/online.py" line="+39" />
            <source>“{value}” is not an NCT number (NCT followed by 8 digits).</source>
            <translation>„{value}” nie jest numerem NCT (NCT i 8 cyfr).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The ClinicalTrials.gov address must start with https:// or http://.</source>
            <translation>Adres ClinicalTrials.gov musi zaczynać się od https:// lub http://.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>ClinicalTrials.gov sent an answer for {nct_id} that is not a study record; try again later.</source>
            <translation>ClinicalTrials.gov odesłało dla {nct_id} odpowiedź, która nie jest rekordem badania; spróbuj później.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ClinicalTrials.gov sent {count} studies for {nct_id} instead of one.</source>
            <translation>ClinicalTrials.gov odesłało dla {nct_id} kilka badań ({count}) zamiast jednego.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>ClinicalTrials.gov has no study {nct_id}; check the number.</source>
            <translation>ClinicalTrials.gov nie ma badania {nct_id}; sprawdź numer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ClinicalTrials.gov answered with an error (HTTP {code}); try again later.</source>
            <translation>ClinicalTrials.gov odpowiedziało błędem (HTTP {code}); spróbuj później.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The answer from ClinicalTrials.gov for {nct_id} is too large to be a study record.</source>
            <translation>Odpowiedź z ClinicalTrials.gov dla {nct_id} jest zbyt duża, by była rekordem badania.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>ClinicalTrials.gov did not answer in time; check the internet connection and try again.</source>
            <translation>ClinicalTrials.gov nie odpowiedziało na czas; sprawdź połączenie z internetem i spróbuj ponownie.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>ClinicalTrials.gov could not be reached, so the computer may be offline (saved trials still work without a connection).</source>
            <translation>Nie udało się połączyć z ClinicalTrials.gov, więc komputer może być offline (zapisane badania działają bez połączenia).</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/trials/prescreen.py" line="-62" />
            <source>This is a pre-screen to discuss with the trial team, not a decision about eligibility.</source>
            <extracomment>The value in words when it is not a reading of ``measurement`` as recorded: a change over a period ("weight loss of 5.5 %"), a value worked out ("eGFR 31 mL/min/1.73 m² worked out from creatinine"); with no value, the readings there are when they do not answer it ("Weight 80 kg on 1 Dec 2026 only"). Not in the JSON (spec/cli.md): the JSON's ``value`` is the number the bound was held against. The places ``value`` (a reading) is shown to beside the bound (domain.formatting.measured_beside).</extracomment>
            <translation>To wstępna ocena do omówienia z zespołem badania, a nie decyzja o kwalifikacji.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Does this apply to us: “{text}”?</source>
            <translation>Czy to nas dotyczy: „{text}”?</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Age limits of the record: {low} to {high}</source>
            <translation>Limity wieku w rekordzie: {low}–{high}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The record admits only: {sex}</source>
            <translation>Rekord przyjmuje tylko: {sex}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>women</source>
            <translation>kobiety</translation>
        </message>
        <message>
            <location line="+0" />
            <source>men</source>
            <translation>mężczyzn</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The app cannot check this from the recorded data; ask the trial team.</source>
            <translation>Aplikacja nie może tego sprawdzić na podstawie zapisanych danych; zapytaj zespół badania.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+822" />
            <source>{reason} This item is for one group of the study only ({group}); ask the trial team whether it applies.</source>
            <translation>{reason} Ta pozycja dotyczy tylko jednej grupy badania ({group}); zapytaj zespół badania, czy ma zastosowanie.</translation>
        </message>
        <message>
            <location line="-759" />
            <location line="+784" />
            <source>Not checked from the records: “{part}”; ask the trial team.</source>
            <translation>Nie sprawdzono na podstawie zapisów: „{part}”; zapytaj zespół badania.</translation>
        </message>
        <message>
            <location line="-770" />
            <source>{reason} The item offers another way to qualify that the app cannot check; ask the trial team.</source>
            <translation>{reason} Pozycja podaje inną drogę kwalifikacji, której aplikacja nie może sprawdzić; zapytaj zespół badania.</translation>
        </message>
        <message>
            <location line="+95" />
            <source>One of the alternatives fits: {reason}</source>
            <translation>Jedna z możliwości pasuje: {reason}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>None of the alternatives fits: {reason}</source>
            <translation>Żadna z możliwości nie pasuje: {reason}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only one of these alternatives is needed, and the app cannot check all of them; ask the trial team.</source>
            <translation>Wystarczy jedna z tych możliwości, a aplikacja nie może sprawdzić wszystkich; zapytaj zespół badania.</translation>
        </message>
        <message>
            <location line="+68" />
            <source>(The item needs both ALT and AST above the limit.)</source>
            <translation>(Pozycja wymaga, by zarówno ALT, jak i AST były powyżej limitu.)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>age {bound}</source>
            <translation>wiek {bound}</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+15" />
            <source>years</source>
            <translation>lat</translation>
        </message>
        <message>
            <location line="-12" />
            <source>No date of birth is recorded.</source>
            <translation>Brak daty urodzenia.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Age {age} from the date of birth; the item states {bound}.</source>
            <translation>Wiek {age} według daty urodzenia; pozycja podaje {bound}.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>female</source>
            <translation>kobieta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>male</source>
            <translation>mężczyzna</translation>
        </message>
        <message>
            <location line="+4" />
            <source>sex: {sexes}</source>
            <translation>płeć: {sexes}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No sex of female or male is recorded; ask the trial team.</source>
            <translation>Nie zapisano płci (kobieta lub mężczyzna); zapytaj zespół badania.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded sex: {sex}.</source>
            <translation>Zapisana płeć: {sex}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>at rest</source>
            <translation>w spoczynku</translation>
        </message>
        <message>
            <location line="-276" />
            <source>The item says what must not be so in a list of exclusions; the app does not judge this from the records: ask the trial team.</source>
            <translation>Pozycja na liście wykluczeń mówi, czego nie może być; aplikacja nie ocenia tego na podstawie zapisów: zapytaj zespół badania.</translation>
        </message>
        <message>
            <location line="+277" />
            <source> and </source>
            <translation> i </translation>
        </message>
        <message>
            <location line="+6" />
            <source>activity not stated</source>
            <translation>nie podano aktywności</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No {label} reading stated as taken {context} is recorded.</source>
            <translation>Brak pomiaru {label} oznaczonego jako wykonany {context}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No {label} reading taken at rest or without a stated activity is recorded.</source>
            <translation>Brak pomiaru {label} wykonanego w spoczynku lub bez podanej aktywności.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The latest ({value} on {date}, {how}) cannot answer this.</source>
            <translation>Ostatni ({value} dnia {date}, {how}) nie może na to odpowiedzieć.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{label} {value} on {date}, {how}</source>
            <translation>{label}: {value}, {date}, {how}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A later reading ({value} on {date}, {how}) is not held against this limit.</source>
            <translation>Późniejszy pomiar ({value} dnia {date}, {how}) nie jest porównywany z tym limitem.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{days} days</source>
            <translation>{days} dni</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No {label} measurement is recorded.</source>
            <translation>Brak pomiaru {label}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The latest {label} ({value} on {date}) is older than {window}.</source>
            <translation>Ostatni pomiar {label} ({value}, {date}) jest starszy niż {window}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The latest {label} ({value} on {date}) has no upper limit of normal recorded.</source>
            <translation>Ostatni pomiar {label} ({value}, {date}) nie ma zapisanej górnej granicy normy.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{value} ({multiple} × the upper limit of normal, {high})</source>
            <translation>{value} ({multiple} × górna granica normy, {high})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{label} {value} on {date}; the item states {bound}.</source>
            <translation>{label} {value}, {date}; pozycja podaje {bound}.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>eGFR</source>
            <translation>eGFR</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No {label} and no creatinine within {window} to work it out from.</source>
            <translation>Brak {label} i brak kreatyniny z ostatniego okresu ({window}), by to obliczyć.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{label} is worked out from creatinine, age and sex; the date of birth or a sex of female or male is missing.</source>
            <translation>{label} oblicza się z kreatyniny, wieku i płci; brakuje daty urodzenia lub płci (kobieta lub mężczyzna).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>worked out by CKD-EPI 2021 from creatinine {creatinine} µmol/L on {date}, age {age}, {sex}</source>
            <translation>obliczone wzorem CKD-EPI 2021 z kreatyniny {creatinine} µmol/L z {date}, wiek {age}, {sex}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Creatinine clearance is worked out from creatinine, age, sex and weight; no weight within {window}.</source>
            <translation>Klirens kreatyniny oblicza się z kreatyniny, wieku, płci i masy ciała; brak masy ciała z ostatniego okresu ({window}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>worked out by Cockcroft-Gault from creatinine {creatinine} µmol/L on {date}, age {age}, {sex}, weight {weight} kg on {weight_date}</source>
            <translation>obliczone wzorem Cockcrofta-Gaulta z kreatyniny {creatinine} µmol/L z {date}, wiek {age}, {sex}, masa ciała {weight} kg z {weight_date}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{label} worked out from creatinine {creatinine} µmol/L would be {value} {unit}, which is not plausible; check that creatinine reading.</source>
            <translation>{label} obliczone z kreatyniny {creatinine} µmol/L wyniosłoby {value} {unit}, co jest niewiarygodne; sprawdź ten wynik kreatyniny.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{label} {value} {unit}, {how}; the item states {bound}.</source>
            <translation>{label} {value} {unit}, {how}; pozycja podaje {bound}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label} {value} {unit}, worked out from creatinine</source>
            <translation>{label} {value} {unit}, obliczone z kreatyniny</translation>
        </message>
        <message>
            <location line="+87" />
            <source>FVC decline</source>
            <translation>spadek FVC</translation>
        </message>
        <message>
            <location line="+4" />
            <source>weight loss</source>
            <translation>utrata masy ciała</translation>
        </message>
        <message>
            <location line="+0" />
            <source>weight change</source>
            <translation>zmiana masy ciała</translation>
        </message>
        <message>
            <location line="+3" />
            <source>% predicted points</source>
            <translation>punkty % należnej</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The item gives no period for the change; ask the trial team over what time it counts.</source>
            <translation>Pozycja nie podaje okresu zmiany; zapytaj zespół badania, w jakim czasie się ją liczy.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No {label} reading within {window}</source>
            <translation>Brak pomiaru {label} w ciągu {window}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{label} {value} on {date} only</source>
            <translation>Tylko {label} {value} w dniu {date}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A change needs two {label} readings within {window}; {count} recorded.</source>
            <translation>Zmiana wymaga dwóch pomiarów {label} z ostatniego okresu ({window}); zapisano: {count}.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The {label} readings ({first_date} to {last_date}) do not cover the {window} the item counts over: a reading near {start} and a recent one are needed.</source>
            <translation>Pomiary {label} ({first_date}–{last_date}) nie obejmują okresu {window}, w którym pozycja liczy zmianę: potrzebny jest pomiar z okolic {start} i pomiar niedawny.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{label} readings from {first_date} to {last_date} only</source>
            <translation>Pomiary {label} tylko od {first_date} do {last_date}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{label} {first} on {first_date} and the readings after it up to {last_date}: the largest change is {change} {unit} ({far} on {far_date}) within {window}; the item states {bound}.</source>
            <translation>{label} {first} w dniu {first_date} i kolejne pomiary do {last_date}: największa zmiana to {change} {unit} ({far} w dniu {far_date}) w ciągu {window}; pozycja podaje {bound}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{label} {first} on {first_date}, {last} on {last_date}: a {how} of {change} {unit} within {window}; the item states {bound}.</source>
            <translation>{label} {first} ({first_date}), {last} ({last_date}): {how} o {change} {unit} (okres: {window}); pozycja podaje {bound}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>fall</source>
            <translation>spadek</translation>
        </message>
        <message>
            <location line="+0" />
            <source>rise (a negative fall)</source>
            <translation>wzrost (ujemny spadek)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{subject} of {change} {unit} ({first} → {last})</source>
            <translation>{subject}: {change} {unit} ({first} → {last})</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{name} for at least {period}</source>
            <translation>{name} przez co najmniej {period}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is on the medication list without a start date.</source>
            <translation>{name} jest na liście leków bez daty rozpoczęcia.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} on the medication list since {start}; the item asks for at least {period} (since {since} or earlier).</source>
            <translation>{name} na liście leków od {start}; pozycja wymaga co najmniej {period} (od {since} lub wcześniej).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not taking {name}</source>
            <translation>nie przyjmuje {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} is on the medication list (since {start}).</source>
            <translation>{name} jest na liście leków (od {start}).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>diagnosis: {terms}</source>
            <translation>rozpoznanie: {terms}</translation>
        </message>
        <message>
            <location line="+0" />
            <source> or </source>
            <translation> lub </translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person's conditions include {condition}.</source>
            <translation>Choroby osoby obejmują: {condition}.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The {label} readings in {unit} were imported before units were converted, so they are not used. Enter them again in {kind_unit}.</source>
            <translation>Pomiary {label} w {unit} zaimportowano, zanim przeliczano jednostki, więc nie są używane. Wpisz je ponownie w {kind_unit}.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/trials/readers.py" line="+88" />
            <source>{file} is not a file (a folder, a device or a pipe), so it cannot be a saved trial record.</source>
            <translation>{file} nie jest plikiem (to folder, urządzenie lub potok), więc nie może być zapisanym opisem badania.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+13" />
            <source>{file} is larger than 50 MB, so it cannot be a saved trial record.</source>
            <translation>{file} ma ponad 50 MB, więc nie może być zapisanym rekordem badania.</translation>
        </message>
        <message>
            <location line="-10" />
            <source>{file} could not be read: {problem}.</source>
            <translation>Nie udało się odczytać {file}: {problem}.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{file} is empty.</source>
            <translation>{file} jest pusty.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The file</source>
            <translation>Plik</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{file} is not a text file in UTF-8, so it is not a saved trial record.</source>
            <translation>{file} nie jest plikiem tekstowym w UTF-8, więc nie jest zapisanym rekordem badania.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is a binary file, not a saved trial record.</source>
            <translation>{file} jest plikiem binarnym, a nie zapisanym rekordem badania.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>{file} is not complete, valid JSON (the problem is at line {line}, column {column}).</source>
            <translation>{file} nie jest kompletnym, poprawnym JSON (problem w wierszu {line}, kolumnie {column}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is not valid JSON that this program can read.</source>
            <translation>{file} nie jest poprawnym JSON, który ten program może odczytać.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is JSON but not a ClinicalTrials.gov record (no “protocolSection”, “studies” or “FullStudiesResponse” in it).</source>
            <translation>{file} to JSON, ale nie rekord ClinicalTrials.gov (brak „protocolSection”, „studies” lub „FullStudiesResponse”).</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+415" />
            <source>{file} holds more than 10,000 studies; save a smaller search and import that.</source>
            <translation>{file} zawiera ponad 10 000 badań; zapisz mniejsze wyszukiwanie i zaimportuj je.</translation>
        </message>
        <message>
            <location line="-341" />
            <source>{file} holds no studies.</source>
            <translation>{file} nie zawiera badań.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file} cannot be imported: study {number} is not a study record.</source>
            <translation>Nie można zaimportować {file}: badanie {number} nie jest rekordem badania.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} cannot be imported: study {number} has no NCT number.</source>
            <translation>Nie można zaimportować {file}: badanie {number} nie ma numeru NCT.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} cannot be imported: study {number} has the NCT number “{value}”, which is not “NCT” followed by 8 digits.</source>
            <translation>Nie można zaimportować {file}: badanie {number} ma numer NCT „{value}”, który nie jest „NCT” i 8 cyframi.</translation>
        </message>
        <message>
            <location line="+325" />
            <source>{file} has no “NCT Number” column, so it is not a ClinicalTrials.gov CSV download.</source>
            <translation>{file} nie ma kolumny „NCT Number”, więc nie jest plikiem CSV pobranym z ClinicalTrials.gov.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{file} is not a CSV file that this program can read.</source>
            <translation>{file} nie jest plikiem CSV, który ten program może odczytać.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/trials/words.py" line="+12" />
            <source>participants</source>
            <translation>uczestnicy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>their doctors and nurses</source>
            <translation>ich lekarze i pielęgniarki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the researchers</source>
            <translation>badacze</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the people who measure the results</source>
            <translation>osoby oceniające wyniki</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Randomised: chance decides which group each participant joins, so the groups can be compared fairly.</source>
            <translation>Randomizowane: o przydziale każdego uczestnika do grupy decyduje los, więc grupy można rzetelnie porównać.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not randomised: participants are not put into groups by chance, so differences between groups may have other causes.</source>
            <translation>Nierandomizowane: uczestnicy nie są przydzielani do grup losowo, więc różnice między grupami mogą mieć inne przyczyny.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One group: everyone gets the same treatment; there is no comparison group.</source>
            <translation>Jedna grupa: wszyscy otrzymują to samo leczenie; nie ma grupy porównawczej.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Parallel groups: each group gets a different treatment (or a placebo) at the same time.</source>
            <translation>Grupy równoległe: każda grupa otrzymuje inne leczenie (lub placebo) w tym samym czasie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Crossover: each participant gets each treatment in turn.</source>
            <translation>Naprzemienne: każdy uczestnik otrzymuje po kolei każde leczenie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open label: everyone knows which treatment each participant gets.</source>
            <translation>Otwarte: wszyscy wiedzą, jakie leczenie otrzymuje każdy uczestnik.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{first} and {last}</source>
            <translation>{first} i {last}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blinded: {who} do not know who gets which treatment.</source>
            <translation>Zaślepione: {who} nie wiedzą, kto otrzymuje które leczenie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blinded ({level}): some of the people involved do not know who gets which treatment.</source>
            <translation>Zaślepione ({level}): niektóre zaangażowane osoby nie wiedzą, kto otrzymuje które leczenie.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{measure} (when: {time_frame})</source>
            <translation>{measure} (kiedy: {time_frame})</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/careorganiser/trials/bounds.py" line="+117" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dzień</numerusform>
                <numerusform>%n dni</numerusform>
                <numerusform>%n dni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n tydzień</numerusform>
                <numerusform>%n tygodnie</numerusform>
                <numerusform>%n tygodni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n miesiąc</numerusform>
                <numerusform>%n miesiące</numerusform>
                <numerusform>%n miesięcy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n rok</numerusform>
                <numerusform>%n lata</numerusform>
                <numerusform>%n lat</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrialsCommand</name>
        <message>
            <location filename="../src/careorganiser/commands/trials.py" line="+70" />
            <source>“{file}”: {nct_id} {outcome} — {title}</source>
            <translation>„{file}”: {nct_id} {outcome} — {title}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No trials are saved yet. Import one with: careorganiser trials import FILE --profile NAME</source>
            <translation>Nie zapisano jeszcze żadnych badań. Zaimportuj je poleceniem: careorganiser trials import PLIK --profile NAZWA</translation>
        </message>
        <message>
            <location line="+20" />
            <source>CAUTION: {text}</source>
            <translation>UWAGA: {text}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Interventions:</source>
            <translation>Interwencje:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Contacts:</source>
            <translation>Kontakty:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sites ({count}):</source>
            <translation>Ośrodki ({count}):</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Record: {url}</source>
            <translation>Rekord: {url}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No ClinicalTrials.gov record is saved for this trial yet; import one to see its details and the eligibility pre-screen.</source>
            <translation>Dla tego badania nie zapisano jeszcze rekordu z ClinicalTrials.gov; zaimportuj go, aby zobaczyć szczegóły i wstępną ocenę kwalifikacji.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your interest: {interest}</source>
            <translation>Twoje zainteresowanie: {interest}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your notes:</source>
            <translation>Twoje notatki:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(none)</source>
            <translation>(brak)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>What changed at the last import:</source>
            <translation>Co zmieniło się przy ostatnim imporcie:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Eligibility pre-screen</source>
            <translation>Wstępna ocena kwalifikacji</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The record has no eligibility text.</source>
            <translation>Rekord nie zawiera kryteriów kwalifikacji.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>From the record's age and sex limits:</source>
            <translation>Na podstawie limitów wieku i płci z rekordu:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Used: {reason}</source>
            <translation>Użyto: {reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why: {reason}</source>
            <translation>Dlaczego: {reason}</translation>
        </message>
    </context>
    <context>
        <name>TrialsPage</name>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="+149" />
            <source>{age} years</source>
            <translation>wiek: {age}</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Record's limits</source>
            <translation>Limity rekordu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{kind} ({section})</source>
            <translation>{kind} ({section})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The app cannot check this item; ask the trial team.</source>
            <translation>Aplikacja nie może sprawdzić tej pozycji; zapytaj zespół badania.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>• {bound} — {status}: {reason}</source>
            <translation>• {bound} — {status}: {reason}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/detail.py" line="+92" />
            <source>The selected trial</source>
            <translation>Wybrane badanie</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a trial in the list to see its details.</source>
            <translation>Wybierz badanie z listy, aby zobaczyć szczegóły.</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../src/careorganiser/ui/trials/dialogs.py" line="+76" />
            <source>Caution</source>
            <translation>Uwaga</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/parts.py" line="+54" />
            <source>Your interest in this trial</source>
            <translation>Zainteresowanie tym badaniem</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your inte&amp;rest:</source>
            <translation>&amp;Zainteresowanie:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your notes about this trial</source>
            <translation>Notatki o tym badaniu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>who you spoke to, what they said, what to ask next…</source>
            <translation>z kim rozmawiano, co powiedziano, o co zapytać następnym razem…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your &amp;notes:</source>
            <translation>&amp;Notatki:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Follow-&amp;up plan…</source>
            <translation>Plan &amp;obserwacji…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-up plan of this trial</source>
            <translation>Plan obserwacji tego badania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visits, tests due, change from baseline and side effects</source>
            <translation>Wizyty, badania do wykonania, zmiana od początku i działania niepożądane</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/detail.py" line="+12" />
            <source>About the selected trial</source>
            <translation>O wybranym badaniu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>About the study</source>
            <translation>O badaniu</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;About the study</source>
            <translation>O &amp;badaniu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Pre-screen</source>
            <translation>&amp;Wstępna ocena</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/trials/detail_controller.py" line="+136" />
            <source>&amp;What changed</source>
            <translation>&amp;Co się zmieniło</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Questions</source>
            <translation>&amp;Pytania</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/columns.py" line="+50" />
            <location filename="../src/careorganiser/ui/trials/detail.py" line="-47" />
            <source>Pre-screen</source>
            <extracomment>A message for the page's message line: (text, is_error).</extracomment>
            <translation>Wstępna ocena</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eligibility item</source>
            <translation>Pozycja kryteriów</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why</source>
            <translation>Powód</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value used</source>
            <translation>Użyta wartość</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of the value</source>
            <translation>Data wartości</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/parts.py" line="+22" />
            <source>Eligibility pre-screen, item by item</source>
            <translation>Wstępna ocena kwalifikacji, pozycja po pozycji</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/columns.py" line="+7" />
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Before</source>
            <translation>Przed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Now</source>
            <translation>Teraz</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/parts.py" line="+43" />
            <source>What changed since the last import</source>
            <translation>Co się zmieniło od ostatniego importu</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Questions to add: tick the ones you want</source>
            <translation>Pytania do dodania: zaznacz te, które chcesz</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Tick all</source>
            <translation>Zaznacz wszystki&amp;e</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick every question</source>
            <translation>Zaznacz wszystkie pytania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the tic&amp;ked questions</source>
            <translation>&amp;Dodaj zaznaczone pytania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the ticked questions for the doctor</source>
            <translation>Dodaj zaznaczone pytania do lekarza</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/detail_controller.py" line="-36" />
            <source>record imported {date}</source>
            <translation>rekord zaimportowano {date}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no ClinicalTrials.gov record saved yet</source>
            <translation>nie zapisano jeszcze rekordu z ClinicalTrials.gov</translation>
        </message>
        <message>
            <location line="+7" />
            <source>ℹ This trial changed at the last import ({count} changes): see “What changed”.</source>
            <translation>ℹ To badanie zmieniło się przy ostatnim imporcie (zmiany: {count}): zobacz „Co się zmieniło”.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="+22" />
            <source>There is no eligibility text to check until the trial's record is imported or looked up online.</source>
            <translation>Nie ma kryteriów kwalifikacji do sprawdzenia, dopóki rekord badania nie zostanie zaimportowany lub wyszukany online.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking the eligibility items against the records…</source>
            <translation>Porównywanie kryteriów kwalifikacji z zapisami…</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Each measurable part of an item is held against the latest recorded value that fits its time window and circumstances; everything else is for the trial team to check.</source>
            <translation>Każda mierzalna część pozycji jest porównywana z ostatnią zapisaną wartością pasującą do okna czasowego i okoliczności; wszystko inne sprawdza zespół badania.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/detail_controller.py" line="+7" />
            <source>{fits} fit · {conflicts} conflict · {no_data} without recent data · {ask} to ask the trial team</source>
            <translation>pasuje: {fits} · konflikt: {conflicts} · brak aktualnych danych: {no_data} · do zapytania zespołu: {ask}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The record has no eligibility text; ask the trial team who can take part.</source>
            <translation>Rekord nie zawiera kryteriów kwalifikacji; zapytaj zespół badania, kto może wziąć udział.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="+15" />
            <source>Select an item to see how it was checked.</source>
            <translation>Wybierz pozycję, aby zobaczyć, jak ją sprawdzono.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/detail_controller.py" line="+6" />
            <source>What changed in the registry's record between the last two imports:</source>
            <translation>Co zmieniło się w rekordzie rejestru między dwoma ostatnimi importami:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing changed at the last import. Import the trial's record again later to see what changes.</source>
            <translation>Nic się nie zmieniło przy ostatnim imporcie. Zaimportuj rekord badania później, aby zobaczyć zmiany.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No record has been imported for this trial yet.</source>
            <translation>Dla tego badania nie zaimportowano jeszcze rekordu.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;What changed ({count})</source>
            <translation>&amp;Co się zmieniło ({count})</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Tick the questions to ask. They go to the questions list, linked to this trial, for the next appointment: {when}, {what}.</source>
            <translation>Zaznacz pytania do zadania. Trafią na listę pytań, powiązane z tym badaniem, na następną wizytę: {when}, {what}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tick the questions to ask. They go to the questions list, linked to this trial, under “Not planned yet” (no appointment is planned).</source>
            <translation>Zaznacz pytania do zadania. Trafią na listę pytań, powiązane z tym badaniem, do „Jeszcze nie zaplanowano” (brak zaplanowanej wizyty).</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="+36" />
            <source>{question} (already in your questions)</source>
            <translation>{question} (już jest w pytaniach)</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/detail_controller.py" line="+5" />
            <source>Interest saved: {interest}.</source>
            <translation>Zapisano zainteresowanie: {interest}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saving…</source>
            <translation>Zapisywanie…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notes saved.</source>
            <translation>Zapisano notatki.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>for the next appointment ({what})</source>
            <translation>na następną wizytę ({what})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>under “Not planned yet”</source>
            <translation>do „Jeszcze nie zaplanowano”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added 1 question {where}; see Questions.</source>
            <translation>Dodano 1 pytanie {where}; zobacz Pytania.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added {count} questions {where}; see Questions.</source>
            <translation>Dodano pytania ({count}) {where}; zobacz Pytania.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} were already in the list.</source>
            <translation>Już na liście: {count}.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="-60" />
            <source>{status}: {reason}</source>
            <translation>{status}: {reason}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/about.py" line="+50" />
            <source>No ClinicalTrials.gov record is saved for {nct_id} yet. Import the record saved from the website (“Import file…”, or drop the file on this page), or use “Look up online…” to fetch it.</source>
            <translation>Nie zapisano jeszcze rekordu z ClinicalTrials.gov dla {nct_id}. Zaimportuj rekord zapisany ze strony („Importuj plik…” lub upuść plik na tej stronie) albo użyj „Wyszukaj online…”, aby go pobrać.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Interventions</source>
            <translation>Interwencje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Groups (arms)</source>
            <translation>Grupy (ramiona)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Main results measured (primary outcomes)</source>
            <translation>Główne mierzone wyniki (pierwszorzędowe punkty końcowe)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other results measured (secondary outcomes)</source>
            <translation>Inne mierzone wyniki (drugorzędowe punkty końcowe)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contacts for the trial</source>
            <translation>Kontakty do badania</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A site without a name</source>
            <translation>Ośrodek bez nazwy</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sites ({count}) and their contacts</source>
            <translation>Ośrodki ({count}) i ich kontakty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Podsumowanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The record</source>
            <translation>Rekord</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{url} (saved on this computer; the app does not go online unless you ask)</source>
            <translation>{url} (zapisany na tym komputerze; aplikacja łączy się z internetem tylko na żądanie)</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/dialogs.py" line="-28" />
            <location line="+1" />
            <location filename="../src/careorganiser/ui/trials/page.py" line="+63" />
            <source>Add a trial by its NCT number</source>
            <translation>Dodaj badanie po numerze NCT</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every registered trial has an NCT number, such as NCT01234567. You can import its full record later, or look it up online.</source>
            <translation>Każde zarejestrowane badanie ma numer NCT, np. NCT01234567. Pełny rekord można zaimportować później lub wyszukać online.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/columns.py" line="-39" />
            <location filename="../src/careorganiser/ui/trials/dialogs.py" line="+7" />
            <source>NCT number</source>
            <extracomment>The pre-screen's first column is tinted by status (its words and symbol say it too: never colour alone).</extracomment>
            <translation>Numer NCT</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/dialogs.py" line="+4" />
            <source>Title (optional)</source>
            <translation>Tytuł (opcjonalnie)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>what the trial is called, if you know</source>
            <translation>jak nazywa się badanie, jeśli wiadomo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;NCT number:</source>
            <translation>Numer &amp;NCT:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Title (optional):</source>
            <translation>&amp;Tytuł (opcjonalnie):</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Add trial</source>
            <translation>&amp;Dodaj badanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add trial</source>
            <translation>Dodaj badanie</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="-107" />
            <source>The look-up failed; try again later.</source>
            <translation>Wyszukiwanie nie powiodło się; spróbuj później.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/dialogs.py" line="+31" />
            <location line="+1" />
            <source>Record an offer without an NCT number</source>
            <translation>Zapisz propozycję bez numeru NCT</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A clinic, a website or a friend may offer a treatment that is not a registered trial. Write down what you were told; the app shows what to be careful about.</source>
            <translation>Klinika, strona internetowa lub znajomy mogą proponować leczenie, które nie jest zarejestrowanym badaniem. Zapisz, co usłyszano; aplikacja pokaże, na co uważać.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Treatment:</source>
            <translation>&amp;Leczenie:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name of the treatment</source>
            <translation>Nazwa leczenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Who offers it:</source>
            <translation>&amp;Kto oferuje:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who offers it (clinic, person, website)</source>
            <translation>Kto oferuje (klinika, osoba, strona internetowa)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What is &amp;offered:</source>
            <translation>&amp;Co jest oferowane:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What is offered</source>
            <translation>Co jest oferowane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cost:</source>
            <translation>K&amp;oszt:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cost, as you were told it</source>
            <translation>Koszt, tak jak go podano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where you &amp;heard of it:</source>
            <translation>&amp;Skąd o tym wiadomo:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where you heard of it</source>
            <translation>Skąd o tym wiadomo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notatki:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Save offer</source>
            <translation>&amp;Zapisz propozycję</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save offer</source>
            <translation>Zapisz propozycję</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="-16" />
            <source>{nct_id} {outcome}</source>
            <translation>{nct_id} {outcome}</translation>
        </message>
        <message>
            <location line="+2" />
            <source> ({count} changes: see “What changed”)</source>
            <translation> (zmiany: {count}; zobacz „Co się zmieniło”)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{file}”: {what}</source>
            <translation>„{file}”: {what}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>… and {count} more</source>
            <translation>… i jeszcze {count}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/page.py" line="-15" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trials you are following. Import a record saved from ClinicalTrials.gov, or drop the file on this page. Nothing goes online unless you ask.</source>
            <translation>Obserwowane badania. Zaimportuj rekord zapisany z ClinicalTrials.gov lub upuść plik na tej stronie. Nic nie trafia do internetu bez prośby.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Import file…</source>
            <translation>&amp;Importuj plik…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import a file saved from ClinicalTrials.gov</source>
            <translation>Importuj plik zapisany z ClinicalTrials.gov</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add by N&amp;CT number…</source>
            <translation>Dodaj po numerze NC&amp;T…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Look up online…</source>
            <translation>Wyszukaj on&amp;line…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Look up a trial on ClinicalTrials.gov (goes online)</source>
            <translation>Wyszukaj badanie w ClinicalTrials.gov (łączy z internetem)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offer with&amp;out NCT number…</source>
            <translation>Propozycja bez nu&amp;meru NCT…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record a treatment offered without an NCT number</source>
            <translation>Zapisz leczenie proponowane bez numeru NCT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete trial</source>
            <translation>&amp;Usuń badanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected trial</source>
            <translation>Usuń wybrane badanie</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Result of the last action</source>
            <translation>Wynik ostatniej czynności</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/lists.py" line="+51" />
            <source>&amp;Saved trials:</source>
            <translation>Zapi&amp;sane badania:</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/columns.py" line="+1" />
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="-39" />
            <source>not known</source>
            <translation>nieznany</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/columns.py" line="+1" />
            <source>Phase</source>
            <translation>Faza</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="+4" />
            <source>none given</source>
            <translation>nie podano</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/columns.py" line="+1" />
            <source>Interest</source>
            <translation>Zainteresowanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imported</source>
            <translation>Zaimportowano</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/lists.py" line="+3" />
            <source>Saved trials</source>
            <translation>Zapisane badania</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No trials are saved yet. Save a trial's record from ClinicalTrials.gov (JSON or CSV) and import it here, or add a trial by its NCT number.</source>
            <translation>Nie zapisano jeszcze badań. Zapisz rekord badania z ClinicalTrials.gov (JSON lub CSV) i zaimportuj go tutaj albo dodaj badanie po numerze NCT.</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Offers wit&amp;hout an NCT number:</source>
            <extracomment>A message for the page's message line: (text, is_error).</extracomment>
            <translation>P&amp;ropozycje bez numeru NCT:</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/columns.py" line="+7" />
            <source>Treatment</source>
            <translation>Leczenie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who offers it</source>
            <translation>Kto oferuje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cost</source>
            <translation>Koszt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Warnings</source>
            <translation>Ostrzeżenia</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/lists.py" line="+2" />
            <source>Offers without an NCT number</source>
            <translation>Propozycje bez numeru NCT</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Delete o&amp;ffer</source>
            <translation>Usuń propoz&amp;ycję</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected offer</source>
            <translation>Usuń wybraną propozycję</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/page.py" line="+30" />
            <source>Clinical trials</source>
            <translation>Badania kliniczne</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="+6" />
            <source>record saved</source>
            <translation>rekord zapisany</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no record yet</source>
            <translation>brak rekordu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{date} · ℹ changed</source>
            <translation>{date} · ℹ zmieniono</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Importing {count} files…</source>
            <translation>Importowanie plików: {count}…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importing…</source>
            <translation>Importowanie…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Importing: file {number} of {count}…</source>
            <translation>Importowanie: plik {number} z {count}…</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/page.py" line="+159" />
            <source>Import trial records saved from ClinicalTrials.gov</source>
            <translation>Importuj rekordy badań zapisane z ClinicalTrials.gov</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ClinicalTrials.gov records (*.json *.csv);;All files (*)</source>
            <translation>Rekordy ClinicalTrials.gov (*.json *.csv);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="+19" />
            <source>Saved {nct_id}. Import its record, or look it up online, to see its details and the eligibility pre-screen.</source>
            <translation>Zapisano {nct_id}. Zaimportuj jego rekord lub wyszukaj go online, aby zobaczyć szczegóły i wstępną ocenę kwalifikacji.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Saved the offer “{name}”. {flags}</source>
            <translation>Zapisano propozycję „{name}”. {flags}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/lists.py" line="+20" />
            <source>Choose an offer to delete first.</source>
            <translation>Najpierw wybierz propozycję do usunięcia.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete offer</source>
            <translation>Usuń propozycję</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the offer “{name}”?</source>
            <translation>Usunąć propozycję „{name}”?</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/page.py" line="+23" />
            <source>Look up a trial online</source>
            <translation>Wyszukaj badanie online</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This goes online to ClinicalTrials.gov.
NCT number to look up:</source>
            <translation>To połączy się z ClinicalTrials.gov.
Numer NCT do wyszukania:</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="-19" />
            <source>“{value}” is not an NCT number. It must be “NCT” followed by 8 digits, for example NCT01234567.</source>
            <translation>„{value}” nie jest numerem NCT. Musi to być „NCT” i 8 cyfr, na przykład NCT01234567.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Looking up {nct_id} on ClinicalTrials.gov…</source>
            <translation>Wyszukiwanie {nct_id} w ClinicalTrials.gov…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Deleted the trial “{label}”.</source>
            <translation>Usunięto badanie „{label}”.</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <location filename="../src/careorganiser/ui/widgets/undo_bar.py" line="+22" />
            <source>&amp;Undo</source>
            <translation>&amp;Cofnij</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo delete</source>
            <translation>Cofnij usunięcie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dismiss</source>
            <translation>Ukryj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss this message</source>
            <translation>Ukryj ten komunikat</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../src/careorganiser/services/appointments.py" line="-186" />
            <location filename="../src/careorganiser/services/questions.py" line="-96" />
            <source>Choose one from the list.</source>
            <translation>Wybierz pozycję z listy.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/cleaning.py" line="+44" />
            <source>{label} must be text.</source>
            <translation>{label}: to musi być tekst.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{label} contains characters that cannot be saved. Please type it again.</source>
            <translation>{label}: zawiera znaki, których nie można zapisać. Wpisz ponownie.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{label} is required.</source>
            <translation>{label}: pole wymagane.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label} is too long: {length} characters, at most {limit}.</source>
            <translation>{label}: za długie: {length} znaków, najwyżej {limit}.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{label} must be a list.</source>
            <translation>{label}: to musi być lista.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{label}: too many entries ({count}), at most {limit}.</source>
            <translation>{label}: za dużo pozycji ({count}), najwyżej {limit}.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>today</source>
            <translation>dzisiaj</translation>
        </message>
        <message>
            <location line="+0" />
            <source>tomorrow</source>
            <translation>jutro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yesterday</source>
            <translation>wczoraj</translation>
        </message>
        <message>
            <location line="+119" />
            <source>14 Mar 1951, 14/03/1951 or 1951-03-14</source>
            <extracomment>The separator each language groups thousands with when it is typed (Polish groups with a space).</extracomment>
            <translation>14 mar 1951, 14.03.1951 lub 1951-03-14</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label}: give a date without a time.</source>
            <translation>{label}: podaj datę bez godziny.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+25" />
            <source>{label} is required: type it like {example}.</source>
            <translation>{label}: pole wymagane; wpisz jak {example}.</translation>
        </message>
        <message>
            <location line="-21" />
            <source>{label} must be a date, for example {example}.</source>
            <translation>{label}: to musi być data, na przykład {example}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{label}: there is no such day as “{text}”.</source>
            <translation>{label}: nie ma takiego dnia jak „{text}”.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{label}: “{text}” is not a date. Type it like {example}.</source>
            <translation>{label}: „{text}” nie jest datą. Wpisz jak {example}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>08:00, 13:30 or 1pm</source>
            <translation>08:00, 13:30 lub 13</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{label}: “{text}” is not a time of day. Type it like {example}.</source>
            <translation>{label}: „{text}” nie jest godziną. Wpisz jak {example}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{label} is required: type a number, for example {example}.</source>
            <translation>{label}: pole wymagane; wpisz liczbę, na przykład {example}.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+11" />
            <source>{label} must be a number.</source>
            <translation>{label}: to musi być liczba.</translation>
        </message>
        <message>
            <location line="-4" />
            <source>{label}: “{text}” is not a number. Type it like {example}.</source>
            <translation>{label}: „{text}” nie jest liczbą. Wpisz jak {example}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{label} must be an ordinary number.</source>
            <translation>{label}: to musi być zwykła liczba.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{label}: choose a date and time.</source>
            <translation>{label}: wybierz datę i godzinę.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label}: the time zone is missing.</source>
            <translation>{label}: brak strefy czasowej.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+22" />
            <source>{label} cannot be before {year}.</source>
            <translation>{label}: nie może być przed rokiem {year}.</translation>
        </message>
        <message>
            <location line="-19" />
            <source>{label} is in the future. Choose a time up to now.</source>
            <translation>{label}: ta chwila jest w przyszłości. Wybierz czas do teraz.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the year {year} is not plausible; use a year from {first} to {last}.</source>
            <translation>rok {year} nie jest wiarygodny; podaj rok od {first} do {last}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{label}: choose a date.</source>
            <translation>{label}: wybierz datę.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{label} cannot be in the future.</source>
            <translation>{label}: nie może być w przyszłości.</translation>
        </message>
    </context>
    <context>
        <name>ZoneWarning</name>
        <message>
            <location filename="../src/careorganiser/ui/widgets/zone_warning.py" line="+25" />
            <source>Time zone warning</source>
            <translation>Ostrzeżenie o strefie czasowej</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Use {zone} for this profile</source>
            <translation>Użyj {zone} dla tego profilu</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Time zone</source>
            <translation>Strefa czasowa</translation>
        </message>
    </context>
</TS>
