<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
    <context>
        <name>App</name>
        <message>
            <location filename="../src/careorganiser/app.py" line="+30" />
            <source>There is no display to open the window on. The commands work without one: careorganiser --help lists them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../src/careorganiser/ui/application.py" line="+136" />
            <source>Profile in use</source>
            <extracomment>After the first paint, the ORM is loaded in idle time this much later, so the first click is quick. How long opening a profile waits for a command that is writing it (seconds); the GUI waits meanwhile.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Switch profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Care Organiser was started again for “{name}”. Close “{current}” and switch to it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Switch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+143" />
            <source>The automatic backup failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+86" />
            <source>&amp;Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Normal text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Care Organiser is already running, but did not answer. Close it (or wait a moment) and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppointmentForms</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/appointment_forms.py" line="+112" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+75" />
            <source>New appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Change appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Date of the appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>for example 10:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Time:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Time of the appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>24-hour clock, for example 14:30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source> minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>D&amp;uration:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Duration in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>— not recorded —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;With:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>for example Chest clinic, St Mary's Hospital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Place:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>for example ILD review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Purp&amp;ose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>What to bring, who to ask for…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppointmentOutcome</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/appointment_outcome.py" line="+53" />
            <source>O&amp;utcome: what was found and decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Outcome of the appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>&amp;Save outcome and answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save the outcome and the answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Choose an appointment in the agenda to record what happened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>After {appointment}: write what was decided and the answers you got.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{appointment} has not happened yet. Fill this in during or after the visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>No questions were planned for this appointment. Add them under Questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Answers to the questions for this appointment (leave a box empty if it was not answered):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Answer to: {question}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the answer, in your own words</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Appointments</name>
        <message>
            <location filename="../src/careorganiser/services/appointments.py" line="+161" />
            <source>Give a date without a time.</source>
            <extracomment>A ride in one of these states still needs the caregiver's attention.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Enter the date, for example 3 Dec 2026.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This is not a date. Write it like 3 Dec 2026 or 2026-12-03.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>There is no such day as “{text}” in the calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>“{text}” is not a date. Write it like 3 Dec 2026, 03/12/2026 or 2026-12-03.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Enter the time, for example 10:30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This is not a time of day. Write it like 10:30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>“{text}” is not a time of day. Use hours 0 to 23 and minutes 0 to 59, for example 14:30 or 2pm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>That contact is no longer in the care circle. Choose another, or none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Give the duration as a whole number of minutes, for example 45.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The duration cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The duration must be less than a day (at most {limit} minutes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Choose an appointment from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+44" />
            <location line="+127" />
            <source>That appointment no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-38" />
            <source>Enter the date of the appointment, for example 3 Dec 2026.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enter the time of the appointment, for example 10:30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+132" />
            <location line="+117" />
            <location line="+12" />
            <source>That ride no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-111" />
            <source>Choose the ride's status: needed, asked, confirmed, done or cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>That appointment no longer exists. Choose another, or make this a ride on its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Enter the day of the pickup, for example 3 Dec 2026.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pickup day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enter the pickup time, for example 09:30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pickup time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The pickup must be before the appointment starts ({when}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Enter where the ride goes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Return day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pickup for the way back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The return pickup must be after the pickup ({when}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The return pickup must be after the appointment starts ({when}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppointmentsPage</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/appointments.py" line="+78" />
            <source>&amp;New appointment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit appointment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit the selected appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prepare &amp;pack…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prepare the appointment pack for the selected appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A PDF to print and take to the appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>New ride on its o&amp;wn…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New ride that is not for an appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Agenda: coming appointments first, the soonest at the top; then past ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Pick a da&amp;y to see only its appointments:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Month view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Days with an appointment are bold on blue; days with a ride are underlined. Pick a day to see only its appointments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&lt;b&gt;Bold on blue&lt;/b&gt;: an appointment. &lt;u&gt;Underlined&lt;/u&gt;: a ride.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Show a&amp;ll dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show the appointments of all dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Rides there and back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>After the appoint&amp;ment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rides on &amp;their own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Rides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Appointments &amp; rides</source>
            <translation>Wizyty i przejazdy</translation>
        </message>
        <message>
            <location line="+5" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What and where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ride</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{place}, with {clinician}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>with {clinician}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>(no details)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>in {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>No ride planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ride needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Asked {driver}, not confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Asked, not confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Confirmed: {driver}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>A ride is needed and nobody has been asked yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Someone was asked to drive but has not confirmed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Coming ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Past ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Showing {day} only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No appointments on {day}. Pick another day, or use “New appointment” to add one on this day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Showing all dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No appointments yet. Use “New appointment” (Ctrl+N) to add the next one, with its date, time and place.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+28" />
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n wizyta</numerusform>
                <numerusform>%n wizyty</numerusform>
                <numerusform>%n wizyt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n ride(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+112" />
            <source>Rides moved too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>The rides for this appointment moved with it to the new time. A ride that was confirmed is now “asked” again: let the driver know the new time, then mark it confirmed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Its rides go with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Its questions will show under “Not planned yet”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete the appointment on {what}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Delete appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Deleted the appointment on {what}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <location filename="../src/careorganiser/services/backup.py" line="+122" />
            <source>“{name}” is not a Care Organiser profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>There is no file {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <location line="+17" />
            <source>{path} is not a Care Organiser backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-15" />
            <location line="+12" />
            <source>The backup {path} is damaged ({detail}); choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-7" />
            <source>This backup is protected by a passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>That passphrase does not open this backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{path} was saved by a newer version of Care Organiser.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>This backup could not be brought up to date ({error}); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>“{name}” has changes that were not yet written into its file; open it once with its own passphrase, then restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rescued into “{name}”: {got}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Unreadable parts skipped in: {tables}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Left out because what they belonged to was lost: {rows}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Nothing could be read from: {tables}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/store/backups.py" line="+232" />
            <source>{path} already exists.</source>
            <extracomment>An automatic copy is made when the newest one is older than this.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>The profile is damaged ({problems}), so no backup was made from it: a copy of the damage is not a backup. Restore the newest good backup, or try to rescue what can be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaregiverBox</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/caregiver_box.py" line="+16" />
            <location line="+3" />
            <source>Caregiver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Who looks after the person and answers the phone about them. The ride sheet tells the driver to call this number if something goes wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Caregiver's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Ruth Hale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Caregiver's phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 07700 900123</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Caregiver's na&amp;me:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Caregiver's p&amp;hone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Save &amp;caregiver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save the caregiver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No caregiver: the ride sheet lists the family contacts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Caregivers</name>
        <message>
            <location filename="../src/careorganiser/services/caregivers.py" line="+45" />
            <source>That contact no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>carer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>That person is not one of the caregivers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/ui/caregivers.py" line="+67" />
            <location line="+13" />
            <source>Add a caregiver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-13" />
            <source>Name of the person who shares the care (someone in Contacts, or a new contact):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Who’s &amp;here:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Who’s here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The caregiver using the app now: each change is recorded with this name. It is not a password: the profile’s passphrase protects the records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Nobody chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Add a caregiver…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>Who’s here?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Choose your name, so the others can see what you did when they take over.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../src/careorganiser/cli.py" line="+137" />
            <source>no passphrase was given on standard input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>{command}: --profile NAME is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>(protected)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>moved “{name}” to the trash ({file}); “careorganiser profile undelete” brings it back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>(deleted {when})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>there is no profile named “{name}” in the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>brought back “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>created profile “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>created demo profile “{name}”: {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>“{name}” is protected by a passphrase and an export writes its health records readable by anyone: add --unencrypted to export it all the same, or use backup (which stays encrypted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>exported “{name}” to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>imported into “{name}”: {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>backup: --json goes with "backup list"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>backed up “{name}” to {path} (checked: ok)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>backup list: -o is for making a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>“{name}” has no backups yet; “careorganiser backup --profile NAME” makes one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>DAMAGED: {problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>not checked (protected)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>restored “{name}” from {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+60" />
            <source>error: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>interrupted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Give it on standard input with --passphrase-stdin.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../src/careorganiser/commands/calendar.py" line="+24" />
            <source>wrote %n appointment and ride event(s) to {path}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../src/careorganiser/commands/pack.py" line="+31" />
            <source>“{name}” has no appointment coming up; name one with --appointment ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>wrote the appointment pack ({pack}) to {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactChooser</name>
        <message>
            <location filename="../src/careorganiser/ui/widgets/contact_chooser.py" line="+38" />
            <location line="+1" />
            <source>New contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>choose or type, e.g. GP, driver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>N&amp;ame:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Save contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save the new contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+53" />
            <source>New contact…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactRoles</name>
        <message>
            <location filename="../src/careorganiser/services/contacts.py" line="+44" />
            <source>pulmonologist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>GP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>ILD specialist nurse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>rheumatologist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>specialist nurse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>pharmacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>trial coordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>physiotherapist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>hospital switchboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>family</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>friend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>neighbour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>driver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>carer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>social worker</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <location line="+15" />
            <location line="+87" />
            <source>That contact no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-65" />
            <source>Prescriber of {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Clinician at 1 appointment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Clinician at {count} appointments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Driver for 1 ride.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Driver for {count} rides.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>and</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>“{phone}” does not look like a phone number: use digits, spaces and + ( ) -.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>“{email}” does not look like an email address: it needs an @ and a dot after it, with no spaces.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/contacts.py" line="+49" />
            <source>The people who help: doctors and nurses, the pharmacy, the trial team, and family and friends who drive. Prescribers, clinicians and drivers are chosen from this list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;New contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+28" />
            <location line="+113" />
            <source>New contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-134" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Care circle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>No contacts yet. Press New contact to add the first person who helps, for example the GP or a family member who drives.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Contact details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>choose or type, e.g. GP, driver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>e.g. can drive on Tuesdays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>N&amp;ame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Addr&amp;ess</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No&amp;tes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Where this contact is used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+74" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-73" />
            <source>Save contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Cance&amp;l</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+171" />
            <source>Delete contact</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="-149" />
            <source>%n person(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+52" />
            <source>Edit “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>the new contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Your changes to {name} are not saved yet. Discard them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Discard changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <location line="+4" />
            <source>Cannot save the contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Delete {name} from the care circle?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{name} is still named in your records:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Those records will show no one there until you choose someone else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Cannot delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Deleted {name}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../src/careorganiser/ui/widgets/date_field.py" line="+78" />
            <source>for example 3 Dec 2026</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Calendar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pick {what} from a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Day understood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <location line="+99" />
            <source>not a date yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-59" />
            <source>{what}, day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{what}, time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 10:15</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{what} understood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>21 Nov 2026 or 21/11/2026</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>10:15 or 2pm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>not a time yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../src/careorganiser/domain/formatting.py" line="+15" />
            <source>Jan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Feb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Mar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Apr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Jun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Jul</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Aug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Sep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Oct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Nov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Dec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Monday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Tuesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Wednesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Thursday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Friday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Saturday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sunday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>{day} {month} {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{weekday} {day} {month} {year}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../src/careorganiser/ui/dialogs.py" line="+206" />
            <source>{path} is one of Care Organiser's own files (profiles and backups). Choose a file somewhere else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{name} already exists. Replace it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DoseHistory</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/dose_history.py" line="+53" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+50" />
            <location line="+89" />
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-137" />
            <source>Taken at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+137" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-136" />
            <location line="+61" />
            <location line="+75" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-114" />
            <source>Record a dose of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Change a dose of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+10" />
            <location line="+94" />
            <source>Due at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-102" />
            <location line="+6" />
            <source>When the dose was due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>For a dose taken as needed, the time it was taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Due at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>&amp;What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Time ta&amp;ken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The time it was taken is known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <location line="+82" />
            <source>Time taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-78" />
            <source>Amount taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2 tablets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>e.g. taken late after the clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Save this dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+66" />
            <source>{field}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>Dose histor&amp;y</source>
            <extracomment>A dose record was changed from here (the page also hears it through the change bus).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Dose history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Newest first. Enter changes the chosen dose; Delete removes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Record a d&amp;ose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record a dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change dose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Change the chosen dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>De&amp;lete dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete the chosen dose record</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+33" />
            <source>%Ln dose(s) recorded</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>No doses recorded yet. Doses appear here when they are marked taken or skipped on Today, or with “Record a dose” below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>Delete the record of the dose due {when} ({status})?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Its units go back into the stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Delete dose record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Doses</name>
        <message>
            <location filename="../src/careorganiser/domain/doses.py" line="+321" />
            <source>{time} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>This schedule ended on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>This schedule starts on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Already {count} today; at most {most} a day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Too soon: the last dose was at {last}; keep at least {interval} between doses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Next allowed at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No more doses in this schedule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/services/doses.py" line="+88" />
            <source>please give a date and time (it is required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>must be a date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>must say which time zone it is in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{year} is not a plausible year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>must be taken, skipped or missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>only a dose that was taken has a time taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>That medication no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>That dose record no longer exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DueNow</name>
        <message>
            <location filename="../src/careorganiser/ui/widgets/due_now.py" line="+64" />
            <source>{time} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Felt unwell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Side effects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Ran out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Doctor's advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Not at home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Mark {subject} taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Taken at {time}; the arrow (or the Down key) offers now or another time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Taken now; the arrow (or the Down key) offers another time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Taken when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>At another time…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>At the scheduled time ({time})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Skip {subject}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Skip; the arrow (or the Down key) offers a reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reason for skipping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Other reason…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Due now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Missed while closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>These fell due while the app was closed or the computer was asleep. Mark each one taken or skipped if you know, or leave it as missed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Snoozed until {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <location line="+50" />
            <source>{what} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-41" />
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Snooze the reminder for {subject}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Snooze for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Other…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Leave as missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Leave {subject} as missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Undo: {subject} {state}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../src/careorganiser/store/errors.py" line="+87" />
            <source>Your text is still here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Not saved: the disk is full. Free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Not saved: the profile cannot be written (the file or its folder is read-only).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Not saved: the profile is in use by another Care Organiser process and stayed busy. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Not saved: the same record was saved elsewhere at the same moment. Look at it again, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Not saved: the profile file could not be read or written (a disk or file problem).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Not saved: the file could not be written ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Nothing was changed: the folder {folder} cannot be written (it is read-only, on a read-only disk, or not yours).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nothing was changed: a file in the folder {folder} could not be written or read ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Not saved: the database refused the change ({kind}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Something went wrong ({kind}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Failures</name>
        <message>
            <location filename="../src/careorganiser/ui/failures.py" line="+37" />
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Followup</name>
        <message>
            <location filename="../src/careorganiser/domain/followup.py" line="+78" />
            <location line="+128" />
            <source>Baseline</source>
            <extracomment>The tests of the IPF trials in the guidance: lung function, walk test, oxygen, liver tests.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-126" />
            <source>{n}-month visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Week {n} visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Day {n} visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/careorganiser/ui/pages/followup.py" line="+161" />
            <location line="+1" />
            <source>baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{n}-month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>week {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>day {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+83" />
            <source>Choose days, weeks or months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/careorganiser/services/followup.py" line="+341" />
            <source>Enter the visits, for example 0, 3, 6, 9, 12.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>“{part}” is not a whole number of {unit}s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{value} {unit}s is more than ten years.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <location filename="../src/careorganiser/ui/pages/followup.py" line="+76" />
            <source>days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/ui/pages/followup.py" line="+0" />
            <source>weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/ui/pages/followup.py" line="+0" />
            <source>months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>{first} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>book the lung function lab and the blood test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>book the lung function lab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>book the blood test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>check the visit is booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+149" />
            <source>predicted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{name}: {before} → {after} since baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>, no change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>a fall of {n} points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>a rise of {n} points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>a relative fall of {pct}%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>a relative rise of {pct}%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>a fall of {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>a rise of {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{change} at the {visit}{about}. {rule} is a sign of progression in IPF: what does this mean, and should the treatment or the trial be reviewed?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{name} was {value} {unit} at the {visit}{about}, more than 3 times the upper limit of normal. Does the dose need to change?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>{tests} due at the {visit} on {day}: {hint}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>baseline visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>No {visit} {tests} recorded yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/services/followup.py" line="-173" />
            <source>Choose a follow-up plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>That follow-up plan no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <location line="+142" />
            <source>That trial no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-74" />
            <source>Enter a date, not a date and time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Enter a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>“{text}” is not a day of the calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>“{text}” is not a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Enter a time, for example 09:30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>“{text}” is not a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Choose the tests from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>“{test}” is not a measurement this app knows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>A plan follows one trial or one medication.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>A follow-up plan is for a trial the person is enrolled in. Set your interest to “enrolled” first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>That medication no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>This already has a follow-up plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Choose at least one test to follow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>{subject} follow-up: {visit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <location line="+69" />
            <location line="+4" />
            <source>Tests: {tests}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-45" />
            <location line="+40" />
            <source>That visit no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-33" />
            <source>The visit stays between the one before ({before}) and the one after ({after}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <location filename="../src/careorganiser/ui/pages/followup.py" line="+192" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+53" />
            <source>Choose a severity from 0 (none) to 4 (very severe).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The team cannot have been told before it happened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Say what happened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <location line="+10" />
            <source>That event no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The question is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pages/followup.py" line="-333" />
            <source>Change from baseline chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>-month visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source> mo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <location line="+596" />
            <source>Follow-up plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-560" />
            <source>Baseline date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Baseline (start) date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Visits after baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Visits counted in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Visits (0 is baseline):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Follow {test}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Tests at each visit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Time of the visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ti&amp;me of the visits:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+344" />
            <source>Where the visits are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-343" />
            <source>&amp;Where:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A &amp;ride is needed to each visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+331" />
            <source>Coordinator's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-330" />
            <source>&amp;Coordinator:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+330" />
            <source>Coordinator's number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-329" />
            <source>&amp;Number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+329" />
            <source>What to do out of hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-328" />
            <source>&amp;Out of hours:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Create the plan and its &amp;appointments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The trial record states the visits: {visits} (from “{frames}”). Check them with the trial team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The trial record states no visit times: enter them (the IPF trials in the guidance see people at baseline and 3, 6, 9 and 12 months).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Enter the visits the clinic planned (often baseline and 3, 6, 9 and 12 months, with liver tests in the first months).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Plan made: its appointments are in Appointments, with the rides to arrange.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Visits and tests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change from baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Side effects and events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trial contact ca&amp;rd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+96" />
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-95" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>(moved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Results recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>New day for the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Move the chosen visit to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>M&amp;ove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Make the &amp;appointments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Tests at the chosen visit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{test} at the chosen visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Save the &amp;tests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Tests saved for the visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>none yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>not yet: {tests}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Measurement shown in the chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;hart of:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Change since baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>crossed: {rule}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Suggested questions for the next appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Suggested questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Add to the &amp;questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+23" />
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-22" />
            <location line="+25" />
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-24" />
            <source>Team told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>yes, {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+32" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-17" />
            <source>Date of the event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;What happened:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>S&amp;everity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Day the team or doctor was told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Told on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Who was told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wh&amp;o was told:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>O&amp;utcome:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add to the &amp;log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Save the c&amp;hosen event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Delete the chosen eve&amp;nt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+60" />
            <source>Event saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Delete the event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete “{what}” from the log?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Event deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Coordinator:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Out of hours:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Where the visits are:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Save the car&amp;d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Appointments made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No appointments yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/pages/followup_today.py" line="+57" />
            <source>Next: {visit} on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>All visits are past.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{subject}
Baseline {day}; visits: {visits}. {state} {next}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>No results to compare with baseline yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Choose the visit to move in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Visit moved, with its appointment; rides moved: {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Appointments made: {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Added to the questions for the next appointment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Added to the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Contact card saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pages/followup_today.py" line="-34" />
            <source>Trial and treatment follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Question to ask: {q}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Open the follow-up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open the follow-up of {subject}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <location filename="../src/careorganiser/services/handover.py" line="+50" />
            <source>taken</source>
            <extracomment>A caregiver who never looked sees the last day. A change touching more records than this (an import) is one line of the handover.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>{medication} ({time}): {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>New note: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>New measurement: {kind} {value} {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>New medication: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Medication stopped: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Medication changed: {name} ({what})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Ride {status}: {pickup} to {destination}{driver}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>driver {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Side effect or event ({subject}, {day}): {what}, severity {severity} of 4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>the team was told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Question answered: {question}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>{n} records were added or changed at once (an import).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>{medication} ({time}): missed, nobody marked it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/ui/widgets/handover.py" line="+23" />
            <source>Since you last looked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Mark as seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mark everything here as seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Handover &amp;sheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save a one-page handover sheet to print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>The handover could not be read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Nothing new from the others since {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{n} things happened since {when}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>nobody chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Handover {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+8" />
            <location line="+2" />
            <source>Handover sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Saved to {path}. Open it to print.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../src/careorganiser/ui/help.py" line="+26" />
            <source>Profiles: one for each person you care for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Each person's records are a profile of their own, kept in one file. Choose File &gt; Switch profile to move between them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>On a shared computer, protect a profile with a passphrase when you create it: the file is then encrypted and nobody can read it without the passphrase. Keep the passphrase safe: it cannot be recovered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Medications and reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add each medication under Medications with the times it is taken. Today then lists every dose of the day; press Taken or Skip as the day goes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>While the app is open (or in the tray) a due dose shows under “Due now” and as a notification. Doses that fell due while the app was closed are shown at the next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Appointments and the pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add appointments and their rides under Appointments &amp; rides, and write questions down under Questions as they come up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Before a visit press Prepare pack (Ctrl+P): one PDF with the questions, the medications, how doses went, symptoms, measurements with their charts, trials and the rides. Print it or save it. File also makes a medication card and a ride sheet for the driver.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+27" />
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-26" />
            <source>A copy of a profile is kept in the Backups folder before the app changes the file's layout after an update. Make your own copies too: “careorganiser backup --profile NAME” writes one (a protected profile's copy stays encrypted), or copy the folders Help &gt; Where is my data shows to a USB stick.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>A shared computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The list of profiles shows only names. A protected profile asks for its passphrase every time it is opened: when you step away, choose File &gt; Switch profile or Quit so the next person sees only the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Nothing is sent anywhere: the records stay on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>View &gt; Larger text (Ctrl++) makes every screen's text bigger; Ctrl+0 goes back to normal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>All profiles and settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Profiles (one file each)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Deleted profiles (can come back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Everything is kept on this computer, in folders only your account can open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>It is protected with a passphrase: the file is encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>It is not protected with a passphrase: anyone who can open the file can read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This profile, “{name}”, is the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>To keep a copy elsewhere, copy the Profiles and Backups folders (for example to a USB stick) while the app is closed. “careorganiser export” writes a readable copy of a profile; for a protected profile that copy is not encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Open the folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Getting started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Where is my data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-63" />
            <location line="+73" />
            <source>Getting started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-59" />
            <location line="+61" />
            <source>Where is my data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../src/careorganiser/services/history.py" line="+34" />
            <source>Person</source>
            <extracomment>table -&gt; the area a change notice names</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ride</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Measurement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Measurement kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Follow-up plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Side effect or event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>moved to the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>changed {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+110" />
            <source>That change is no longer in the history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The record this change was made to no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/ui/history_dialog.py" line="+46" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+87" />
            <source>nobody chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-86" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Revert this change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>History of this &amp;record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;History of {kind} “{label}”&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;Every change in this profile, newest first&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Undo this change by {who} ({what}: {change})? The undoing is kept in the history too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+5" />
            <source>Revert</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <location filename="../src/careorganiser/ui/idle_lock.py" line="+75" />
            <source>&amp;Lock now</source>
            <extracomment>How often the idle time and the locked reminders are looked at (a wake-up; the clock decides).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+90" />
            <source>Care Organiser — locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Profile: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <location line="+1" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Care Organiser (locked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Unlock…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>A dose is due for the person in “{profile}” — unlock to see.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Care Organiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Type the passphrase to unlock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Please wait {n} seconds before the next try.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../src/careorganiser/services/profiles.py" line="+105" />
            <source>Cannot read {path}: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/journal.py" line="+29" />
            <source>Symptoms or measurements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Symptom &amp;journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Measurements and tests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Symptom &amp;trends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Alt+J</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Alt+M</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Alt+T</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Symptoms &amp; measurements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pages/journal_notes.py" line="+44" />
            <source>{number} – {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>symptom, e.g. cough</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>not noted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Symptom {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>How bad was symptom {number}, from 0 none to 4 very severe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Remove symptom {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <location line="+188" />
            <source>New note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-187" />
            <source>Symptom note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <location line="+4" />
            <location line="+65" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-68" />
            <source>N&amp;ow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Set the time to now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Symptoms&lt;/b&gt; — how bad, from 0 (none) to 4 (very severe)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Add symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add a symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>How was the day? Anything to tell the doctor?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>e.g. short walk, rested after lunch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ctivity and pacing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>words to find notes later, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location line="+131" />
            <source>&amp;Save note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-130" />
            <source>Save note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+128" />
            <source>C&amp;lear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-127" />
            <source>Clear the form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Enter saves, Escape cancels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Symptoms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Activity and pacing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Journal, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Number of notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit the selected note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>No notes yet. Choose how bad each symptom is above, add a few words if you like, and press Save note.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+27" />
            <source>&lt;b&gt;Journal&lt;/b&gt; — %n note(s), newest first</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+62" />
            <source>Edit the note of {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cance&amp;l edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Symptom {number} has a severity but no name. Type a name or remove it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <location line="+3" />
            <source>Cannot save the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Delete note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete the note of {when}? You can undo this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Cannot delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Deleted the note of {when}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../src/careorganiser/ui/language.py" line="+75" />
            <source>&amp;Language</source>
            <extracomment>Each language named in itself, as language menus do; "" follows the system. The locale used for dates and numbers when a language is chosen over the system's.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>System language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Care Organiser will use the new language the next time it starts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <location filename="../src/careorganiser/store/lock.py" line="+67" />
            <source>the Care Organiser window (process {pid})</source>
            <extracomment>How long a writer waits for the lock before it gives up with a clear message (seconds).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the command “careorganiser {what}” (process {pid})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>another Care Organiser process (process {pid})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>another Care Organiser process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The profile “{name}” is in use by {holder}; nothing was changed. Close it there or try again in a moment.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Care Organiser — {name}</source>
            <extracomment>The user asked to switch profile; the application closes this window and shows the picker. The profile's file was replaced (restore): the application reopens it in a new window.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>This profile is open read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose an area: Ctrl+1 to Ctrl+8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Profile: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+57" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>E&amp;xport as JSON…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;History of changes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>History of the selected &amp;record…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Switch profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;About Care Organiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>About Care Organiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Care Organiser {version}
An offline organiser for family caregivers.
Your records stay on this computer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Measurements</name>
        <message>
            <location filename="../src/careorganiser/services/measurements.py" line="+57" />
            <source>Lung function</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Vital signs and weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Blood tests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Your own kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>lab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+70" />
            <location line="+150" />
            <source>That measurement no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-114" />
            <source>{low} to {high}{unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Choose what was measured.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>“{kind}” is not a known kind of measurement. Choose one from the list or add your own kind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{number} or {number} {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+115" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-112" />
            <source>Value: {label} is recorded in {unit}, not “{given}”. Type it like {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>plain numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{label} is recorded in {unit}, not “{given}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{label} of {value}{unit} is not plausible: it should be from {range}. Check the number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The value is too large to be a measurement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose where it was measured: home, clinic or lab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Bottom of the reference range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Top of the reference range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The top of the reference range is below its bottom.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>At rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On exertion (walking, exercise)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>During sleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On oxygen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Choose when it was taken: at rest, on exertion, during sleep or on oxygen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+60" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>There is already a kind called “{label}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>A key uses lower-case letters, digits and _ (at most 64).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The key “{key}” is already used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FVC % predicted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FVC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FEV1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FEV1/FVC ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DLCO % predicted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Six-minute walk distance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SpO2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oxygen flow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heart rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blood pressure (systolic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blood pressure (diastolic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ALT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AST</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bilirubin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creatinine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Haemoglobin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FEV1 % predicted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direct bilirubin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eGFR (from the lab)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creatinine clearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Platelets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neutrophils</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeasurementsPanel</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/measurement_panel.py" line="+48" />
            <source>at home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>at the clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>by the lab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>at rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>on exertion (walking, exercise)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>during sleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>on oxygen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>(above range)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>(below range)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <location line="+193" />
            <source>Add your own kind of measurement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-190" />
            <source>For a reading the list does not have, such as peak flow or blood sugar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>e.g. Peak flow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>e.g. L/min (may be left empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Add kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Cannot add the kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+66" />
            <location line="+255" />
            <source>Add a measurement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-254" />
            <source>Measurement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>&amp;What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>What was measured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>V&amp;alue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>When it was measured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Whe&amp;n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Measured a&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Where it was measured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Ta&amp;ken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>What the person was doing when it was taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reference range, lowest normal value (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reference range, highest normal value (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Reference
range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The normal range printed on the lab report, if there is one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;ote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+176" />
            <source>&amp;Save measurement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-175" />
            <source>Save measurement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+173" />
            <source>C&amp;lear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-172" />
            <source>Clear the form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Enter saves, Escape cancels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Add your own &amp;kind…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>L&amp;ist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Which measurements to list and chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit the selected measurement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected measurement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+107" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-106" />
            <source>Normal range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Measurements, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>No measurements yet. Choose what was measured on the left, type the value and press Save measurement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>%n measurement(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+23" />
            <source>No measurements yet. Once you add some, their trend over time is drawn here, one kind at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Value in {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{low} to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Edit the measurement of {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cance&amp;l edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <location line="+4" />
            <source>Cannot save the measurement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>{label} {value} of {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Delete measurement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete {what}? You can undo this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Cannot delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Deleted {what}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MedicationDialogs</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/medication_dialogs.py" line="+69" />
            <source>{field}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Stop taking {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{name} moves to the stopped list. Its schedules and dose history are kept, and it can be taken again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Stop taking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <location line="+9" />
            <source>Stopped on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>Stopped &amp;on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>e.g. course finished, side effects, doctor's advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Why it was stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>3 Dec 2026 or 03/12/2026</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The stock of {name} is not counted yet; the refill becomes the stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{name}: {stock} {unit} now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Record a refill of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Add to stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>how many {unit} were collected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Amount added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Amount added</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MedicationForm</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/medication_form.py" line="+49" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+92" />
            <source>Strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-92" />
            <location line="+93" />
            <source>Form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-93" />
            <location line="+94" />
            <source>Dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-93" />
            <location line="+94" />
            <source>Route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-94" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+97" />
            <source>Instructions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-96" />
            <location line="+98" />
            <source>Prescriber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-98" />
            <location line="+105" />
            <source>Start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-105" />
            <location line="+118" />
            <source>Stock now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-117" />
            <location line="+119" />
            <source>Stock counted in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-119" />
            <source>Refill when down to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Units per dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+132" />
            <source>Schedules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-70" />
            <source>Medication form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>About the medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Name of the medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Pirfenidone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Stren&amp;gth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 267 mg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>e.g. capsule, tablet, inhaler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 3 capsules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>e.g. by mouth, inhaled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>What it is for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Instructions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. take with food</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prescri&amp;ber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The day it was first taken. Reminders begin when it is saved here: no earlier dose is counted as missed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Start dat&amp;e</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reminders begin when you save; no earlier dose counts as missed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Supply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Stoc&amp;k now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>how many are left, e.g. 90</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Stock &amp;counted in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. capsules, puffs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Refill &amp;when down to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Refill when stock is down to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 14</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Units per dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Units taken per dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>When to take it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Schedu&amp;les</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Add another schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add another schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove this sc&amp;hedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove the chosen schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>No schedule yet. Add one so reminders know when a dose is due; choose “As needed” for a reliever.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Type a time such as 08:00 or 1pm; it is kept when you move on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Save the medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>New medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>Change {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>A changed schedule applies from when you save it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>New schedule (not finished)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+87" />
            <source>Schedule {number}, {field}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{field}: {problem}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Medications</name>
        <message>
            <location filename="../src/careorganiser/services/medications.py" line="+200" />
            <source>That medication no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>must be text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>please fill this in (it is required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>contains a control character; please retype it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>must be on one line, without control characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>contains a character that cannot be stored; please retype it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>too long (at most {max} characters; this has {count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>“{text}” is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>please enter a number (it is required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>must be a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>must be an ordinary number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>must be more than {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>cannot be less than {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>too large (at most {value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>must be a date without a time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>please choose a date (it is required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>must be a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+127" />
            <source>{date} is not a plausible date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-119" />
            <source>“{text}” is not a real date (write it like 2026-11-21)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Medication details were given in a form this version cannot read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>not one of your contacts; choose one from the list, or none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>is not a schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>choose how often it is taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>add at least one time of day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>tick at least one day of the week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>must be a whole number of days from 1 to {max}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>choose the date of the first dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>must be a number of hours from {low} to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>choose the date and time of the first dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>must be a number of hours from 0 to {max}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>must be a whole number from 1 to {max}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>the last day cannot be before the first day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>must be a list of schedules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>at most 20 schedules per medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+95" />
            <source>cannot be after the day it was stopped ({date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>cannot be before it was started ({date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>{name} has not been stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>would make the stock more than {max}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>A stopped medication is kept as part of the history and cannot be deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MedicationsPage</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/medications.py" line="+73" />
            <source>&amp;New medication…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add a medication (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <location line="+21" />
            <source>Medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-20" />
            <location line="+244" />
            <location line="+2" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-246" />
            <source>no schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+270" />
            <source>Stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-268" />
            <source>Running low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Medications taken now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Taking now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No medications yet. Press “New medication” (Ctrl+N) to add the first one, with when it is taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Stopped on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Stopped medications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sto&amp;pped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Nothing stopped. A medication that is stopped is kept here with the date and the reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Choose a medication on the left to see its details and dose history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Medication details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit the medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record &amp;refill…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record a refill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Stop taking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Stop taking this medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Take &amp;again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Take this medication again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete the medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>For a medication added by mistake. Use Stop taking to keep its history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Follow-&amp;up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up plan for this medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Visits, tests due, change from baseline and side effects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Medications</source>
            <translation>Leki</translation>
        </message>
        <message>
            <location line="+122" />
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No schedule: choose Edit to say when it is taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Prescribed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Stops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>about {days} days' supply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>running low: refill when down to {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Edit medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Take {name} again? It moves back to “Taking now”; the stop date and reason are cleared and its dose history is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+5" />
            <source>Take again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Delete {name}? Only do this for a medication added by mistake: to keep its history, use “Stop taking” instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+5" />
            <source>Delete medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Deleted “{name}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <location filename="../src/careorganiser/domain/formatting.py" line="-26" />
            <source>January</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>February</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>March</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>April</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>June</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>July</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>August</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>September</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>October</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>November</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>December</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Outputs</name>
        <message>
            <location filename="../src/careorganiser/store/outputs.py" line="+46" />
            <source>Will not write {path}: it is inside Care Organiser's own data folder (profiles and backups). Choose a file somewhere else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Cannot write {path}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>not a regular file (a device or a pipe)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Will not write {path}: it is {kind}. Give the name of a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Cannot write {path}: the folder {folder} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+80" />
            <source>Cannot write {path}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>the disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the folder is read-only or not yours</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Pack</name>
        <message>
            <location filename="../src/careorganiser/pack/card.py" line="+79" />
            <location line="+4" />
            <location line="+7" />
            <location filename="../src/careorganiser/services/packs.py" line="+215" />
            <source>Medication card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>In an emergency, please show this to the ambulance crew or hospital staff.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <location filename="../src/careorganiser/pack/render.py" line="+1127" />
            <source>{date} (age {age})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/careorganiser/pack/render.py" line="+3" />
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location filename="../src/careorganiser/pack/render.py" line="+6" />
            <source>Conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location filename="../src/careorganiser/pack/render.py" line="+1" />
            <source>None recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Medications taken now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>None recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <location filename="../src/careorganiser/pack/render.py" line="+113" />
            <location line="+20" />
            <location line="+58" />
            <location line="+77" />
            <source>Medicine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/pack/handover.py" line="+65" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/pack/render.py" line="-155" />
            <source>What for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="+153" />
            <source>Who to call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/pack/render.py" line="-82" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="+0" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Enrolled in trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Trial team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Out of hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Clinical trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>This list was correct on {date}. Medicines change: check it with the pharmacist or GP if it is older than a month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/pack/followup_gather.py" line="+49" />
            <source>not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/pack/gather.py" line="+161" />
            <source>That appointment does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>There is no appointment with the id “{id}” in this profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>Since the last appointment with {who} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The last {days} days (no earlier appointment with {who} is recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The last {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>(no name recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Identifier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="+28" />
            <source>caregiver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+122" />
            <source>{amount}, less than a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{amount}, about {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>Was {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>New schedule: {schedule}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Schedule ended: {schedule}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>Dose taken: {old} → {new}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+53" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+99" />
            <source>Activity: {activity}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+243" />
            <source>{age} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No date of birth recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>No {label} recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{label} {value} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{text} (too old to count)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{text} (no upper limit of normal recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/pack/handover.py" line="-12" />
            <source>Handover</source>
            <extracomment>At most this many lines are tried; fewer when they do not fit one page.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Since {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>For {name}, since {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Nothing new was recorded by the others.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>(nobody chosen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{n} earlier lines are in the app’s Since you last looked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/careorganiser/pack/render.py" line="-364" />
            <source>Prepared on {date} with Care Organiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/pack/ics.py" line="+77" />
            <location filename="../src/careorganiser/pack/render.py" line="+369" />
            <location filename="../src/careorganiser/services/packs.py" line="-110" />
            <source>Appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>With: {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone: {phone}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Tomorrow: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Ride home for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ride for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Pick up from: {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Take to: {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Driver: {driver}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/pack/render.py" line="-921" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>mild</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>moderate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>severe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>very severe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Needed, no driver yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Driver asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>There</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Back home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+329" />
            <source>reference range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+87" />
            <source>too few notes for a trend</source>
            <extracomment>A sparkline is drawn from this many points on; fewer are no trend.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+90" />
            <location line="+16" />
            <source>Page {page} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>born {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Nothing to show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <location filename="../src/careorganiser/services/packs.py" line="+109" />
            <source>Appointment pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Questions to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Medications</source>
            <translation>Leki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication adherence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+95" />
            <source>Symptoms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-94" />
            <source>Measurements and tests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trial and treatment follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Clinical trials to discuss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Getting there and back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <location line="+150" />
            <source>Since {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-120" />
            <source>and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+340" />
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-340" />
            <location line="+340" />
            <source>Stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-340" />
            <location line="+340" />
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-336" />
            <source>No medicine started, stopped or changed since {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Medicines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{percent} taken: {taken} of {scheduled} doses; {missed} missed, {skipped} skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{text} (since {date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Least taken: {list}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Adherence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Measurements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{name}: worse lately; average {average}, worst {worst}, noted {count} times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Important questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>pre-screen {fits} fit, {conflicts} conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Trials to discuss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>no change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{number} points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>{value} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>measured that day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{change} (from {value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Since the last visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Latest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Since first shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Also charted: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>At a glance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <location line="+705" />
            <location filename="../src/careorganiser/services/packs.py" line="+0" />
            <source>Health summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-701" />
            <source>{date} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>In this pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/pack/card.py" line="-71" />
            <location filename="../src/careorganiser/pack/render.py" line="+6" />
            <source>Allergies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/pack/render.py" line="+6" />
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>{start} to {end} ({minutes} minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+109" />
            <location line="+488" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-596" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Most important first, with room to write the answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Important</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>about {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>about trial {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Taking now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Started, stopped or changed since the last appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Stock: {stock}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Dose and when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Prescribed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>What changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="-28" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>From {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Missed and skipped doses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>counted {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>counted from {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>counted until {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>All medications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Taken %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>{time} on {day} missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>{time} on {day} skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>every dose missed {days} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>every dose skipped {days} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{count} doses in a row missed on {day}, {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{count} doses in a row skipped on {day}, {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{count} doses in a row missed, {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{count} doses in a row skipped, {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>{time} on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>{runs} shorter runs: {missed} missed, {skipped} skipped (counted in the table above)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+17" />
            <location line="+204" />
            <location line="+63" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="-10" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-270" />
            <source>Severity is on one scale from 0 to 4: 0 none, 1 mild, 2 moderate, 3 severe, 4 very severe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Times noted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Average severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Worst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Trend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+63" />
            <source>Latest {value} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>first shown {value} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>lowest {low}, highest {high} in {count} readings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>reference range {low} to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>reference {low} or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>reference up to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Tested on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>and {count} earlier, the first on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Fits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No recent data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Ask the trial team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Considering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Contacted the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>In screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Enrolled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The pre-screen holds each trial's published criteria against the latest measurements. It is something to discuss with the clinician and the trial team, never a verdict.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Our interest: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+41" />
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-39" />
            <source>Design</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Main results measured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>To ask the trial team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>… and {count} more items of the record for the trial team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>No </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Offer without an NCT number: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Who offers it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>What is offered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Where we heard of it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>{fits} fit, {conflicts} conflict, {no_data} without recent data, {ask} for the trial team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Must have</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Must not have</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-15" />
            <location line="+15" />
            <source>Pre-screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Our latest data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>{direction}: pick-up at {time} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="-4" />
            <location line="+47" />
            <source>Driver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Driver's phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="-45" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Changes are from the baseline visit. A relative fall in FVC of 10% or more, in DLCO of 15% or more, or a fall in six-minute walk distance of 50 m or more within a year is what IPF clinicians count as a sign of progression.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Baseline {date}; visits: {visits}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>(this visit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Tests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Change since baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Threshold crossed: {rules}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Suggested questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Still to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Trial team: {contact}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Clinic contact: {contact}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Out of hours: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Side effect or event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Team told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Side effects and events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The most recent {shown} of {count}; all of them are in the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Appointment pack · {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/pack/ridesheet.py" line="-59" />
            <location line="+3" />
            <location line="+1" />
            <location filename="../src/careorganiser/services/packs.py" line="+1" />
            <source>Ride sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-3" />
            <source>No rides are arranged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Ride sheet for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <location line="+4" />
            <source>Appointment at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>{direction}: pick up at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Pick up from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Take to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>If something goes wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>The clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>The clinic: running late, or cannot come</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Clinic reception</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Passenger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Driver: {direction}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/services/packs.py" line="-59" />
            <source>health summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{when} with {who}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PackDialog</name>
        <message>
            <location filename="../src/careorganiser/ui/pack_dialog.py" line="+65" />
            <source>Cover page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Questions to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Medications</source>
            <translation>Leki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication adherence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Symptoms and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Measurements and tests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Clinical trials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Getting there and back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Prepare appointment pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Medication card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Ride sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <location line="+327" />
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-311" />
            <source>The printer could not be started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Appointment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Paper size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Paper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Large print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Bigger type, for reading without glasses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Trials to include</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>About this document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The document as it will print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>{appointment} (past)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No appointment: a health summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Every ride from today on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>{nct_id} · {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Offer · {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+78" />
            <source>Medications taken today, allergies and whom to call, on one page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{count} ride legs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No rides are arranged for this choice.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n page(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+21" />
            <source>Nothing was printed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sent {count} pages to the printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <location line="+8" />
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-8" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Saved to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Calendar - {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <location line="+2" />
            <source>Export calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>Calendar files (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Appointments and rides were saved to {path}. Open it with your calendar program; exporting again later updates the same events.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Prepare appointment &amp;pack…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Medication card…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ride sheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export &amp;calendar (.ics)…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Person</name>
        <message>
            <location filename="../src/careorganiser/services/person.py" line="+34" />
            <source>female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>NHS number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Hospital number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>CHI number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Insurance number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Trial participant id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Identifier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Identifier {number} needs a kind and a value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The identifier “{system}” has no number. Type it or remove the row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Too many identifiers: at most {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Allergies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose female, male, other or not recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Caregiver's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Caregiver's phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Whose number is it? Give the caregiver's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Give a phone number the driver can call, e.g. 07700 900123.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A phone number has digits, e.g. 07700 900123.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/person.py" line="+54" />
            <source>kind, e.g. NHS number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Identifier {number}, kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Identifier {number}, number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove identifier {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>The person you care for. These details go on the cover of the appointment pack.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Details of the person cared for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+137" />
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-136" />
            <source>not recorded, e.g. 14 Mar 1951</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not &amp;known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Date of &amp;birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Se&amp;x</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Identifiers&lt;/b&gt; — health service or hospital numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Add &amp;identifier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add an identifier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>One per line, e.g. Idiopathic pulmonary fibrosis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Conditions (one per line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>One per line, e.g. Penicillin (rash)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Allergies (one per line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Allergies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>N&amp;otes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save the person's details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Undo changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Undo changes not yet saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Save status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+67" />
            <source>14 Mar 1951, 14/03/1951 or 1951-03-14</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>not a date yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{day}: {age} years old</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <location line="+3" />
            <source>Cannot save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <location filename="../src/careorganiser/services/privacy.py" line="+25" />
            <source>A passphrase cannot be empty.</source>
            <extracomment>After the first wrong passphrase the wait doubles with each further one, up to this many seconds.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A passphrase needs at least {n} characters; a few words are easy to remember and hard to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Very easy to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Easy to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fairly easy to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hard to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Very hard to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Too short: at least {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Add another word or two that only you would put together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/ui/privacy.py" line="+28" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>This profile is protected by a passphrase. An export writes every record as readable text that anyone with the file can read.

An encrypted backup keeps the records private and can be restored with the same passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Make an &amp;encrypted backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Export &amp;readable JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+7" />
            <location line="+2" />
            <source>Encrypted backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-8" />
            <source>Care Organiser backups (*.careprofile)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Saved an encrypted copy to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Export readable JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>The file will hold the person's health records in readable form. Keep it somewhere private and delete it when it is no longer needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Write readable file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Care Organiser export - {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <location line="+3" />
            <source>Export as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-11" />
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Nothing was exported: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Exported to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Protected profile {n}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProfilePicker</name>
        <message>
            <location filename="../src/careorganiser/ui/profile_picker.py" line="+38" />
            <source>New profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Make one profile for each person you care for. A passphrase keeps the records private on a shared computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Name of the person cared for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Margaret Hale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Protect with a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;phrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Passphrase strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Keep the passphrase safe: without it the records cannot be opened by anyone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>The two passphrases are not the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Creating the profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Care Organiser — choose a profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&lt;h2&gt;Whose records?&lt;/h2&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Profiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;New profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open the &amp;demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A sample profile with six months of records, to try the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Protected with a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>(protected)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose a profile and press Open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>There are no profiles yet. Create one for the person you care for, or open the demo to look around first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <location line="+29" />
            <location line="+3" />
            <source>Cannot open</source>
            <extracomment>Wrong passphrases count per profile file for as long as the app runs; ``SLEEP`` waits and ``CLOCK`` gives monotonic seconds (tests replace both: no real waits).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-16" />
            <source>Please wait {n} seconds before the next try.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Cannot bring up to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open the records read-only?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Open read-only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <location filename="../src/careorganiser/services/backup.py" line="-170" />
            <location filename="../src/careorganiser/store/profiles.py" line="+438" />
            <source>The profile “{name}” is protected by a passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/services/profiles.py" line="-66" />
            <source>Please give a time zone, for example Europe/London.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>“{name}” is not a time zone this computer knows; use a name such as Europe/London or America/New_York.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+91" />
            <location filename="../src/careorganiser/store/profiles.py" line="-109" />
            <location line="+53" />
            <location line="+4" />
            <location line="+291" />
            <location line="+51" />
            <location line="+5" />
            <source>A profile named “{name}” already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/store/profiles.py" line="-648" />
            <source>A profile needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A profile name can be at most {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A profile name cannot contain control characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>That name cannot be used for a profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>That profile name is too long; please use a shorter one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>There is no profile named “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+64" />
            <location line="+14" />
            <source>Not saved: “{name}” was replaced or deleted after it was opened here. Open it again.</source>
            <extracomment>The caregiver who is here, shared with every session (store.history records it with each change). Opened for reading only (read-only media, or an old file that could not be upgraded). Why it is read-only, in plain words for the window and the command line ("" when writable).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>This profile is open read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+63" />
            <source>{path} already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>A passphrase cannot be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+112" />
            <source>“{name}” is not a Care Organiser profile: the file holds something else. {backup}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>It was saved by an older version and cannot be brought up to date there; copy it to this computer to use it fully.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+73" />
            <source>That passphrase does not open “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>If you are sure of it, the file may be damaged. {backup}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>“{name}” is on a read-only disk or folder: you can read, print and export it, not change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>There is no backup of it yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The newest good backup is from {when}: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>it cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>“{name}” is damaged ({detail}). The file was not changed. Restore the newest good backup, from {when}: {path} (or open it in the Care Organiser window to rescue what can be read).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>“{name}” is damaged ({detail}). The file was not changed. There is no backup of it; open it in the Care Organiser window to rescue what can be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>“{name}” is not a Care Organiser profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>“{name}” was saved by a newer version of Care Organiser. Install that version to open it; the file has not been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>“{name}” could not be brought up to date for this version ({error}). The file has not been changed and a copy was kept as {backup}. Its records can still be read: reading commands open it read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/store/reads.py" line="+181" />
            <source>This profile has no time zone set, so times follow this computer's time zone ({zone}). If the computer's zone changes, dose times move with it.</source>
            <extracomment>The columns of the schedules table that make a schedule, in the order :func:`stored_schedule` takes them.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This profile's time zone “{name}” is not known on this computer, so times follow this computer's time zone ({zone}) instead and may be hours off.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="../src/careorganiser/ui/dialogs.py" line="-181" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QWidget</name>
        <message>
            <location line="+35" />
            <source>Passphrase for “{name}”:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Protected profile</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionDialog</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/question_dialog.py" line="+16" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Not planned yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{appointment} (past)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>New question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Change question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>for example: Is the decline in FVC enough to change treatment?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Question:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>for example side effects, oxygen, trials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Topic:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Priority:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>High priority questions come first, so they are asked even in a short visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Appointment the question is for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>For the &amp;appointment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+6" />
            <source>— none —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>About a t&amp;rial:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Trial the question is about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{name} (stopped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>About a &amp;medication:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Medication the question is about</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <location filename="../src/careorganiser/services/appointments.py" line="-130" />
            <location line="+3" />
            <location filename="../src/careorganiser/services/questions.py" line="+111" />
            <location line="+92" />
            <source>That question no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/services/questions.py" line="-30" />
            <source>That appointment no longer exists. Choose another, or “Not planned yet”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Write the question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose the priority: high, normal or low.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>That trial is no longer saved. Choose another, or none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>That medication is no longer in the list. Choose another, or none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>This question has an answer. Clear the answer first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Write the answer first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionsPage</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/questions.py" line="+46" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Asked, no answer yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>trial {nct}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Write questions down as they come up, and file them under the appointment where you will ask them. Open questions come first, the most important at the top.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;New question…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit question…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit the selected question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+174" />
            <location line="+6" />
            <source>Mark &amp;asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-179" />
            <location line="+180" />
            <source>Mark the selected question asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-179" />
            <source>&amp;Move to…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected question to another appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Delete question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Questions, by appointment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Questions, by appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <location line="+1" />
            <source>The selected question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Ans&amp;wer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the answer you were given, in your own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Save answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save the answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Questions for the doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location line="+154" />
            <source>Not planned yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-150" />
            <source>, with {clinician}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Past: {appointment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>no questions yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{count} open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>none open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>No questions yet. Use “New question” (Ctrl+N) to write down what you want to ask at the next appointment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Choose a question above to see it in full and record its answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>For: {appointment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Priority: {priority}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status: {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Topic: {topic}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>About: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Mark not &amp;asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mark the selected question not asked yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>not planned yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+68" />
            <source>{appointment} (past)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <location line="+8" />
            <source>Delete question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-7" />
            <source>Delete the question “{text}”? You can undo this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Deleted the question “{text}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Records</name>
        <message numerus="yes">
            <location filename="../src/careorganiser/domain/formatting.py" line="+68" />
            <source>%n person(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n contact(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n measurement kind(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
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
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n dose(s) recorded</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
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
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n symptom note(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n measurement(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n saved trial(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n question(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n offer(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n follow-up plan(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n follow-up visit(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n side effect(s) or event(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n setting(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n past version(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <location filename="../src/careorganiser/ui/recovery.py" line="+82" />
            <source>{date}, {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Last dose recorded: {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No dose recorded in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>“{name}” is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&lt;h2&gt;“{name}” is damaged&lt;/h2&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>it cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The file of this profile can no longer be read as it should ({problems}). Nothing has been changed in it, and nothing will be erased.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Looking for the newest good backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Newest good backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore this copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The damaged file is kept in the trash, never erased</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Try to r&amp;escue what can be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reads every record that can still be read into a new profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Restoring puts the copy in place of this file; the damaged file is kept in the trash. Rescuing makes a new profile from whatever can still be read, and leaves this one as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>There is no good backup of this profile. Try to rescue what can still be read into a new profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;The newest good backup&lt;/b&gt; was made on {when}. It is protected by the profile's passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;The newest good backup&lt;/b&gt; was made on {when}. It holds: {held}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Restore this copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Put the backup of {when} in place of the damaged file? The damaged file is kept in the trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+270" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-263" />
            <source>Restoring…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>{name} (rescued)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reading what can be read…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>What came back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The damaged profile is left as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Restore “{name}” from a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose a copy. The profile as it is now is kept in the trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>checked, good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>not checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Other file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Restore from a backup file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Care Organiser backups (*.careprofile *.backup);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>made by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>before an update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <location line="+4" />
            <source>Deleted profiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Undelete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{name} — deleted {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>“{name}” is back in the list of profiles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+64" />
            <source>&amp;Back up now</source>
            <extracomment>The profile's file was replaced or removed: the window must let go of it and reopen (or pick) one.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Restore from a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Deleted &amp;profiles (trash)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Backing up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Backed up and checked: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>That did not work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Restore from a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Replace “{name}” with the copy {path}? The profile as it is now is kept in the trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <location line="+5" />
            <location line="+1" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <location line="+14" />
            <source>Care Organiser export (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-10" />
            <source>The export is not protected by the passphrase: anyone who has the file can read it. Export anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Exported to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+3" />
            <location line="+4" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>Name of the new profile:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Imported into “{name}”: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location line="+9" />
            <source>Delete profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-8" />
            <source>Move “{name}” to the trash? It can be brought back from File → Deleted profiles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../src/careorganiser/services/reminders.py" line="+224" />
            <location line="+3" />
            <source>must be a whole number</source>
            <extracomment>How far back "missed while closed" looks, and how long such a dose stays listed unanswered.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>must be between {low} and {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+172" />
            <location line="+249" />
            <source>That medication no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-246" />
            <source>{name} is not taken as needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+123" />
            <source>{stock} {unit} left (refill at {refill}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>About {days} days of supply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Time to order a refill.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Running low: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Tomorrow at {time}: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>with {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The ride is not arranged yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Pickup at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Appointment tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>the trip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>no driver yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pickup at {time} for {what}. Driver: {driver}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>From {address}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ride in two hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>still needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>asked, not confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The ride for {what} on {date} at {time} is {state}. Arrange a driver.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Ride to arrange</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../src/careorganiser/ui/reminders.py" line="+38" />
            <source>%n hour(s)</source>
            <extracomment>The choices offered by Snooze (minutes); "custom" asks for a number.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{minutes} min</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Rides</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/ride_panel.py" line="+46" />
            <source>Needed: nobody asked yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+92" />
            <source>Asked, not confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-91" />
            <location line="+91" />
            <source>Confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-90" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>New ride</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Change ride</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>None: a ride on its own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{appointment} (past)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Appointment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Appointment the ride is for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Pickup day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Pickup &amp;day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>for example 09:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pickup &amp;time:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Pickup time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Before the appointment starts, with time to park and find the way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Pickup address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>T&amp;o:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>— nobody yet —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location line="+102" />
            <source>Driver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-103" />
            <source>driver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>D&amp;river:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>leave empty if there is no ride back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pickup for the &amp;way back:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Return pickup time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Ride status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Stat&amp;us:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+100" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-99" />
            <source>For the driver: oxygen, wheelchair, where to wait…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Driver chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{name} is the driver now. Has {name} been asked, or is the ride confirmed?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not asked yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>the appointment's place: {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>where the ride goes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>Pickup</source>
            <extracomment>Emitted with a message when something could not be done (the page shows it).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>nobody yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Way back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Rides on their own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Rides for this appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Add a r&amp;ide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add a ride</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change ride…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Change the selected ride</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rem&amp;ove ride</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected ride</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ride stat&amp;us:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status of the selected ride</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>time not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Rides that are not for an appointment: shopping, the pharmacy, a visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No rides on their own on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No rides on their own. Use “Add a ride” for a trip that is not to an appointment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Choose an appointment in the agenda to see its rides.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Rides for {appointment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No ride planned for this appointment. Add one if someone needs to drive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+54" />
            <source>Remove ride</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove the ride on {when} to {destination}? You can undo this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Removed the ride on {when}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SaveCancel</name>
        <message>
            <location filename="../src/careorganiser/ui/widgets/save_cancel.py" line="+20" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel without saving</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Schedule</name>
        <message numerus="yes">
            <location filename="../src/careorganiser/domain/schedules.py" line="+489" />
            <source>%n hour(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n minute(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{hours} hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>from {start} until {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>from {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>until {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>{days} at {times}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Once a day at {times}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Twice a day at {times}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{count} times a day at {times}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Every day at {times} from {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Every {every} days at {times} from {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Every hour from {time} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Every {interval} from {time} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>As needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>at least {interval} apart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>at most once a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>at most {count} a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{schedule}, {window}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScheduleEditor</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/medication_schedule.py" line="+51" />
            <source>At set times each day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On chosen weekdays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Every N days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Every N hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>As needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <location line="+35" />
            <source>How often</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-35" />
            <location line="+45" />
            <source>Times of day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-45" />
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>First dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+376" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-376" />
            <location line="+377" />
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-376" />
            <source>At least</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>At most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>How &amp;often</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>e.g. 08:00 or 1pm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+161" />
            <source>Time to add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-160" />
            <source>Add &amp;time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add this time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Remo&amp;ve time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove the chosen time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Ti&amp;mes of day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>On these da&amp;ys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Every how many days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+17" />
            <source>Ever&amp;y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-14" />
            <source>Date of the first dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+18" />
            <source>First dose o&amp;n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-8" />
            <source> hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Every how many hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+256" />
            <source>First dose on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-254" />
            <source>Date and time of the first dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source> hours apart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no minimum gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>At least how many hours apart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>At &amp;least</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source> a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no daily limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>At most how many a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>At mos&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only from a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>First day of this schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only until a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last day of this schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Only between</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>For a course or a tapering dose: the first and last day of this schedule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>This schedule in words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>In words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+203" />
            <source>3 Dec 2026 or 03/12/2026</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Not finished: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not finished: {field}: {problem}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../src/careorganiser/services/search.py" line="+32" />
            <source>Journal note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ride</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Measurement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dose note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <location filename="../src/careorganiser/ui/search_bar.py" line="+103" />
            <source>Searc&amp;h:</source>
            <extracomment>The HTML an entry shows (its DisplayRole is the same in plain words, for screen readers and tests). At most this many results (the best first). kind, record id The results appeared (True) or went away (False): the window gives them its main area meanwhile.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>notes, questions, trials, medications, contacts, rides (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+64" />
            <source>{count} found for “{text}”, best first. Enter opens the first; Escape goes back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>1 found for “{text}”. Enter opens it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Nothing found for “{text}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <location filename="../src/careorganiser/services/symptoms.py" line="+56" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>mild</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>moderate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>severe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>very severe</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SymptomTrends</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/symptom_trends.py" line="+25" />
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last 3 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last 6 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>All notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>How bad a symptom was each time it was noted, from 0 (none) to 4 (very severe).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>S&amp;ymptom:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>No symptoms noted yet. Note one in the symptom journal and its trend appears here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>No notes of {symptom} in this period. Choose a longer period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{symptom}: how bad, 0 to 4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>severity</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Symptoms</name>
        <message>
            <location filename="../src/careorganiser/services/symptoms.py" line="+7" />
            <source>breathlessness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>cough</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>fatigue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>nausea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>loss of appetite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>chest tightness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>dizziness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>poor sleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>low mood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>anxiety</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>heartburn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>diarrhoea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>joint pain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>rash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>sensitivity to sunlight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>swollen ankles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>headache</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>fever</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <location line="+148" />
            <source>That note no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-99" />
            <source>The severity of “{name}” must be a whole number from 0 (none) to 4 (very severe).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Symptoms must be a list of names with severities.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Symptom {number} needs a name and a severity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Symptom {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Symptom {number} has no name. Type a name or remove it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>“{name}” is listed twice with different severities. Keep one of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Too many symptoms in one note: at most {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Activity and pacing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The note is empty: add a symptom or write a few words.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayCommand</name>
        <message>
            <location filename="../src/careorganiser/commands/today.py" line="+19" />
            <source>taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>DUE NOW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>upcoming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>today: --at {text} is not an ISO 8601 instant (e.g. 2026-11-21T13:00 or 2026-11-21T13:00:00+00:00)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>warning: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Today: {day} (at {time}, {zone})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Doses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No doses scheduled for this day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>(as needed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Appointments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+11" />
            <source>None on this day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>with {clinician}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>no ride planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>(ride: {ride})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>no driver yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>pickup to {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>pickup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>return pickup {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Running low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No medication is running low.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>about {days} days of supply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{amount} left (refill at {refill})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/today.py" line="+64" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+624" />
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-623" />
            <source>Due now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Upcoming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>still needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>asked, not confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+103" />
            <location line="+118" />
            <location line="+9" />
            <location line="+6" />
            <source>Today</source>
            <translation>Dzisiaj</translation>
        </message>
        <message>
            <location line="-114" />
            <source>Undo the last dose answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Today’s doses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>As needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Next appointments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Questions for the next appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Running low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+61" />
            <source>As of {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Nothing is due right now, and no doses are scheduled today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nothing is due right now. No more doses are scheduled today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Nothing is due right now. Next: {what} at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Dismiss the reminder: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>as needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+248" />
            <source>Taken at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-241" />
            <source>{what} at {time}: {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{what} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Undo: {subject} {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>No doses are scheduled today. Add a medication and its times under Medications.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Take now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Take {what} now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>{count} of at most {most} today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{count} today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Last: {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Can be taken now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Next allowed at {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not allowed by its schedule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>yesterday at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>tomorrow at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Prepare &amp;pack…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Prepare the appointment pack for {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A PDF to print and take to the appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>No ride planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ride {state}: arrange a driver.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Ride for {when} {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ride {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>pickup {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No appointments coming. Add one under Appointments &amp; rides.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>high priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>High priority: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No open questions for the next appointment. Add them under Questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Questions appear here once an appointment is planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{stock} {unit} left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>About {days} days of supply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Record refill…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Record a refill of {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No medication is running low.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+21" />
            <location line="+30" />
            <location line="+9" />
            <location line="+81" />
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-113" />
            <source>{what} at {time}: {state}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Taken at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Taken at another time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>{what} was due at {time}. At what time was it taken? For example 10:15 or 9pm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>{label}: {time} is still to come. Type a time up to now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Reason for skipping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Why was {what} skipped?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Skipped: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Left as missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Not undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <location line="+7" />
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-7" />
            <source>Remind again about {what} in how many minutes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>“{text}” is not a whole number of minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Take {what} anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record the dose anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Record refill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>How many {unit} of {what} were collected?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>units</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Trash</name>
        <message>
            <location filename="../src/careorganiser/services/trash.py" line="+47" />
            <location line="+12" />
            <source>That record no longer exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../src/careorganiser/ui/tray.py" line="+64" />
            <source>Keep reminders running?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Care Organiser can keep running in the system tray when you close its window, so medication reminders still appear. You can quit from the tray icon's menu, and change this later under File → Preferences.

Keep running in the tray when the window is closed?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Keep running in the tray</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{name} is due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{dose} at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{count} doses are due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Taken, skip or snooze from the tray menu or the Today screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>Care Organiser — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Care Organiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Show Care Organiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Nothing due now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Snooze {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Snooze for…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Quit Care Organiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Missed while closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>{count} doses fell due while Care Organiser was closed. Open it to mark them taken or skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Care Organiser is still running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reminders will appear here. To quit, use this icon's menu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+62" />
            <location line="+12" />
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-69" />
            <source>Medication reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <location line="+25" />
            <source> minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-26" />
            <source>A dose counts as due for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Remind again every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source> times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remind at most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep running in the tray when the window is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This desktop has no system tray: reminders show in the window while it is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Start Care Organiser when I log in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lock a protected profile after minutes without use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lock a protected profile after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>List protected profiles by &amp;number, not by name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Could not change starting at login: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/measurement_chart.py" line="+70" />
            <source>Test dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <location line="+7" />
            <source>Trend chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Trend in words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <source>No {label} values yet. Add one and its trend appears here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Reference range {range}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>{low} to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>above {low}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>below {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Latest {value} on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{count} values since {date}: lowest {low}, highest {high}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Reference range {range}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Values by date: {items}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrialQuestions</name>
        <message>
            <location filename="../src/careorganiser/trials/templates.py" line="+79" />
            <source>this trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>its registration number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is this trial registered, and where? Is {nct_id} its ClinicalTrials.gov number?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What phase is {title}, and what does that phase mean for someone taking part?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How is safety monitored during the trial, and who reviews it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What are the realistic goals of this trial? What might it do, and what will it not do, for me?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long does the trial last, how long is follow-up, and how often are the visits and tests?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What are the possible risks and side effects, and what happens if I have one?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Costs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Will travel and other costs be paid or reimbursed? Is there any compensation for taking part? Will I ever be asked to pay?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can I keep taking my current treatment, such as antifibrotic medicines, and my usual care while in the trial?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could I receive a placebo? Will I know which treatment I am getting?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leaving the trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happens if I want to stop, or leave the trial early? Can I go back to my usual care at once?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happens when the trial ends? Can I keep taking the study treatment if it helps me?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who do I call with a problem or a question during the trial, including at night and at weekends?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Will I be told the results of {title} when they are known?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Trials</name>
        <message>
            <location filename="../src/careorganiser/services/trials.py" line="+104" />
            <source>Considering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contacted the trial team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>In screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enrolled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Decided not to take part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>A first, very small study of how the treatment acts in the body.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The first tests in people, usually a small group, to check safety and find the right dose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A larger group, to see whether the treatment works and to learn more about its safety.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A large group, comparing the treatment with the usual treatment or a placebo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The treatment is already approved; the study follows how it works in everyday use and its long-term safety.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Studies of devices, procedures or ways of caring, and observational studies, have no phase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The record does not give a phase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Interventional: participants receive a treatment or procedure being tested.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Observational: no treatment is given; participants' health is followed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Expanded access: a treatment not yet approved, offered outside a trial.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>It is looking for participants now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>It has not started looking for participants yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only people invited by the trial team can join.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>It is running, but no longer taking new participants.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>It has finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>It has stopped for now and may start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>It stopped early and will not start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>It stopped before anyone took part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Fits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No recent data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ask the trial team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Inclusion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Exclusion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>primary completion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>completion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>first posted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>last update posted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+11" />
            <source> (estimated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-10" />
            <source>{what} {date}{estimated}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No phase given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source> (with {names})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{low} to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/trials/prescreen.py" line="+207" />
            <source>no minimum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/trials/prescreen.py" line="+0" />
            <source>no maximum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/careorganiser/trials/diff.py" line="+46" />
            <source>Official title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/trials/diff.py" line="-4" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/trials/diff.py" line="+2" />
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Type of study</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Design</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sponsor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{phone} ext. {ext}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{label}: changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>No saved trial has the NCT number {nct_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>That trial is no longer saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+80" />
            <source>{count} added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>{count} updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{count} restored from the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{count} unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No trials were imported.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n trial(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{trials}: {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>already saved, nothing changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>restored from the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>“{file}” is nested too deeply to be a ClinicalTrials.gov record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>“{file}” holds text that cannot be stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Choose at least one file to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was imported from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+83" />
            <source>Enter the trial's NCT number: “NCT” followed by 8 digits, for example NCT01234567.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>“{value}” is not an NCT number. It must be “NCT” followed by 8 digits, for example NCT01234567.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{nct_id} is already saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Choose one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+112" />
            <source>Tick at least one question to add.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>There is no question template “{key}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>The address must start with https:// or http://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>ClinicalTrials.gov ({nct_id})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Name of the treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Who offers it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>What is offered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Where you heard of it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <location line="+13" />
            <source>That offer no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/trials/cautions.py" line="+79" />
            <source>The notes mention an NCT number, but no ClinicalTrials.gov record is saved: look it up to check that the trial is registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>This offer has no NCT number, so it is not a registered trial. Reputable trials are registered (for example on ClinicalTrials.gov); ask for the registration number, and talk to the specialist team before agreeing to anything.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The provider who gives the treatment is also the one selling it ({provider}). In a regulated trial the sponsor pays for the study and an ethics committee checks it; here no one independent does.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This trial has no NCT number, so it may not be registered. Reputable trials are registered (for example on ClinicalTrials.gov); ask for the registration number before going further.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This mentions paying to take part. Reputable trials do not charge people to participate; clinics that sell unproven treatments (such as stem cell treatments) are not regulated trials. Talk to the specialist team first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The sponsor is the clinic that runs the study ({sponsor}). Studies run and paid for by the clinic selling the treatment are a warning sign; ask who checks the study independently (an ethics committee, a regulator).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The record says “{status}” but its completion date ({date}) has passed: the record has not been kept up to date. Ask the team what the study's real state is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The study finished more than a year ago and no results are posted. Registered trials are expected to post results; ask the team where the results are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A single-group phase 1 study: a first test of safety and dose in a few people, all given the treatment, with nothing to compare against. It cannot show that the treatment works.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/trials/diff.py" line="+1" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Primary completion date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Completion date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Enrollment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Eligibility criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Minimum age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Maximum age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last update posted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{date} (estimated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>{count} (estimated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Site added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Site removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Site status changed: {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>central contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Contact added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Contact details changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Contact removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/trials/model.py" line="+316" />
            <source>Not applicable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+5" />
            <source>Early phase 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <location line="+2" />
            <source>Phase {numbers}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Recruiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not yet recruiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enrolling by invitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Active, not recruiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Suspended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Terminated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unknown status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No longer available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Temporarily not available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Approved for marketing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Withheld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/trials/online.py" line="+39" />
            <source>“{value}” is not an NCT number (NCT followed by 8 digits).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The ClinicalTrials.gov address must start with https:// or http://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>ClinicalTrials.gov sent an answer for {nct_id} that is not a study record; try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>ClinicalTrials.gov sent {count} studies for {nct_id} instead of one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>ClinicalTrials.gov has no study {nct_id}; check the number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>ClinicalTrials.gov answered with an error (HTTP {code}); try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The answer from ClinicalTrials.gov for {nct_id} is too large to be a study record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>ClinicalTrials.gov did not answer in time; check the internet connection and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>ClinicalTrials.gov could not be reached, so the computer may be offline (saved trials still work without a connection).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/trials/prescreen.py" line="-57" />
            <source>This is a pre-screen to discuss with the trial team, not a decision about eligibility.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Does this apply to us: “{text}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Age limits of the record: {low} to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The record admits only: {sex}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>women</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>men</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>The app cannot check this from the recorded data; ask the trial team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>{reason} This item is for one group of the study only ({group}); ask the trial team whether it applies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Not checked from the records: “{part}”; ask the trial team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>{reason} The item offers another way to qualify that the app cannot check; ask the trial team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>One of the alternatives fits: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>None of the alternatives fits: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Only one of these alternatives is needed, and the app cannot check all of them; ask the trial team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+58" />
            <source>(The item needs both ALT and AST above the limit.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>age {bound}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+12" />
            <source>years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>No date of birth is recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Age {age} from the date of birth; the item states {bound}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>sex: {sexes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No sex of female or male is recorded; ask the trial team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Recorded sex: {sex}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>on exertion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>on oxygen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>at rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>during sleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source> and </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>{days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>No {label} reading taken {context} is recorded; readings taken otherwise do not answer this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No {label} measurement is recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The latest {label} ({value} on {date}) is older than {window}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The latest {label} ({value} on {date}) has no upper limit of normal recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{value} ({multiple} × the upper limit of normal, {high})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{label} {value} on {date}; the item states {bound}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>No {label} and no creatinine within {window} to work it out from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{label} is worked out from creatinine, age and sex; the date of birth or a sex of female or male is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>worked out by CKD-EPI 2021 from creatinine {creatinine} µmol/L on {date}, age {age}, {sex}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Creatinine clearance is worked out from creatinine, age, sex and weight; no weight within {window}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>worked out by Cockcroft-Gault from creatinine {creatinine} µmol/L on {date}, age {age}, {sex}, weight {weight} kg on {weight_date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{label} {value} {unit}, {how}; the item states {bound}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>FVC decline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>weight loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>% predicted points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The item gives no period for the change; ask the trial team over what time it counts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>A change needs two {label} readings within {window}; {count} recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>{label} {first} on {first_date}, {last} on {last_date}: a {how} of {change} {unit} within {window}; the item states {bound}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>fall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>rise (a negative fall)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>{name} for at least {period}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{name} is on the medication list without a start date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{name} on the medication list since {start}; the item asks for at least {period} (since {since} or earlier).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>not taking {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{name} is on the medication list (since {start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>diagnosis: {terms}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source> or </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The person's conditions include {condition}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/trials/readers.py" line="+85" />
            <location line="+14" />
            <source>{file} is larger than 50 MB, so it cannot be a saved trial record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-10" />
            <source>{file} could not be read: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>{file} is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>{file} is not a text file in UTF-8, so it is not a saved trial record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{file} is a binary file, not a saved trial record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>{file} is not complete, valid JSON (the problem is at line {line}, column {column}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{file} is not valid JSON that this program can read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{file} is JSON but not a ClinicalTrials.gov record (no “protocolSection”, “studies” or “FullStudiesResponse” in it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+415" />
            <source>{file} holds more than 10,000 studies; save a smaller search and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-341" />
            <source>{file} holds no studies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{file} cannot be imported: study {number} is not a study record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{file} cannot be imported: study {number} has no NCT number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{file} cannot be imported: study {number} has the NCT number “{value}”, which is not “NCT” followed by 8 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+325" />
            <source>{file} has no “NCT Number” column, so it is not a ClinicalTrials.gov CSV download.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{file} is not a CSV file that this program can read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/trials/words.py" line="+12" />
            <source>participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>their doctors and nurses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the researchers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the people who measure the results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Randomised: chance decides which group each participant joins, so the groups can be compared fairly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Not randomised: participants are not put into groups by chance, so differences between groups may have other causes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>One group: everyone gets the same treatment; there is no comparison group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Parallel groups: each group gets a different treatment (or a placebo) at the same time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Crossover: each participant gets each treatment in turn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open label: everyone knows which treatment each participant gets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{first} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Blinded: {who} do not know who gets which treatment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Blinded ({level}): some of the people involved do not know who gets which treatment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>{measure} (when: {time_frame})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../src/careorganiser/trials/bounds.py" line="+74" />
            <source>%n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n week(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n month(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n year(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>TrialsCommand</name>
        <message>
            <location filename="../src/careorganiser/commands/trials.py" line="+69" />
            <source>“{file}”: {nct_id} {outcome} — {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>No trials are saved yet. Import one with: careorganiser trials import FILE --profile NAME</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>CAUTION: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Interventions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Contacts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Sites ({count}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Record: {url}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Status: {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No ClinicalTrials.gov record is saved for this trial yet; import one to see its details and the eligibility pre-screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Your interest: {interest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Your notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>What changed at the last import:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Eligibility pre-screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The record has no eligibility text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>From the record's age and sex limits:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Used: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Why: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrialsPage</name>
        <message>
            <location filename="../src/careorganiser/ui/pages/trial_detail.py" line="+73" />
            <source>{age} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Record's limits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{kind} ({section})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The app cannot check this item; ask the trial team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>• {bound} — {status}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+105" />
            <source>The selected trial</source>
            <extracomment>A message for the page's message line: (text, is_error).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Choose a trial in the list to see its details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <location filename="../src/careorganiser/ui/pages/trial_dialogs.py" line="+70" />
            <source>Caution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Your interest in this trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Your inte&amp;rest:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Your notes about this trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>who you spoke to, what they said, what to ask next…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Your &amp;notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Follow-&amp;up plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Follow-up plan of this trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Visits, tests due, change from baseline and side effects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>About the selected trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>About the study</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;About the study</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Pre-screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+208" />
            <source>&amp;What changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-207" />
            <source>&amp;Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Pre-screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Eligibility item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Value used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date of the value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Eligibility pre-screen, item by item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>What changed since the last import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Questions to add: tick the ones you want</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Tick all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tick every question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add the tic&amp;ked questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add the ticked questions for the doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+63" />
            <source>record imported {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>no ClinicalTrials.gov record saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>ℹ This trial changed at the last import ({count} changes): see “What changed”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>There is no eligibility text to check until the trial's record is imported or looked up online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Each measurable part of an item is held against the latest recorded value that fits its time window and circumstances; everything else is for the trial team to check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{fits} fit · {conflicts} conflict · {no_data} without recent data · {ask} to ask the trial team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The record has no eligibility text; ask the trial team who can take part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Select an item to see how it was checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>What changed in the registry's record between the last two imports:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nothing changed at the last import. Import the trial's record again later to see what changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No record has been imported for this trial yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;What changed ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Tick the questions to ask. They go to the questions list, linked to this trial, for the next appointment: {when}, {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Tick the questions to ask. They go to the questions list, linked to this trial, under “Not planned yet” (no appointment is planned).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>{question} (already in your questions)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Interest saved: {interest}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <location line="+11" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+15" />
            <source>Notes saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>for the next appointment ({what})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>under “Not planned yet”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Added 1 question {where}; see Questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Added {count} questions {where}; see Questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{count} were already in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>{status}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>No ClinicalTrials.gov record is saved for {nct_id} yet. Import the record saved from the website (“Import file…”, or drop the file on this page), or use “Look up online…” to fetch it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Interventions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Groups (arms)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Main results measured (primary outcomes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Other results measured (secondary outcomes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Contacts for the trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A site without a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Sites ({count}) and their contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>{url} (saved on this computer; the app does not go online unless you ask)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pages/trial_dialogs.py" line="-27" />
            <location line="+1" />
            <location filename="../src/careorganiser/ui/pages/trials.py" line="+73" />
            <source>Add a trial by its NCT number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Every registered trial has an NCT number, such as NCT01234567. You can import its full record later, or look it up online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location filename="../src/careorganiser/ui/pages/trials.py" line="+26" />
            <source>NCT number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Title (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>what the trial is called, if you know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;NCT number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Title (optional):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Add trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <location filename="../src/careorganiser/ui/pages/trials.py" line="+285" />
            <source>The look-up failed; try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <location line="+1" />
            <source>Record an offer without an NCT number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A clinic, a website or a friend may offer a treatment that is not a registered trial. Write down what you were told; the app shows what to be careful about.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Treatment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Name of the treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Who offers it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Who offers it (clinic, person, website)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What is &amp;offered:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>What is offered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cost:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Cost, as you were told it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Where you &amp;heard of it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Where you heard of it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Save offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pages/trials.py" line="-343" />
            <source>{nct_id} {outcome}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source> ({count} changes: see “What changed”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>“{file}”: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>… and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Trials you are following. Import a record saved from ClinicalTrials.gov, or drop the file on this page. Nothing goes online unless you ask.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Import file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Import a file saved from ClinicalTrials.gov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add by N&amp;CT number…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Look up online…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Look up a trial on ClinicalTrials.gov (goes online)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Offer with&amp;out NCT number…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record a treatment offered without an NCT number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Result of the last action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Saved trials:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>none given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Saved trials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>No trials are saved yet. Save a trial's record from ClinicalTrials.gov (JSON or CSV) and import it here, or add a trial by its NCT number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Offers wit&amp;hout an NCT number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who offers it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Offers without an NCT number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Delete o&amp;ffer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Clinical trials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>record saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>no record yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{date} · ℹ changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+123" />
            <source>Import trial records saved from ClinicalTrials.gov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>ClinicalTrials.gov records (*.json *.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Saved {nct_id}. Import its record, or look it up online, to see its details and the eligibility pre-screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Saved the offer “{name}”. {flags}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Choose an offer to delete first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Delete offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Delete the offer “{name}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Look up a trial online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This goes online to ClinicalTrials.gov.
NCT number to look up:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>“{value}” is not an NCT number. It must be “NCT” followed by 8 digits, for example NCT01234567.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Looking up {nct_id} on ClinicalTrials.gov…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Deleted the trial “{label}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <location filename="../src/careorganiser/ui/widgets/undo_bar.py" line="+21" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Undo delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss this message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../src/careorganiser/services/appointments.py" line="-271" />
            <source>This must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This contains a character that cannot be stored (U+{code:04X}). Remove it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>This is too long: {count} characters, at most {limit}. Shorten it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location filename="../src/careorganiser/services/questions.py" line="-97" />
            <source>Choose one from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/careorganiser/services/cleaning.py" line="+37" />
            <source>{label} must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{label} contains characters that cannot be saved. Please type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{label} is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{label} is too long: {length} characters, at most {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>{label} must be a list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{label}: too many entries ({count}), at most {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+135" />
            <source>14 Mar 1951, 14/03/1951 or 1951-03-14</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{label}: give a date without a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+25" />
            <source>{label} is required: type it like {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-21" />
            <source>{label} must be a date, for example {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{label}: there is no such day as “{text}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{label}: “{text}” is not a date. Type it like {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>08:00, 13:30 or 1pm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>{label}: “{text}” is not a time of day. Type it like {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>{label} is required: type a number, for example {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+11" />
            <source>{label} must be a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>{label}: “{text}” is not a number. Type it like {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{label} must be an ordinary number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{label}: choose a date and time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{label}: the time zone is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+12" />
            <source>{label} cannot be before {year}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>{label} is in the future. Choose a time up to now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{label}: choose a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{label} cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ZoneWarning</name>
        <message>
            <location filename="../src/careorganiser/ui/widgets/zone_warning.py" line="+24" />
            <source>Time zone warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Use {zone} for this profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
