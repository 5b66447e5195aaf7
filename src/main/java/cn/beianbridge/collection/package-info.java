/**
 * Collection: where filings come in. The {@code collect} job pulls the console's photo-approved filings page by page
 * (route {@code collect-console}, {@link cn.beianbridge.collection.ConsoleSettings}); consoles may also push them
 * ({@code POST /api/v1/filings}, {@link cn.beianbridge.collection.IntakeTokenFilter}) or drop JSON files in a folder
 * (route {@code collect-drop-folder}). Every item is handed to the filing module's
 * {@link cn.beianbridge.filing.FilingIntake} on its own.
 * <p>
 * Owns {@code collection_cursor} (where each pull source stands) and the drop folder's {@code done/} and
 * {@code failed/} files, which go to the purge as a {@link cn.beianbridge.purge.PersonalDataHolder}. Offers its settings records
 * ({@code ConsoleSettings}, also read by sync and the simulated console; {@code IntakeSettings},
 * {@code CollectionSettings}) and the push intake's token filter.
 * <p>
 * Next: intake stores the filing RECEIVED (or HELD, or keeps broken input as a rejected input); the submission module
 * takes it from there.
 */
package cn.beianbridge.collection;
