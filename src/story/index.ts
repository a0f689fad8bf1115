/**
 * visitmap/story: the story model of an itinerary, free of the DOM and of Leaflet, so it
 * runs in Node, in a worker and in the browser: moments in time and local days, the
 * playback clock, places (stops grouped by place), screen clustering of pixel points,
 * date text, safe links, meetings by id and the URL-hash form of deep links. `visitmap/leaflet` draws it.
 * @packageDocumentation
 */
export { storyMoments, storySpan, storyEnd, timeAtPosition, positionAtTime, type StoryMoment } from './moments';
export { storyDays, type StoryDay, type StoryDaysOptions } from './days';
export { StoryPlayback, type StoryPlaybackOptions, type PlaybackTick } from './playback';
export { groupPlaces, numbersLabel, type Place } from './places';
export { clusterPoints, spreadOffsets, type ScreenPoint } from './cluster';
export { formatDates, datesWithCertainty, stopLabel, fill, type DateStrings, type TimeStrings } from './format';
export { storyLocale, storyTimeText } from './text';
export { safeLink, type SafeLink } from './links';
export { parseStoryHash, formatStoryHash, type StoryHash } from './hash';
export { findMeeting, type MeetingAt } from './meetings';
